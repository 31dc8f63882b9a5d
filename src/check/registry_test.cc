// The registry: rule ids, and RunChecks' filtering and order over a run
// that mixes targets with --against references.
#include "check/registry.h"

#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

// The checks these tests cover (others may be registered too).
constexpr const char* kCovered[] = {"fact-conflict", "fact-bounds",
                                    "fact-direction", "fact-share",
                                    "fact-growth", "fact-series"};

// MergeFindingsOnOneFigure over the findings as a run holds them.
void Merge(std::vector<Diagnostic>* found) {
  DiagnosticList list(*found);
  MergeFindingsOnOneFigure(TheMessages(), &list);
  *found = list.ToVector();
}

TEST(RegistryTest, CheckIdsAreUniqueAndDescribed) {
  std::set<std::string> ids;
  for (const auto& check : AllChecks()) {
    RuleInfo info = check->info();
    EXPECT_TRUE(ids.insert(info.id).second) << "duplicate " << info.id;
    EXPECT_EQ(info.id.rfind("fact-", 0), 0u) << info.id;
    EXPECT_FALSE(info.name.empty()) << info.id;
    EXPECT_FALSE(info.description.empty()) << info.id;
  }
  for (const char* id : kCovered) EXPECT_TRUE(ids.count(id)) << id;
}

TEST(RegistryTest, AllRuleInfosListsChecksFirstWithUniqueIds) {
  std::vector<RuleInfo> rules = AllRuleInfos();
  const auto& checks = AllChecks();
  ASSERT_GT(rules.size(), checks.size());
  for (size_t i = 0; i < checks.size(); ++i)
    EXPECT_EQ(rules[i].id, checks[i]->info().id);
  std::set<std::string> ids;
  for (const RuleInfo& r : rules)
    EXPECT_TRUE(ids.insert(r.id).second) << "duplicate " << r.id;
  for (const char* id : {"input-unreadable", "input-encoding", "rule-syntax",
                         "rule-regex"})
    EXPECT_TRUE(ids.count(id)) << id;
}

// Documents with something for every check, in both roles.
const std::string kFlawed = Dated(
    "2026-03-06",
    "在全球工业研发投入2000强企业，中国大陆企业有五百二十五家，占比达到28.3%。\n\n"
    "企业研发投入占比达到126.3%。\n\n"
    "基础研究人才队伍由2021年的57.5万人年增长到2023年的47.2万人年。\n\n"
    "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年，增长了31.8%。\n\n"
    "2024年，我国国家综合创新能力排名第11位。\n");
const std::string kBrief = Dated(
    "2025-12-19",
    "524家中国大陆企业进入全球工业研发投入2000强。\n\n"
    "国家综合创新能力排名由2020年的第14位提升至2024年的第10位。\n");

TEST(RegistryTest, RunChecksSortsByPathLineColumn) {
  CheckHarness h;
  h.Add("z/flawed.md", kFlawed).Add("a/brief.md", kBrief).Add("m/flawed.md", kFlawed);
  std::vector<Diagnostic> found = h.RunAll();
  std::set<std::string> rules;
  for (const Diagnostic& d : found) rules.insert(d.rule_id);
  // Every covered check fired somewhere, so the order below is not trivial.
  for (const char* id : kCovered)
    EXPECT_TRUE(rules.count(id)) << id << "\n" << Describe(found);
  for (size_t i = 1; i < found.size(); ++i) {
    const Location& a = found[i - 1].location;
    const Location& b = found[i].location;
    EXPECT_LE(std::tie(a.path, a.line, a.column, found[i - 1].rule_id),
              std::tie(b.path, b.line, b.column, found[i].rule_id))
        << "at " << i << "\n" << Describe(found);
  }
  EXPECT_EQ(found.front().location.path, "a/brief.md") << Describe(found);
  EXPECT_EQ(found.back().location.path, "z/flawed.md");
}

TEST(RegistryTest, ReferencesNeverCarryThePrimaryLocation) {
  CheckHarness h;
  h.AddReference("ref/flawed.md", kFlawed)
      .Add("target/brief.md", kBrief)
      .AddReference("ref/other.md", kFlawed);
  std::vector<Diagnostic> found = h.RunAll();
  ASSERT_FALSE(found.empty()) << h.Dump();
  bool note_in_reference = false;
  for (const Diagnostic& d : found) {
    EXPECT_EQ(d.location.path, "target/brief.md") << Describe(found);
    for (const Note& n : d.notes)
      note_in_reference |= n.location.path.rfind("ref/", 0) == 0;
  }
  EXPECT_TRUE(note_in_reference) << Describe(found);

  CheckHarness refs_only;
  refs_only.AddReference("ref/flawed.md", kFlawed)
      .AddReference("ref/brief.md", kBrief);
  EXPECT_TRUE(refs_only.RunAll().empty()) << Describe(refs_only.RunAll());
  // Each check on its own, before RunChecks' filter, keeps to targets too.
  for (const auto& check : AllChecks()) {
    std::vector<Diagnostic> own = refs_only.Run(check->info().id);
    EXPECT_TRUE(own.empty()) << check->info().id << "\n" << Describe(own);
  }
  // ...and the same documents as targets give every check something to say.
  CheckHarness targets;
  targets.Add("ref/flawed.md", kFlawed).Add("ref/brief.md", kBrief);
  for (const char* id : kCovered)
    EXPECT_FALSE(targets.Run(id).empty()) << id;
}

Diagnostic Finding(const std::string& rule, Severity severity, uint32_t line,
                   uint32_t column, const std::string& message) {
  Diagnostic d;
  d.rule_id = rule;
  d.severity = severity;
  d.message = message;
  d.location = Location{"draft.md", line, column, line, column + 4};
  Note n;
  n.location = Location{"ref.txt", 3, 1, 3, 5};
  n.message = message + " (other side)";
  d.notes.push_back(n);
  return d;
}

TEST(RegistryTest, FindingsOnOneFigureBecomeOneWithTheOthersAsNotes) {
  std::vector<Diagnostic> found = {
      Finding("fact-conflict", Severity::kError, 8, 67, "conflict"),
      Finding("fact-share", Severity::kError, 8, 67, "share"),
      Finding("fact-conflict", Severity::kError, 9, 1, "next line"),
  };
  found[1].fixits.push_back({found[1].location, "30.18%"});
  Merge(&found);
  ASSERT_EQ(found[0].fixits.size(), 1u);  // the merged finding's fix stays
  EXPECT_EQ(found[0].fixits[0].replacement, "30.18%");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule_id, "fact-conflict");  // first in the registry
  ASSERT_EQ(found[0].notes.size(), 3u);
  EXPECT_EQ(found[0].notes[0].message, "conflict (other side)");
  EXPECT_EQ(found[0].notes[1].message, "also [fact-share]: share");
  EXPECT_EQ(found[0].notes[1].location.line, 8u);
  EXPECT_EQ(found[0].notes[2].message, "share (other side)");
  EXPECT_EQ(found[1].message, "next line");
}

TEST(RegistryTest, TheMoreSevereFindingOnAFigureIsKept) {
  std::vector<Diagnostic> found = {
      Finding("fact-conflict", Severity::kWarning, 8, 67, "conflict"),
      Finding("fact-share", Severity::kError, 8, 67, "share"),
  };
  Merge(&found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule_id, "fact-share");
  EXPECT_EQ(found[0].notes[1].message, "also [fact-conflict]: conflict");
}

TEST(RegistryTest, FindingsOnOverlappingButDifferentSpansStaySeparate) {
  std::vector<Diagnostic> found = {
      Finding("fact-conflict", Severity::kError, 8, 67, "conflict"),
      Finding("fact-share", Severity::kError, 8, 67, "share"),
  };
  found[1].location.end_column += 1;
  Diagnostic unused;  // not a check: never merged into a check's finding
  unused.rule_id = "suppression-unused";
  unused.location = found[0].location;
  found.push_back(unused);
  Merge(&found);
  EXPECT_EQ(found.size(), 3u);
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
