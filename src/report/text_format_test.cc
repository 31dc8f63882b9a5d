#include <sstream>

#include <gtest/gtest.h>

#include "report/fake_line_source_test_util.h"
#include "report/report.h"
#include "diag/messages.h"

namespace factlint {
namespace {

std::string Render(const std::vector<Diagnostic>& diagnostics,
                   const LineSource& lines, bool color = false,
                   const Messages* messages = nullptr) {
  ReportOptions options;
  options.color = color;
  options.messages = messages;
  std::ostringstream out;
  WriteReport(Format::kText, diagnostics, lines, options, out);
  return out.str();
}

TEST(TextFormatTest, ConflictWithNoteInAnotherFile) {
  FakeLineSource lines = SampleLines();
  std::string want =
      std::string(
          "drafts/2026-03.md:12:26: error: 525 mainland firms, but 524 "
          "elsewhere [fact-conflict]\n"
          "   12 | ") +
      kDraftLine + "\n      | " + std::string(46, ' ') + "^^^^^\n" +
      "seeds/其他 报告.txt:57:3: note: 524 stated here\n"
      "   57 | 共有524家企业\n"
      "      |     ^^^\n"
      "1 error\n";
  EXPECT_EQ(Render({ConflictDiagnostic()}, lines), want);
}

TEST(TextFormatTest, WholeFileLocationHasNoSnippet) {
  Diagnostic d;
  d.rule_id = "input-binary";
  d.severity = Severity::kWarning;
  d.message = "binary file skipped";
  d.location.path = "data/图.png";
  FakeLineSource lines;
  EXPECT_EQ(Render({d}, lines),
            "data/图.png: warning: binary file skipped [input-binary]\n"
            "1 warning\n");
}

TEST(TextFormatTest, MissingLineTextPrintsHeaderOnly) {
  FakeLineSource lines;  // knows no lines
  Diagnostic d = ConflictDiagnostic();
  d.notes.clear();
  EXPECT_EQ(Render({d}, lines),
            "drafts/2026-03.md:12:26: error: 525 mainland firms, but 524 "
            "elsewhere [fact-conflict]\n1 error\n");
}

TEST(TextFormatTest, SummaryCountsAndPlurals) {
  FakeLineSource lines;
  Diagnostic e = ConflictDiagnostic();
  e.notes.clear();
  Diagnostic w = e;
  w.severity = Severity::kWarning;
  Diagnostic n = e;
  n.severity = Severity::kNote;
  std::string out = Render({e, w, e, n}, lines);
  EXPECT_NE(out.find(": warning: "), std::string::npos);
  EXPECT_TRUE(out.ends_with("\n2 errors, 1 warning, 1 note\n")) << out;
  EXPECT_TRUE(Render({w, w}, lines).ends_with("\n2 warnings\n"));
}

TEST(TextFormatTest, NoDiagnosticsNoOutput) {
  FakeLineSource lines;
  EXPECT_EQ(Render({}, lines), "");
}

TEST(TextFormatTest, ColourOnAndOff) {
  FakeLineSource lines = SampleLines();
  std::string plain = Render({ConflictDiagnostic()}, lines, false);
  std::string color = Render({ConflictDiagnostic()}, lines, true);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_TRUE(color.starts_with(
      "\x1b[1mdrafts/2026-03.md:12:26: \x1b[0m\x1b[1;31merror:\x1b[0m "
      "\x1b[1m525 mainland firms, but 524 elsewhere [fact-conflict]\x1b[0m\n"))
      << color;
  EXPECT_NE(color.find("\x1b[1;36mnote:\x1b[0m"), std::string::npos);
  EXPECT_NE(color.find("\x1b[1;32m^^^^^\x1b[0m"), std::string::npos);
  // Stripping the escapes gives the plain output back.
  std::string stripped;
  for (size_t i = 0; i < color.size(); ++i) {
    if (color[i] == '\x1b') {
      i = color.find('m', i);
      continue;
    }
    stripped += color[i];
  }
  EXPECT_EQ(stripped, plain);
}

TEST(TextFormatTest, SnippetWidthCutsLongLines) {
  FakeLineSource lines = SampleLines();
  ReportOptions options;
  options.snippet_width = 30;
  std::ostringstream out;
  WriteReport(Format::kText, {ConflictDiagnostic()}, lines, options, out);
  std::string text = out.str();
  // Budget 30 - 6 = 24 columns starting 8 columns left of the carets.
  EXPECT_NE(text.find("   12 | ...陆企业有525家，占比达到2...\n"
                      "      |            ^^^^^\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find(kDraftLine), std::string::npos);
  EXPECT_NE(text.find("   57 | 共有524家企业\n"), std::string::npos);
}

TEST(TextFormatTest, FixItsOnTheLineAndElsewhere) {
  FakeLineSource lines = SampleLines();
  Diagnostic d = ConflictDiagnostic();
  d.notes.clear();
  d.fixits.push_back({MakeLocation(kDraftPath, 12, 26, 12, 29), "524"});
  d.fixits.push_back({MakeLocation(kSeedPath, 57, 3, 57, 6), "525"});
  std::string out = Render({d}, lines);
  std::string pad(46, ' ');
  EXPECT_NE(out.find("      | " + pad + "^^^^^\n      | " + pad + "524\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("seeds/其他 报告.txt:57:3: note: replace with \"525\"\n"
                     "   57 | 共有524家企业\n"
                     "      |     ^^^\n"
                     "      |     525\n"),
            std::string::npos)
      << out;
}

Messages Catalogue(const char* language) {
  std::string error;
  std::optional<Messages> m = Messages::Load(
      Messages::PathOf(std::string(FACTLINT_SOURCE_DIR) + "/rules", language), &error);
  if (!m) ADD_FAILURE() << error;
  return m ? std::move(*m) : Messages();
}

// The text format's words come from the run's catalogue: English is the
// same as without one, byte for byte; Chinese changes the labels, the count
// line and the fix-it note, never the rule id, positions or snippets.
TEST(TextFormatTest, WordsFromTheCatalogue) {
  FakeLineSource lines = SampleLines();
  Diagnostic d = ConflictDiagnostic();
  d.fixits.push_back({MakeLocation(kSeedPath, 57, 3, 57, 6), "525"});
  Diagnostic w = d;
  w.severity = Severity::kWarning;
  const Messages en = Catalogue("en");
  const Messages zh = Catalogue("zh");
  EXPECT_EQ(Render({d, w, d}, lines, false, &en), Render({d, w, d}, lines));
  EXPECT_EQ(Render({d, w, d}, lines, true, &en), Render({d, w, d}, lines, true));
  const std::string out = Render({d, w, d}, lines, false, &zh);
  EXPECT_NE(out.find("drafts/2026-03.md:12:26: 错误: 525 mainland firms"), std::string::npos) << out;
  EXPECT_NE(out.find("[fact-conflict]\n"), std::string::npos) << out;
  EXPECT_NE(out.find(": 警告: "), std::string::npos) << out;
  EXPECT_NE(out.find("seeds/其他 报告.txt:57:3: 注: 改为“525”\n"), std::string::npos) << out;
  EXPECT_TRUE(out.ends_with("\n2个错误，1个警告\n")) << out;
  EXPECT_EQ(out.find("error"), std::string::npos) << out;
}

}  // namespace
}  // namespace factlint
