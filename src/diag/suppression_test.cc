#include "diag/suppression.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

const std::set<std::string> kKnown = {"fact-conflict", "fact-share",
                                      "fact-bounds"};

Diagnostic At(const std::string& path, uint32_t line,
              const std::string& rule = "fact-conflict") {
  Diagnostic d;
  d.rule_id = rule;
  d.message = rule + " at " + std::to_string(line);
  d.location.path = path;
  d.location.line = line;
  d.location.column = 1;
  return d;
}

// Rule ids and lines of what is left, e.g. "fact-conflict@3".
// ApplySuppressions over the diagnostics as a run holds them.
void Suppress(const std::vector<Suppression>& s, std::vector<Diagnostic>* ds) {
  DiagnosticList list(*ds);
  ApplySuppressions(s, kKnown, &list);
  *ds = list.ToVector();
}

std::vector<std::string> Summary(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const Diagnostic& d : ds)
    out.push_back(d.rule_id + "@" + std::to_string(d.location.line));
  return out;
}

using V = std::vector<std::string>;

TEST(SuppressionTest, MarkdownNextLineSkipsBlankLines) {
  const char* text =
      "标题\n"
      "<!-- factlint-disable-next-line fact-conflict -->\n"
      "\n"
      "中国大陆企业有525家。\n"
      "又有525家。\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, Suppression::Kind::kNextLine);
  EXPECT_EQ(s[0].rule, "fact-conflict");
  EXPECT_EQ(s[0].first_line, 4u);
  EXPECT_EQ(s[0].last_line, 4u);
  EXPECT_EQ(s[0].location.line, 2u);
  EXPECT_EQ(s[0].location.column, 33u);  // the rule name
  std::vector<Diagnostic> ds = {At("a.md", 4), At("a.md", 5),
                                At("b.md", 4), At("a.md", 4, "fact-share")};
  Suppress(s, &ds);
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@5", "fact-conflict@4",
                            "fact-share@4"}));
  EXPECT_EQ(ds[1].location.path, "b.md");
}

TEST(SuppressionTest, SeveralRulesAndStackedDirectives) {
  const char* text =
      "<!-- factlint-disable-next-line fact-conflict, fact-share -->\n"
      "<!-- factlint-disable-next-line fact-bounds -->\n"
      "x\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  ASSERT_EQ(s.size(), 3u);
  for (const Suppression& x : s) EXPECT_EQ(x.first_line, 3u);
  EXPECT_EQ(s[1].rule, "fact-share");
  std::vector<Diagnostic> ds = {At("a.md", 3), At("a.md", 3, "fact-bounds")};
  Suppress(s, &ds);
  // fact-share suppressed nothing: reported at its own name.
  ASSERT_EQ(Summary(ds), (V{"suppression-unused@1"}));
  EXPECT_EQ(ds[0].severity, Severity::kWarning);
  EXPECT_EQ(ds[0].location.column, 48u);
  EXPECT_NE(ds[0].message.find("fact-share"), std::string::npos);
}

TEST(SuppressionTest, RegionUntilEnableAndToEndOfFile) {
  const char* text =
      "1\n"
      "<!-- factlint-disable fact-conflict -->\n"
      "3\n"
      "4\n"
      "<!-- factlint-enable fact-conflict -->\n"
      "6\n"
      "<!-- factlint-disable fact-share -->\n"
      "8\n"
      "9\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].first_line, 3u);
  EXPECT_EQ(s[0].last_line, 4u);
  EXPECT_TRUE(s[1].closes_region);
  EXPECT_EQ(s[2].last_line, kToEndOfFile);
  std::vector<Diagnostic> ds = {At("a.md", 1), At("a.md", 3), At("a.md", 4),
                                At("a.md", 6), At("a.md", 9, "fact-share"),
                                At("a.md", 9)};
  Suppress(s, &ds);
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@1", "fact-conflict@6",
                            "fact-conflict@9"}));
}

TEST(SuppressionTest, RegionsEndPerRule) {
  const char* text =
      "<!-- factlint-disable fact-conflict, fact-share -->\n"
      "2\n"
      "<!-- factlint-enable fact-conflict -->\n"
      "4\n"
      "<!-- factlint-disable -->\n"
      "<!-- factlint-enable fact-share -->\n"
      "7\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  std::vector<Diagnostic> ds = {At("a.md", 2), At("a.md", 4),
                                At("a.md", 4, "fact-share"),
                                At("a.md", 7, "fact-bounds")};
  Suppress(s, &ds);
  // fact-share's region ends at line 6; the all-rules region stays open.
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@4"}));
}

TEST(SuppressionTest, NoRuleMeansAllRules) {
  const char* text =
      "// factlint-disable\n"
      "a\n"
      "// factlint-enable\n"
      "# factlint-disable-next-line\n"
      "b\n"
      "c\n";
  std::vector<Suppression> s = ParseSuppressions("a.txt", text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].rule, "");
  std::vector<Diagnostic> ds = {At("a.txt", 2, "fact-share"),
                                At("a.txt", 2, "anything-else"),
                                At("a.txt", 5, "fact-bounds"), At("a.txt", 6)};
  Suppress(s, &ds);
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@6"}));
}

TEST(SuppressionTest, PlainTextForms) {
  const char* text =
      "  【factlint-disable-next-line fact-conflict】\n"
      "甲\n"
      "\u3000# factlint-disable-next-line fact-share、fact-bounds\n"
      "乙\n"
      "//factlint-disable-next-line fact-conflict -- 口径不同，已核实\n"
      "丙\r\n"
      "【factlint-disable-next-line，fact-conflict】\r\n"
      "丁\r\n";
  std::vector<Suppression> s = ParseSuppressions("a.txt", text);
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0].first_line, 2u);
  EXPECT_EQ(s[0].location.column, 31u);
  EXPECT_EQ(s[1].rule, "fact-share");
  EXPECT_EQ(s[2].rule, "fact-bounds");
  EXPECT_EQ(s[2].first_line, 4u);
  EXPECT_EQ(s[3].rule, "fact-conflict");  // the reason is not a rule
  EXPECT_EQ(s[3].first_line, 6u);
  EXPECT_EQ(s[4].first_line, 8u);  // \r\n line ends count once
  std::vector<Diagnostic> ds = {At("a.txt", 2), At("a.txt", 4, "fact-share"),
                                At("a.txt", 4, "fact-bounds"), At("a.txt", 6),
                                At("a.txt", 8)};
  Suppress(s, &ds);
  EXPECT_TRUE(ds.empty()) << Summary(ds)[0];
}

TEST(SuppressionTest, ProseMentioningFactlintIsNotADirective) {
  const char* text =
      "本报告使用 factlint-disable 功能。\n"
      "# factlint 使用说明\n"
      "<!-- 普通注释 -->\n"
      "text <!-- factlint-disable-next-line fact-conflict --> more\n";
  EXPECT_TRUE(ParseSuppressions("a.md", text).empty());
}

TEST(SuppressionTest, MarkdownCodeFencesAreIgnored) {
  const char* text =
      "```markdown\n"
      "<!-- factlint-disable fact-conflict -->\n"
      "```\n"
      "~~~~\n"
      "<!-- factlint-disable -->\n"
      "~~~\n"
      "~~~~\n"
      "<!-- factlint-disable-next-line fact-share -->\n"
      "x\n";
  std::vector<Suppression> s = ParseSuppressions("doc.markdown", text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].rule, "fact-share");
  EXPECT_EQ(s[0].first_line, 9u);
  // Plain text has no code fences.
  EXPECT_EQ(ParseSuppressions("doc.txt", text).size(), 3u);
}

TEST(SuppressionTest, UnknownRuleIsAnErrorAndSuppressesNothing) {
  const char* text = "<!-- factlint-disable-next-line fact-conflcit -->\nx\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  std::vector<Diagnostic> ds = {At("a.md", 2)};
  Suppress(s, &ds);
  ASSERT_EQ(Summary(ds), (V{"fact-conflict@2", "suppression-unknown-rule@1"}));
  EXPECT_EQ(ds[1].severity, Severity::kError);
  EXPECT_EQ(ds[1].location.column, 33u);
  EXPECT_EQ(ds[1].location.end_column, 46u);
  EXPECT_NE(ds[1].message.find("fact-conflcit"), std::string::npos);
}

TEST(SuppressionTest, UnusedDirectivesAreReported) {
  const char* text =
      "<!-- factlint-disable fact-bounds -->\n"
      "a\n"
      "<!-- factlint-enable -->\n"
      "<!-- factlint-enable fact-share -->\n"
      "b\n"
      "<!-- factlint-disable-next-line -->\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  std::vector<Diagnostic> ds = {At("a.md", 2)};
  Suppress(s, &ds);
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@2", "suppression-unused@1",
                            "suppression-unused@4", "suppression-unused@6"}));
  EXPECT_NE(ds[2].message.find("closes no open"), std::string::npos);
  EXPECT_NE(ds[3].message.find("no line after it"), std::string::npos);
}

TEST(SuppressionTest, MalformedDirectivesAreReportedNotApplied) {
  const char* text =
      "<!-- factlint-disabel fact-conflict -->\n"
      "<!-- factlint-disable-next-line: fact-conflict -->\n"
      "<!-- factlint-disable-next-line fact-conflict; fact-share -->\n"
      "a\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  ASSERT_EQ(s.size(), 3u);
  for (const Suppression& x : s)
    EXPECT_EQ(x.kind, Suppression::Kind::kMalformed) << x.problem;
  std::vector<Diagnostic> ds = {At("a.md", 4)};
  Suppress(s, &ds);
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@4", "suppression-malformed@1",
                            "suppression-malformed@2",
                            "suppression-malformed@3"}));
}

TEST(SuppressionTest, WholeFileDiagnosticsAndNotesAreNotMatched) {
  const char* text = "<!-- factlint-disable -->\nx\n";
  std::vector<Suppression> s = ParseSuppressions("a.md", text);
  Diagnostic whole = At("a.md", 0);
  Diagnostic noted = At("b.md", 2);
  Note note;
  note.location = At("a.md", 2).location;
  note.message = "stated here";
  noted.notes.push_back(note);
  std::vector<Diagnostic> ds = {whole, noted};
  Suppress(s, &ds);
  EXPECT_EQ(Summary(ds), (V{"fact-conflict@0", "fact-conflict@2",
                            "suppression-unused@1"}));
}

TEST(SuppressionTest, NeverCrashesOnOddInput) {
  for (const char* text : {"", "\n", "<!---->", "【】", "#", "//",
                           "<!-- factlint- -->", "【factlint-enable",
                           "# factlint-disable-next-line \xff\xfe",
                           "\r\r\n\r"}) {
    std::vector<Suppression> s = ParseSuppressions("x.md", text);
    std::vector<Diagnostic> ds;
    Suppress(s, &ds);
  }
}

TEST(SuppressionTest, RuleInfosNameTheRulesReported) {
  std::set<std::string> ids;
  for (const RuleInfo& r : SuppressionRuleInfos()) ids.insert(r.id);
  EXPECT_EQ(ids, (std::set<std::string>{"suppression-unused",
                                        "suppression-unknown-rule",
                                        "suppression-malformed"}));
}

}  // namespace
}  // namespace factlint
