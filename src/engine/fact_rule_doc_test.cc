#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/fact_rules.h"

namespace factlint {
namespace {

std::unique_ptr<FactRuleSet> Shipped() {
  std::vector<Diagnostic> errors;
  return FactRuleSet::Load({std::string(FACTLINT_SOURCE_DIR) + "/rules/facts"},
                           &errors);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(WriteRuleListTest, OneAlignedLinePerRule) {
  auto set = Shipped();
  ASSERT_NE(set, nullptr);
  std::ostringstream out;
  WriteRuleList(*set, out);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), set->rules().size());
  // The dimension column starts at the same byte offset on every line whose
  // id is ASCII (ids always are), so the columns line up.
  size_t dim_col = std::string::npos;
  for (size_t i = 0; i < lines.size(); ++i) {
    const FactRule& r = set->rules()[i];
    EXPECT_EQ(lines[i].rfind(r.id, 0), 0u) << lines[i];
    size_t at = lines[i].find(r.dimension, r.id.size());
    ASSERT_NE(at, std::string::npos) << lines[i];
    if (dim_col == std::string::npos) dim_col = at;
    EXPECT_EQ(at, dim_col) << lines[i];
    EXPECT_NE(lines[i].find(r.by_year ? "by-year" : "any-year"),
              std::string::npos);
    EXPECT_NE(lines[i].find(SeverityName(r.severity)), std::string::npos);
    EXPECT_EQ(lines[i].substr(lines[i].size() - r.title.size()), r.title);
  }
}

TEST(RulesMarkdownTest, OneSectionPerRuleWithPatterns) {
  auto set = Shipped();
  ASSERT_NE(set, nullptr);
  std::string md = RulesMarkdown(*set);
  for (const FactRule& r : set->rules()) {
    EXPECT_NE(md.find("## " + r.id + "\n"), std::string::npos) << r.id;
    EXPECT_NE(md.find(r.description), std::string::npos) << r.id;
    for (const std::string& p : r.patterns) {
      EXPECT_NE(md.find("`` " + p + " ``"), std::string::npos) << p;
    }
  }
  EXPECT_NE(md.find("| dimension | `count:家` |"), std::string::npos);
}

}  // namespace
}  // namespace factlint
