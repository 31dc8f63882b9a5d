#include "diag/baseline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "diag/atomic_file.h"

namespace factlint {
namespace {

Diagnostic Finding(const std::string& rule, const std::string& path,
                   const std::string& fingerprint, uint32_t line,
                   const std::string& message = "m") {
  Diagnostic d;
  d.rule_id = rule;
  d.location.path = path;
  d.location.line = line;
  d.fingerprint = fingerprint;
  d.message = message;
  return d;
}

// FilterBaseline over the diagnostics as a run holds them.
void Filter(const Baseline& b, std::vector<Diagnostic>* ds) {
  DiagnosticList list(*ds);
  FilterBaseline(b, &list);
  *ds = list.ToVector();
}

std::vector<uint32_t> Lines(const std::vector<Diagnostic>& ds) {
  std::vector<uint32_t> out;
  for (const Diagnostic& d : ds) out.push_back(d.location.line);
  return out;
}

TEST(BaselineTest, WriteIsSortedStableAndVersioned) {
  std::vector<Diagnostic> ds = {
      Finding("fact-conflict", "b.md", "f2", 9, "525 vs 524"),
      Finding("fact-conflict", "a.md", "f1", 3, "说明"),
      Finding("fact-share", "a.md", "", 5, "shares exceed 100%")};
  std::string json = WriteBaseline(ds);
  std::reverse(ds.begin(), ds.end());
  EXPECT_EQ(WriteBaseline(ds), json);  // order of input does not matter
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(json.find("\"factlint_baseline\": 1"), 4u);  // first key
  size_t a1 = json.find("\"f1\""), a2 = json.find("shares exceed"),
         b = json.find("\"f2\"");
  ASSERT_NE(b, std::string::npos);
  EXPECT_LT(a1, a2);
  EXPECT_LT(a2, b);
  EXPECT_EQ(json.find("\"line\""), std::string::npos);  // no line numbers
  EXPECT_NE(json.find("说明"), std::string::npos);
}

TEST(BaselineTest, RoundTripFiltersOnlyKnownFindings) {
  std::vector<Diagnostic> old = {
      Finding("fact-conflict", "a.md", "f1", 3),
      Finding("fact-share", "a.md", "", 5, "shares exceed 100%")};
  std::string error;
  std::optional<Baseline> b = ParseBaseline(WriteBaseline(old), &error);
  ASSERT_TRUE(b.has_value()) << error;
  ASSERT_EQ(b->findings.size(), 2u);
  EXPECT_EQ(b->findings[0].rule, "fact-conflict");
  EXPECT_EQ(b->findings[0].fingerprint, "f1");

  std::vector<Diagnostic> now = {
      Finding("fact-conflict", "a.md", "f1", 30, "moved, reworded"),
      Finding("fact-conflict", "a.md", "f9", 31),       // new finding
      Finding("fact-conflict", "c.md", "f1", 3),        // other file
      Finding("fact-bounds", "a.md", "f1", 3),          // other rule
      Finding("fact-share", "a.md", "", 50, "shares exceed 100%"),
      Finding("fact-share", "a.md", "", 51, "another message")};
  Filter(*b, &now);
  EXPECT_EQ(Lines(now), (std::vector<uint32_t>{31, 3, 3, 51}));
}

TEST(BaselineTest, EntryListedNTimesRemovesNFindings) {
  std::vector<Diagnostic> old(2, Finding("fact-conflict", "a.md", "f", 1));
  std::optional<Baseline> b = ParseBaseline(WriteBaseline(old), nullptr);
  ASSERT_TRUE(b.has_value());
  std::vector<Diagnostic> now(3, Finding("fact-conflict", "a.md", "f", 7));
  now[2].location.line = 8;
  Filter(*b, &now);
  EXPECT_EQ(Lines(now), (std::vector<uint32_t>{8}));
}

TEST(BaselineTest, AFindingThatMovedToItsOtherSideIsKnown) {
  // Recorded at a.md (with b.md as its note); now, with the files in
  // another order, reported at b.md with the note at a.md.
  Diagnostic recorded = Finding("fact-conflict", "a.md", "fa", 3);
  std::optional<Baseline> b = ParseBaseline(WriteBaseline({recorded}), nullptr);
  ASSERT_TRUE(b.has_value());
  Diagnostic moved = Finding("fact-conflict", "b.md", "fb", 9);
  Note note;
  note.location.path = "a.md";
  note.fingerprint = "fa";
  moved.notes.push_back(note);
  Diagnostic unrelated = Finding("fact-conflict", "b.md", "fc", 10);
  note.fingerprint = "other";
  unrelated.notes.push_back(note);
  std::vector<Diagnostic> now = {moved, unrelated};
  Filter(*b, &now);
  EXPECT_EQ(Lines(now), (std::vector<uint32_t>{10}));
}

TEST(BaselineTest, EmptyBaseline) {
  std::optional<Baseline> b = ParseBaseline(WriteBaseline({}), nullptr);
  ASSERT_TRUE(b.has_value());
  EXPECT_TRUE(b->findings.empty());
  std::vector<Diagnostic> now = {Finding("x", "a", "f", 1)};
  Filter(*b, &now);
  EXPECT_EQ(now.size(), 1u);
}

TEST(BaselineTest, OtherVersionsAreClearErrors) {
  std::string error;
  EXPECT_FALSE(ParseBaseline(R"({"factlint_baseline": 2, "findings": []})",
                             &error));
  EXPECT_NE(error.find("version 2 is not supported"), std::string::npos)
      << error;
  EXPECT_FALSE(ParseBaseline(R"({"factlint_baseline": 0, "findings": []})",
                             &error));
  EXPECT_NE(error.find("version 0"), std::string::npos) << error;
  EXPECT_FALSE(ParseBaseline(R"({"factlint_baseline": "1", "findings": []})",
                             &error));
  EXPECT_NE(error.find("not supported"), std::string::npos) << error;
  EXPECT_FALSE(ParseBaseline(R"({"findings": []})", &error));
  EXPECT_NE(error.find("not a factlint baseline"), std::string::npos);
}

TEST(BaselineTest, CorruptFilesAreErrorsNotCrashes) {
  const char* bad[] = {
      "", "{", "[1,2]", "null", "{\"factlint_baseline\": 1}",
      "{\"factlint_baseline\": 1, \"findings\": {}}",
      "{\"factlint_baseline\": 1, \"findings\": [3]}",
      "{\"factlint_baseline\": 1, \"findings\": [{\"rule\": \"r\"}]}",
      "{\"factlint_baseline\": 1, \"findings\": [{\"rule\": 1, \"path\": "
      "\"p\", \"fingerprint\": \"f\"}]}",
      "{\"factlint_baseline\": 1, \"findings\": [{\"rule\": \"r\", \"path\": "
      "\"p\"}]}",
      "{\"factlint_baseline\": 1e999}", "\xff\xfe{}"};
  for (const char* text : bad) {
    std::string error;
    EXPECT_FALSE(ParseBaseline(text, &error).has_value()) << text;
    EXPECT_FALSE(error.empty()) << text;
  }
}

TEST(BaselineTest, ReadFromDiskWithPathInErrors) {
  std::string dir = testing::TempDir() + "factlint_baseline_" +
                    std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  std::string file = dir + "/baseline.json";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(
      file, WriteBaseline({Finding("r", "a.md", "f", 1)}), &error))
      << error;
  std::optional<Baseline> b = ReadBaseline(file, &error);
  ASSERT_TRUE(b.has_value()) << error;
  EXPECT_EQ(b->findings.size(), 1u);

  std::ofstream(file) << "{\"factlint_baseline\": 1, \"findings\": [";
  EXPECT_FALSE(ReadBaseline(file, &error));
  EXPECT_EQ(error.rfind(file + ": ", 0), 0u) << error;
  EXPECT_FALSE(ReadBaseline(dir + "/missing.json", &error));
  EXPECT_NE(error.find("cannot read"), std::string::npos);
  EXPECT_FALSE(ReadBaseline(dir, &error));  // a directory
  std::filesystem::remove_all(dir);
}

TEST(BaselineTest, InvalidUtf8InMessagesDoesNotThrow) {
  std::string json =
      WriteBaseline({Finding("r", "a.md", "", 1, std::string("bad \xff"))});
  EXPECT_TRUE(ParseBaseline(json, nullptr).has_value());
}

}  // namespace
}  // namespace factlint
