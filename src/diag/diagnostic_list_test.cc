#include "diag/diagnostic_list.h"

#include <gtest/gtest.h>

#include <tuple>

namespace factlint {
namespace {

auto Fields(const Location& l) {
  return std::tie(l.path, l.line, l.column, l.end_line, l.end_column);
}
auto Fields(const FactStatement& s) {
  return std::tie(s.value, s.period, s.document_date);
}

void ExpectSame(const Diagnostic& a, const Diagnostic& b) {
  EXPECT_EQ(a.rule_id, b.rule_id);
  EXPECT_EQ(a.severity, b.severity);
  EXPECT_EQ(a.message, b.message);
  EXPECT_EQ(Fields(a.location), Fields(b.location));
  EXPECT_EQ(a.fingerprint, b.fingerprint);
  EXPECT_EQ(a.fact_id, b.fact_id);
  EXPECT_EQ(Fields(a.statement), Fields(b.statement));
  ASSERT_EQ(a.notes.size(), b.notes.size());
  for (size_t i = 0; i < a.notes.size(); ++i) {
    EXPECT_EQ(Fields(a.notes[i].location), Fields(b.notes[i].location));
    EXPECT_EQ(a.notes[i].message, b.notes[i].message);
    EXPECT_EQ(a.notes[i].fingerprint, b.notes[i].fingerprint);
    EXPECT_EQ(Fields(a.notes[i].statement), Fields(b.notes[i].statement));
  }
  ASSERT_EQ(a.fixits.size(), b.fixits.size());
  for (size_t i = 0; i < a.fixits.size(); ++i) {
    EXPECT_EQ(Fields(a.fixits[i].location), Fields(b.fixits[i].location));
    EXPECT_EQ(a.fixits[i].replacement, b.fixits[i].replacement);
  }
}

Diagnostic Full() {
  Diagnostic d;
  d.rule_id = "fact-conflict";
  d.severity = Severity::kWarning;
  d.message = std::string("value \xE2\x80\x9C") + std::string(300, 'x') + "\" and a NUL: " +
              std::string(1, '\0') + ".";
  d.location = {"reports/2024/a long path of a report.md", 70000, 129, 70001, 3};
  d.fingerprint = "fact-conflict:0123456789abcdef";
  d.fact_id = "gdp";
  d.statement = {"5.2%", "2024", "2024-03-05"};
  Note other;
  other.location = {"reports/2023/b.md", 4, 1, 4, 9};
  other.message = "stated here";
  other.fingerprint = "fact-conflict:fedcba9876543210";
  other.statement = {"5.0%", "2024", ""};
  d.notes.push_back(other);
  Note plain;
  plain.location.path = "reports/2024/a long path of a report.md";  // no region
  plain.message = "see also";
  d.notes.push_back(plain);
  d.fixits.push_back({d.location, "5.0%"});
  return d;
}

Diagnostic At(const std::string& path, uint32_t line, const std::string& rule) {
  Diagnostic d;
  d.rule_id = rule;
  d.location.path = path;
  d.location.line = line;
  d.location.column = 1;
  d.message = rule + "@" + std::to_string(line);
  return d;
}

TEST(DiagnosticListTest, ReadsBackEveryFieldAsAdded) {
  DiagnosticList list;
  const Diagnostic full = Full();
  list.push_back(full);
  list.push_back(Diagnostic());  // every field empty or zero
  ASSERT_EQ(list.size(), 2u);
  ExpectSame(list[0], full);
  ExpectSame(list[1], Diagnostic());
  const DiagnosticList::Head h = list.head(0);
  EXPECT_EQ(h.path, full.location.path);
  EXPECT_EQ(h.rule_id, full.rule_id);
  EXPECT_EQ(h.severity, Severity::kWarning);
  EXPECT_EQ(std::tie(h.line, h.column, h.end_line, h.end_column),
            std::tie(full.location.line, full.location.column, full.location.end_line,
                     full.location.end_column));
}

TEST(DiagnosticListTest, PathsAndRuleIdsAreHeldOnce) {
  DiagnosticList one, many;
  one.push_back(Full());
  for (int i = 0; i < 100; ++i) many.push_back(Full());
  // A record names its path, rule, fact, period and dates by number: a
  // hundred records hold the strings once, not a hundred times.
  const size_t record = one.ArenaBytes();
  EXPECT_EQ(many.ArenaBytes(), 100 * record);
  EXPECT_LT(record, Full().message.size() + 200);
}

TEST(DiagnosticListTest, SortsFiltersAndRewritesEntriesInPlace) {
  DiagnosticList list = {At("b.md", 2, "r1"), At("a.md", 9, "r2"), At("a.md", 1, "r3"),
                         At("a.md", 9, "r1")};
  list.StableSort([](const DiagnosticList::Head& a, const DiagnosticList::Head& b) {
    return std::tie(a.path, a.line) < std::tie(b.path, b.line);
  });
  auto summary = [&] {
    std::vector<std::string> out;
    for (const Diagnostic& d : list) out.push_back(d.location.path + " " + d.message);
    return out;
  };
  // Equal keys keep their order (r2 before r1 at a.md:9).
  EXPECT_EQ(summary(), (std::vector<std::string>{"a.md r3@1", "a.md r2@9", "a.md r1@9",
                                                 "b.md r1@2"}));
  list.SetSeverity(1, Severity::kNote);
  EXPECT_EQ(list[1].severity, Severity::kNote);
  EXPECT_EQ(list[1].message, "r2@9");
  list.Replace(0, Full());
  ExpectSame(list[0], Full());
  list.KeepIf([](size_t i) { return i != 2; });
  list.PushFront({At("input.md", 0, "input-unreadable")});
  EXPECT_EQ(summary(), (std::vector<std::string>{"input.md input-unreadable@0",
                                                 Full().location.path + " " + Full().message,
                                                 "a.md r2@9", "b.md r1@2"}));
}

TEST(DiagnosticListTest, CopiesAreIndependentAndRecordsOutgrowAChunk) {
  Diagnostic big = Full();
  big.message = std::string(3 << 20, 'y');  // larger than a chunk of records
  DiagnosticList list = {At("a.md", 1, "r")};
  list.push_back(big);
  DiagnosticList copy = list;
  list.push_back(At("c.md", 3, "other"));
  list.clear();
  ASSERT_EQ(copy.size(), 2u);
  EXPECT_EQ(copy[1].message, big.message);
  copy.push_back(At("a.md", 2, "r"));  // interned strings still found
  EXPECT_EQ(copy.head(2).path, "a.md");
  EXPECT_EQ(copy.ToVector().back().rule_id, "r");
  DiagnosticList moved = std::move(copy);
  EXPECT_EQ(moved[0].location.path, "a.md");
}

}  // namespace
}  // namespace factlint
