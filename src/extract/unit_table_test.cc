#include "extract/unit_table.h"

#include <gtest/gtest.h>

#include "extract/extractor_lexicon.h"
#include "extract/quantity_test_util.h"

namespace factlint {
namespace {

std::unique_ptr<UnitTable> LoadRules(std::string* error) {
  return UnitTable::LoadFile(SourcePath("rules/units.toml"), error);
}

TEST(UnitTableTest, LoadsTheShippedLexicon) {
  std::string error;
  std::unique_ptr<UnitTable> t = LoadRules(&error);
  ASSERT_NE(t, nullptr) << error;
  const UnitDef* yuan = t->Find("元");
  ASSERT_NE(yuan, nullptr);
  EXPECT_EQ(yuan->dimension, "CNY");
  EXPECT_FALSE(yuan->counts);
  const UnitDef* jia = t->Find("家");
  ASSERT_NE(jia, nullptr);
  EXPECT_EQ(jia->dimension, "count:家");
  EXPECT_TRUE(jia->counts);
  const UnitDef* ton = t->Find("吨");
  ASSERT_NE(ton, nullptr);
  EXPECT_EQ(ton->dimension, "kg");
  EXPECT_DOUBLE_EQ(ton->factor, 1000);
  ASSERT_NE(t->FindMagnitude("万亿"), nullptr);
  EXPECT_DOUBLE_EQ(t->FindMagnitude("万亿")->factor, 1e12);
  EXPECT_DOUBLE_EQ(t->FindMagnitude("亿")->factor, 1e8);
  EXPECT_EQ(t->Find("%")->kind, UnitKind::kPercent);
  EXPECT_EQ(t->Find("个百分点")->kind, UnitKind::kPercentPoints);
}

// The lexicon's counted nouns (人口 = person) name dimensions of the unit
// table: a bare count takes one that its units have.
TEST(UnitTableTest, CountedNounsNameDimensionsOfTheUnits) {
  std::string error;
  std::unique_ptr<UnitTable> t = LoadRules(&error);
  ASSERT_NE(t, nullptr) << error;
  std::unique_ptr<Lexicon> lex = Lexicon::Load(SourcePath("rules/lexicon.toml"), &error);
  ASSERT_NE(lex, nullptr) << error;
  ASSERT_FALSE(lex->counted_nouns().empty());
  for (const auto& [noun, dimension] : lex->counted_nouns())
    EXPECT_TRUE(std::any_of(t->units().begin(), t->units().end(),
                            [&](const UnitDef& u) { return u.dimension == dimension; }))
        << noun << " = " << dimension;
  EXPECT_EQ(lex->CountedDimension("农村贫困人口"), "person");
  EXPECT_EQ(lex->CountedDimension("人口普查"), "");
}

// Each unit of the shipped table is found where its surface stands, or a
// longer one that starts the same way (longest first), whatever byte it
// starts with; at the end of the text there is none.
TEST(UnitTableTest, EveryUnitIsFoundAtItsSurface) {
  std::string error;
  std::unique_ptr<UnitTable> t = LoadRules(&error);
  ASSERT_NE(t, nullptr) << error;
  ASSERT_GT(t->units().size(), 100u);
  for (const UnitDef& u : t->units()) {
    const std::string text = "5" + u.surface + "。";
    const UnitDef* found = t->MatchUnit(text, 1);
    ASSERT_NE(found, nullptr) << u.surface;
    EXPECT_GE(found->surface.size(), u.surface.size()) << u.surface;
    EXPECT_EQ(text.compare(1, found->surface.size(), found->surface), 0) << u.surface;
  }
  EXPECT_EQ(t->MatchUnit("5", 1), nullptr);
}

TEST(UnitTableTest, LongestMatchWins) {
  std::string error;
  std::unique_ptr<UnitTable> t = LoadRules(&error);
  ASSERT_NE(t, nullptr) << error;
  std::string_view text = "千瓦时人次个百分点个月L/kWh";
  EXPECT_EQ(t->MatchUnit(text, 0)->surface, "千瓦时");
  EXPECT_EQ(t->MatchUnit(text, 9)->surface, "人次");
  EXPECT_EQ(t->MatchUnit(text, 15)->surface, "个百分点");
  EXPECT_EQ(t->MatchUnit(text, 27)->surface, "个月");
  EXPECT_EQ(t->MatchUnit(text, 33)->surface, "L/kWh");
  // An ASCII unit does not match inside a longer Latin word.
  EXPECT_EQ(t->MatchUnit("Lab", 0), nullptr);
  EXPECT_EQ(t->MatchUnit("万", 0), nullptr);
}

TEST(UnitTableTest, QualifierWordsAreData) {
  std::string error;
  std::unique_ptr<UnitTable> t = LoadRules(&error);
  ASSERT_NE(t, nullptr) << error;
  // Longest first: 超过, not 超; 不超过 (at most), not 超过.
  std::string_view text = "增长超过18%";
  QualifierMatch m = t->QualifierBefore(text, 12, 0);
  EXPECT_EQ(m.qualifier, Qualifier::kAbove);
  EXPECT_EQ(m.span.begin, 6u);
  EXPECT_EQ(t->QualifierBefore("不超过3%", 9, 0).qualifier, Qualifier::kAtMost);
  // The floor: a qualifier may not reach back into the previous quantity.
  EXPECT_EQ(t->QualifierBefore(text, 12, 9).qualifier, Qualifier::kNone);
  // 最近 and 节约 are words, not 近 and 约.
  EXPECT_EQ(t->QualifierBefore("最近3年", 6, 0).qualifier, Qualifier::kNone);
  EXPECT_EQ(t->QualifierBefore("节约5吨", 6, 0).qualifier, Qualifier::kNone);
  EXPECT_EQ(t->QualifierAfter("90%以上", 3).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(t->QualifierAfter("3%以内", 2).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(t->QualifierAfter("5%左右", 2).qualifier, Qualifier::kAbout);
  // 上下游 is a word.
  EXPECT_EQ(t->QualifierAfter("5家上下游", 4).qualifier, Qualifier::kNone);
}

TEST(UnitTableTest, BadQualifiersAreLocated) {
  std::string error;
  auto t = UnitTable::Parse("[qualifiers.before]\nroughly = [\"约\"]\n",
                            "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:2:1: unknown qualifier kind 'roughly'", 0), 0u)
      << error;
  t = UnitTable::Parse("[qualifiers.before]\nabout = [\"约\", \"约\"]\n",
                       "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("duplicate qualifier '约'"), std::string::npos) << error;
  t = UnitTable::Parse("[qualifiers.before]\nabout = [\"约\"]\n"
                       "[qualifiers.not_after]\n\"近\" = [\"最\"]\n",
                       "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:4:1: '近' in [qualifiers.not_after] is not a qualifier word", 0), 0u)
      << error;
}

TEST(UnitTableTest, BadWordListsAreLocated) {
  std::string error;
  EXPECT_EQ(UnitTable::Parse("minus = 3\n", "rules/units.toml", &error), nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:1:9: 'minus' must be a table", 0), 0u) << error;
  EXPECT_EQ(UnitTable::Parse("[classifiers]\n", "rules/units.toml", &error), nullptr);
  EXPECT_NE(error.find("[classifiers] needs 'surfaces'"), std::string::npos) << error;
  EXPECT_EQ(UnitTable::Parse("[minus]\nnot_after = [\"\"]\n", "rules/units.toml", &error), nullptr);
  EXPECT_NE(error.find("'not_after' in [minus] must hold non-empty strings"), std::string::npos)
      << error;
  EXPECT_EQ(UnitTable::Parse("[half]\nwords = [\"一\"]\n", "rules/units.toml", &error), nullptr);
  EXPECT_NE(error.find("[half] words must be strings starting with 半"), std::string::npos) << error;
}

// [ranks], [fractions], [doubling], [tenths] and [not_units]: the scanner's
// words around a number are read from the file, and a malformed section is
// reported at its place.
TEST(UnitTableTest, ScanWordsAreData) {
  std::string error;
  std::unique_ptr<UnitTable> t = UnitTable::Parse(
      "[ranks]\nordinal_after = [\"位居\"]\nfirst = [\"榜首\"]\n"
      "[tenths]\nnot_words = [\"成本\"]\n[not_units]\nwords = [\"所示\"]\n"
      "[doubling]\nverbs = [\"翻了\", \"翻\"]\nmeasures = [\"番\"]\n",
      "u.toml", &error);
  ASSERT_NE(t, nullptr) << error;
  EXPECT_EQ(t->scan_words().ordinal_after, std::vector<std::string>{"位居"});
  EXPECT_TRUE(t->scan_words().top_after.empty());
  EXPECT_TRUE(t->ChengStartsWord("三成本", 3));
  EXPECT_FALSE(t->ChengStartsWord("三成", 3));
  EXPECT_TRUE(t->UnitBlocked("图1所示", 4));
  EXPECT_FALSE(t->UnitBlocked("1所", 1));
  EXPECT_TRUE(t->ScanWordStartsWith("榜"));
  EXPECT_FALSE(t->ScanWordStartsWith("首"));
  EXPECT_TRUE(EndsWithAny("位居第", 6, t->scan_words().ordinal_after));
  EXPECT_FALSE(EndsWithAny("居第", 3, t->scan_words().ordinal_after));
  ASSERT_NE(WordAt("翻两番", 6, t->scan_words().doubling_measures), nullptr);
  const std::string* verb = WordBefore("翻了两番", 6, t->scan_words().doubling_verbs);
  ASSERT_NE(verb, nullptr);
  EXPECT_EQ(*verb, "翻了");
  EXPECT_EQ(WordBefore("增长两番", 6, t->scan_words().doubling_verbs), nullptr);

  EXPECT_EQ(UnitTable::Parse("[ranks]\nfirst = \"榜首\"\n", "u.toml", &error), nullptr);
  EXPECT_EQ(error.rfind("u.toml:2:9: 'first' in [ranks] must be an array of strings", 0), 0u)
      << error;
  EXPECT_EQ(UnitTable::Parse("[fractions]\npercent = [\"百分之\"]\npermille = []\n", "u.toml",
                             &error),
            nullptr);
  EXPECT_EQ(error.rfind("u.toml:3:1: unknown key 'permille' in [fractions]", 0), 0u) << error;
  EXPECT_EQ(UnitTable::Parse("not_units = [\"所示\"]\n", "u.toml", &error), nullptr);
  EXPECT_EQ(error.rfind("u.toml:1:13: 'not_units' must be a table", 0), 0u) << error;
  EXPECT_EQ(UnitTable::Parse("[tenths]\nnot_words = [\"成本\", 3]\n", "u.toml", &error), nullptr);
  EXPECT_EQ(error.rfind("u.toml:2:20: 'not_words' in [tenths] must hold non-empty strings", 0), 0u)
      << error;
}

TEST(UnitTableTest, PlusMinusAndNeedsUnitAreData) {
  std::string error;
  auto t = UnitTable::Parse(
      "[[magnitude]]\nsurface = \"兆\"\nfactor = 1e12\nneeds_unit = true\n"
      "[[magnitude]]\nsurface = \"万\"\nfactor = 1e4\n"
      "[plus_minus]\nwords = [\"±\", \"正负\"]\n",
      "rules/units.toml", &error);
  ASSERT_NE(t, nullptr) << error;
  EXPECT_TRUE(t->MagnitudeNeedsUnit("兆"));
  EXPECT_TRUE(t->MagnitudeNeedsUnit("万兆"));
  EXPECT_FALSE(t->MagnitudeNeedsUnit("万"));
  EXPECT_EQ(t->PlusMinusAt("误差正负5%", 6), 6u);
  EXPECT_EQ(t->PlusMinusAt("±5%", 0), 2u);
  EXPECT_EQ(t->PlusMinusAt("5%", 0), 0u);
  EXPECT_EQ(UnitTable::Parse("[[magnitude]]\nsurface = \"兆\"\nfactor = 1e12\nneeds_unit = 1\n",
                             "rules/units.toml", &error),
            nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:4:14: 'needs_unit' in [[magnitude]] must be true or false", 0),
            0u)
      << error;
}

TEST(UnitTableTest, UnknownKeyIsLocated) {
  std::string error;
  auto t = UnitTable::Parse(
      "[[unit]]\nsurface = \"元\"\ndimension = \"CNY\"\nfactor = 1\n"
      "colour = \"red\"\n",
      "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:5:1: unknown key 'colour'", 0), 0u)
      << error;
}

TEST(UnitTableTest, WrongTypeIsLocated) {
  std::string error;
  auto t = UnitTable::Parse(
      "[[unit]]\nsurface = \"元\"\ndimension = \"CNY\"\nfactor = \"one\"\n",
      "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:4:10: 'factor'", 0), 0u) << error;

  t = UnitTable::Parse(
      "[[unit]]\nsurface = \"家\"\ndimension = \"count:家\"\nfactor = 1\n"
      "counts = \"yes\"\n",
      "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:5:10: 'counts'", 0), 0u) << error;

  t = UnitTable::Parse("magnitude = 3\n", "rules/units.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("rules/units.toml:1:13:", 0), 0u) << error;
}

TEST(UnitTableTest, MissingKeyAndBadKind) {
  std::string error;
  auto t = UnitTable::Parse("[[unit]]\nsurface = \"元\"\nfactor = 1\n",
                            "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("missing required key 'dimension'"), std::string::npos)
      << error;
  t = UnitTable::Parse(
      "[[unit]]\nsurface = \"倍\"\ndimension = \"m\"\nfactor = 1\n"
      "kind = \"ratio\"\n",
      "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("u.toml:5:8: unknown kind 'ratio'", 0), 0u) << error;
}

TEST(UnitTableTest, SyntaxErrorAndDuplicates) {
  std::string error;
  auto t = UnitTable::Parse("[[unit]\n", "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(error.rfind("u.toml:1:", 0), 0u) << error;
  t = UnitTable::Parse("[classifiers]\nsurfaces = [\"家\", \"家\"]\n", "u.toml",
                       &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("duplicate unit '家'"), std::string::npos) << error;
}

TEST(UnitTableTest, CompoundMagnitudeMustMatchParts) {
  std::string error;
  auto t = UnitTable::Parse(
      "[[magnitude]]\nsurface = \"万\"\nfactor = 1e4\n"
      "[[magnitude]]\nsurface = \"亿\"\nfactor = 1e8\n"
      "[[magnitude]]\nsurface = \"万亿\"\nfactor = 1e11\n",
      "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("magnitude '万亿'"), std::string::npos) << error;
}

TEST(UnitTableTest, MissingFile) {
  std::string error;
  EXPECT_EQ(UnitTable::LoadFile("/nonexistent/units.toml", &error), nullptr);
  EXPECT_EQ(error, "/nonexistent/units.toml: cannot read unit lexicon: No such file or directory");
}

}  // namespace
}  // namespace factlint
