#include "engine/widen_repeats.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "engine/fact_rules.h"

namespace factlint {
namespace {

TEST(WidenCountedRepeats, RepeatsBecomeStarOrPlus) {
  EXPECT_EQ(WidenCountedRepeats("[^。;!?]{0,30}?"), "[^。;!?]*?");
  EXPECT_EQ(WidenCountedRepeats("\\d{3}"), "\\d+");
  EXPECT_EQ(WidenCountedRepeats("(?:19|20)\\d{2}年"), "(?:19|20)\\d+年");
  EXPECT_EQ(WidenCountedRepeats("a{2,}b{0}c{00,5}"), "a+b*c*");
  EXPECT_EQ(WidenCountedRepeats("(?:\\s+x){0,3}\\s+"), "(?:\\s+x)*\\s+");
}

TEST(WidenCountedRepeats, BracesThatAreNotRepeatsStay) {
  EXPECT_EQ(WidenCountedRepeats("\\{2\\}"), "\\{2\\}");
  EXPECT_EQ(WidenCountedRepeats("[{2}]x"), "[{2}]x");
  EXPECT_EQ(WidenCountedRepeats("[]{2}]"), "[]{2}]");
  EXPECT_EQ(WidenCountedRepeats("[\\]{2}]"), "[\\]{2}]");
  EXPECT_EQ(WidenCountedRepeats("[[:digit:]{]{2}"), "[[:digit:]{]+");
  EXPECT_EQ(WidenCountedRepeats("\\p{Han}{2,4}"), "\\p{Han}+");
  EXPECT_EQ(WidenCountedRepeats("\\x{41}{3}"), "\\x{41}+");
  EXPECT_EQ(WidenCountedRepeats("\\Q{2}\\E{2}"), "\\Q{2}\\E+");
  EXPECT_EQ(WidenCountedRepeats("a{,3}"), "a{,3}");  // a literal in RE2
  EXPECT_EQ(WidenCountedRepeats("a{x}{"), "a{x}{");
  EXPECT_EQ(WidenCountedRepeats("\\"), "\\");
  EXPECT_EQ(WidenCountedRepeats("[abc"), "[abc");
}

// The widened pattern must find a match wherever the original does (the
// rule set relies on it to select every pattern that occurs): checked for
// every shipped fact-rule pattern over the lines of the seed documents and
// the rules' own example and trap sentences, and the widened pattern must
// have the same groups.
TEST(WidenCountedRepeats, ShippedPatternsKeepEveryMatch) {
  const std::string root = FACTLINT_SOURCE_DIR;
  std::vector<Diagnostic> errors;
  auto rules = FactRuleSet::Load({root + "/rules/facts"}, &errors);
  ASSERT_NE(rules, nullptr);
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(root + "/seeds")) {
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) texts.push_back(line);
  }
  for (const FactRule& r : rules->rules()) {
    for (const RuleSentence& s : r.examples) texts.push_back(s.text);
    for (const RuleSentence& s : r.traps) texts.push_back(s.text);
  }
  ASSERT_GT(texts.size(), 100u);
  size_t exact_matches = 0;
  for (const FactRule& r : rules->rules()) {
    for (const std::string& pattern : r.expanded) {
      RE2 exact(pattern);
      RE2 widened(WidenCountedRepeats(pattern));
      ASSERT_TRUE(exact.ok()) << pattern;
      ASSERT_TRUE(widened.ok()) << WidenCountedRepeats(pattern);
      EXPECT_EQ(exact.NamedCapturingGroups(), widened.NamedCapturingGroups());
      for (const std::string& t : texts) {
        if (!RE2::PartialMatch(t, exact)) continue;
        ++exact_matches;
        EXPECT_TRUE(RE2::PartialMatch(t, widened)) << r.id << ": " << t;
      }
    }
  }
  EXPECT_GT(exact_matches, 50u);  // the texts do exercise the patterns
}

}  // namespace
}  // namespace factlint
