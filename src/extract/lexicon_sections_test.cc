// The lexicon sections that hold the words the extractor once spelled in
// C++ ([transitions], [corrections], the [context] comparison and list
// words, the [time] words of plans, spans, parts of a year and source
// lines): each is read from the file and drives the behaviour it names, and
// a malformed one is reported at its place.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>

#include "extract/extractor_lexicon.h"
#include "extract/lexicon_test_util.h"
#include "extract/time.h"
#include "extract/time_test_util.h"

namespace factlint {
namespace {

using lexicon_test::ParseLexicon;

std::string ParseError(const std::string& toml) {
  std::string error;
  EXPECT_EQ(Lexicon::Parse(toml, "test.toml", &error), nullptr);
  return error;
}

std::string Verb(const Lexicon& lex, const std::string& gap) {
  std::string verb;
  return re2::RE2::PartialMatch(gap, lex.transition_verb(), &verb) ? verb : "(none)";
}

TEST(LexiconSectionsTest, TransitionVerbIsBuiltFromItsWords) {
  auto lex = ParseLexicon(
      "[transitions]\nfrom = [\"由\"]\nup = [\"提升\", \"a.b\"]\ndown = [\"下降\"]\n"
      "fillers = [\"了\"]\nto = [\"至\"]\n");
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(Verb(*lex, "提升了 至"), "提升");
  EXPECT_EQ(Verb(*lex, "下降至"), "下降");
  EXPECT_EQ(Verb(*lex, "增长至"), "(none)");
  EXPECT_EQ(Verb(*lex, "提升到"), "(none)");
  // Words are literal: the dot is no wildcard.
  EXPECT_EQ(Verb(*lex, "a.b至"), "a.b");
  EXPECT_EQ(Verb(*lex, "axb至"), "(none)");
  EXPECT_EQ(lex->transition_down(), std::vector<std::string>{"下降"});
  // Without verbs nothing is a transition.
  auto bare = ParseLexicon("");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(Verb(*bare, "提升至"), "(none)");
}

TEST(LexiconSectionsTest, ShippedLexiconHasEveryNewList) {
  const Lexicon& lex = time_test::TheLexicon();
  for (const auto* list :
       {&lex.transition_from(), &lex.transition_down(), &lex.correction_words(),
        &lex.correction_originals(), &lex.correction_replacements(), &lex.comparisons_alone(),
        &lex.comparisons(), &lex.comparison_bases(), &lex.respectively(),
        &lex.respective_separators(), &lex.respective_joiners(), &lex.list_joiners(),
        &lex.previous_year_names(), &lex.speech_verbs(), &lex.opening_words(),
        &lex.period_ends()})
    EXPECT_FALSE(list->empty());
  const TimeWords::Lists& t = lex.time_words().lists();
  for (const auto* list :
       {&t.since, &t.plan_during, &t.plan_end, &t.plan_start, &t.plan_names, &t.ago, &t.later,
        &t.past_span_ends, &t.past_span_alone, &t.base_particles, &t.to_date, &t.first_quarter,
        &t.first_months, &t.first_quarters, &t.first_half, &t.second_half, &t.full_year,
        &t.source_lines, &t.source_labels, &t.title_opens, &t.title_closes, &t.edition_nouns,
        &t.attributions})
    EXPECT_FALSE(list->empty());
}

TEST(LexiconSectionsTest, PlanWordsDecideThePeriod) {
  DocumentDate date;
  date.year = 2024;
  auto with_end = ParseLexicon("[time]\nplan_end = [\"末\"]\n");
  auto without = ParseLexicon("[time]\nplan_during = [\"期间\"]\n");
  ASSERT_NE(with_end, nullptr);
  ASSERT_NE(without, nullptr);
  const std::string text = "“十三五”末";
  auto t = FindTimeExpressions(text, 0, date, with_end->time_words());
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].from_year, 2020);
  EXPECT_EQ(t[0].span.end, text.size());
  // 末 not listed: the quoted plan alone, its whole period.
  t = FindTimeExpressions(text, 0, date, without->time_words());
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].from_year, 2016);
  EXPECT_EQ(t[0].to_year, 2020);
  EXPECT_LT(t[0].span.end, text.size());
}

TEST(LexiconSectionsTest, PartsOfAYearComeFromTheirWords) {
  auto lex = ParseLexicon("[time]\nfirst_half = [\"上半年\"]\nfull_year = [\"全年\"]\n");
  ASSERT_NE(lex, nullptr);
  auto parts = [&](const std::string& text) {
    std::string out;
    for (const PartExpr& p : FindPartsOfYear(text, 0, {}, lex->time_words()))
      out += (out.empty() ? "" : " ") + (p.part.empty() ? std::string("year") : p.part);
    return out;
  };
  EXPECT_EQ(parts("上半年,全年"), "H1 year");
  EXPECT_EQ(parts("下半年"), "");  // second_half not listed
  EXPECT_EQ(parts("首季"), "");    // nor first_quarter
}

TEST(LexiconSectionsTest, MalformedSectionsAreLocated) {
  EXPECT_EQ(ParseError("[transitions]\nup = \"提升\"\n"),
            "test.toml:2:6: transitions.up must be an array of strings");
  EXPECT_EQ(ParseError("[corrections]\nwords = [\"更正\", 1]\n"),
            "test.toml:2:16: corrections.words must hold only strings");
  EXPECT_EQ(ParseError("[time]\nsentence_leads = [\"a\"]\n"),
            "test.toml:2:18: time.sentence_leads must be a string");
  EXPECT_EQ(ParseError("[time]\nsentence_leads = '(本报讯'\n"),
            "test.toml: bad pattern '(本报讯': missing ): (本报讯");
}

TEST(LexiconSectionsTest, FirstAndLastWord) {
  const std::vector<std::string> words = {"分别", "各"};
  const std::string s = "甲各乙分别丙各";
  EXPECT_EQ(FindFirstWord(s, words), 3u);
  EXPECT_EQ(FindFirstWord(s, words, 4), 9u);
  EXPECT_EQ(FindLastWord(s, words), 18u);
  EXPECT_EQ(FindLastWord(s, words, 17), 9u);
  EXPECT_EQ(FindLastWord(s, words, 2), std::string_view::npos);
  EXPECT_EQ(FindFirstWord(s, {}), std::string_view::npos);
  EXPECT_EQ(FindFirstWord(s, {""}), std::string_view::npos);
}

}  // namespace
}  // namespace factlint
