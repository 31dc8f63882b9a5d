// The examples and traps every rule in rules/facts/ carries, checked the way
// documents are read: each sentence is normalized (Normalize), split into
// sentences and extracted; an example must give exactly its value (and year,
// when it names one) for its rule, on a claim the rule takes (RuleRefusal);
// a trap must give no match of its rule. A new indicator is data only.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/fact_groups.h"
#include "engine/fact_rules.h"
#include "extract/extractor.h"
#include "extract/sentence.h"
#include "text/normalize.h"

namespace factlint {
namespace {

class Catalogue : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string rules_dir = std::string(FACTLINT_SOURCE_DIR) + "/rules";
    std::vector<Diagnostic> errors;
    rules_ = FactRuleSet::Load({rules_dir + "/facts"}, &errors).release();
    for (const Diagnostic& d : errors) {
      ADD_FAILURE() << d.location.path << ":" << d.location.line << ":"
                    << d.location.column << ": " << d.message;
    }
    std::string error;
    extractor_ = Extractor::Load(rules_dir, &error).release();
    if (extractor_ == nullptr) ADD_FAILURE() << error;
  }
  static void TearDownTestSuite() {
    delete rules_;
    delete extractor_;
  }

  static std::string Norm(const std::string& text) {
    SourceText src;
    src.path = "example";
    src.text = text;
    return Normalize(src).text;
  }

  // One match of rule `rule` in `text`, read as a document.
  struct Found {
    std::string value;
    int year = 0;
    std::string refusal;  // why the rule does not take the claim; "" if it does
  };
  static std::vector<Found> Run(size_t rule, const std::string& text) {
    SourceText src;
    src.path = "example";
    src.text = text;
    Normalized n = Normalize(src);
    Extraction x = extractor_->Extract(src, n);
    std::vector<Found> out;
    for (const Sentence& s : SplitSentences(n.text)) {
      std::string_view sentence =
          std::string_view(n.text).substr(s.span.begin, s.span.size());
      for (const RuleMatch& m : rules_->Match(sentence)) {
        if (m.rule != rule) continue;
        Found f;
        f.value = std::string(sentence.substr(m.value.begin, m.value.size()));
        f.year = m.year;
        Span value{s.span.begin + m.value.begin, s.span.begin + m.value.end};
        f.refusal = "no claim at the value";
        for (const Claim& c : x.claims) {
          if (c.span.begin < value.end && value.begin < c.span.end) {
            f.refusal = RuleRefusal(c, rules_->rules()[rule]);
            break;
          }
        }
        out.push_back(f);
      }
    }
    return out;
  }

  static std::string Where(const RuleSentence& s) {
    return s.where.path + ":" + std::to_string(s.where.line) + ":" +
           std::to_string(s.where.column);
  }

  static FactRuleSet* rules_;
  static Extractor* extractor_;
};
FactRuleSet* Catalogue::rules_ = nullptr;
Extractor* Catalogue::extractor_ = nullptr;

TEST_F(Catalogue, EveryRuleHasExamplesAndTraps) {
  ASSERT_NE(rules_, nullptr);
  for (const FactRule& r : rules_->rules()) {
    EXPECT_GE(r.examples.size(), 2u) << r.file << ":" << r.line << ": " << r.id
                                     << " needs at least 2 examples";
    EXPECT_GE(r.traps.size(), 1u) << r.file << ":" << r.line << ": " << r.id
                                  << " needs at least 1 trap";
    EXPECT_TRUE(rules_->dimensions().count(r.dimension)) << r.id;
  }
}

TEST_F(Catalogue, ExamplesGiveTheirValue) {
  ASSERT_NE(rules_, nullptr);
  ASSERT_NE(extractor_, nullptr);
  for (size_t i = 0; i < rules_->rules().size(); ++i) {
    const FactRule& r = rules_->rules()[i];
    for (const RuleSentence& e : r.examples) {
      std::vector<Found> found = Run(i, e.text);
      std::string got, want;
      for (const Found& f : found) got += " '" + f.value + "'";
      for (const std::string& v : e.values) want += " '" + Norm(v) + "'";
      EXPECT_EQ(got, want) << Where(e) << ": example of " << r.id
                           << " gives the values (" << got << " ), expected ("
                           << want << " )\n  " << e.text;
      if (found.size() != e.values.size()) continue;
      if (e.year != 0) {
        EXPECT_EQ(found.back().year, e.year)
            << Where(e) << ": year of the example of " << r.id;
      }
      for (const Found& f : found) {
        EXPECT_EQ(f.refusal, "")
            << Where(e) << ": " << r.id << " matches '" << f.value
            << "' but does not take the claim\n  " << e.text;
      }
    }
  }
}

TEST_F(Catalogue, TrapsGiveNoMatch) {
  ASSERT_NE(rules_, nullptr);
  ASSERT_NE(extractor_, nullptr);
  for (size_t i = 0; i < rules_->rules().size(); ++i) {
    const FactRule& r = rules_->rules()[i];
    for (const RuleSentence& t : r.traps) {
      std::vector<Found> found = Run(i, t.text);
      std::string got;
      for (const Found& f : found) got += " '" + f.value + "'";
      EXPECT_TRUE(found.empty()) << Where(t) << ": trap of " << r.id
                                 << " matches (" << got << " )\n  " << t.text;
    }
  }
}

}  // namespace
}  // namespace factlint
