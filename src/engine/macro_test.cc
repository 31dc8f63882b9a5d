#include "engine/macro.h"

#include "extract/extractor_lexicon.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include <gtest/gtest.h>
#include <re2/re2.h>

namespace factlint {
namespace {

TEST(MacroTest, ExpandsNestedMacrosInGroups) {
  MacroTable t;
  t.Define("D", "\\d+");
  t.Define("NUM", "(?P<value>{D})");
  std::string error;
  auto out = t.Expand("第{NUM}位", &error);
  ASSERT_TRUE(out) << error;
  EXPECT_EQ(*out, "第(?:(?P<value>(?:\\d+)))位");
}

TEST(MacroTest, LeavesRepetitionsAndEscapesAlone) {
  MacroTable t;
  t.Define("A", "a");
  std::string error;
  auto out = t.Expand("x{0,20}?\\{A}{A}[{]", &error);
  ASSERT_TRUE(out) << error;
  EXPECT_EQ(*out, "x{0,20}?\\{A}(?:a)[{]");
}

TEST(MacroTest, SameMacroTwiceIsNotACycle) {
  MacroTable t;
  t.Define("D", "\\d");
  t.Define("TWO", "{D}{D}");
  std::string error;
  auto out = t.Expand("{TWO}", &error);
  ASSERT_TRUE(out) << error;
  EXPECT_EQ(*out, "(?:(?:\\d)(?:\\d))");
}

TEST(MacroTest, UnknownMacroIsAnError) {
  MacroTable t;
  t.Define("OUTER", "x{MISSING}");
  std::string error;
  EXPECT_FALSE(t.Expand("{NOPE}", &error));
  EXPECT_NE(error.find("{NOPE}"), std::string::npos) << error;
  error.clear();
  EXPECT_FALSE(t.Expand("a{OUTER}", &error));
  EXPECT_NE(error.find("{MISSING}"), std::string::npos) << error;
  EXPECT_NE(error.find("{OUTER}"), std::string::npos) << error;
}

// A loose macro (macros.toml [selector]) becomes `(?s:.)*?` wherever it is
// used, inside other macros too, and only in ExpandLoose: a superset.
TEST(MacroTest, LooseMacrosReadAsAnyTextWhereverUsed) {
  MacroTable t;
  t.Define("D", "\\d");
  t.Define("GLUE", "x{D}y");
  t.Define("OUTER", "a{GLUE}b");
  t.SetLoose({"GLUE"});
  std::string error;
  EXPECT_EQ(*t.Expand("{OUTER}", &error), "(?:a(?:x(?:\\d)y)b)");
  EXPECT_EQ(*t.ExpandLoose("{OUTER}{D}", &error), "(?:a(?:(?s:.)*?)b)(?:\\d)");
  RE2 exact(*t.Expand("{OUTER}", &error));
  RE2 loose(*t.ExpandLoose("{OUTER}", &error));
  EXPECT_TRUE(RE2::FullMatch("ax1yb", exact));
  EXPECT_TRUE(RE2::FullMatch("ax1yb", loose));
  EXPECT_FALSE(RE2::FullMatch("a\nzb", exact));
  EXPECT_TRUE(RE2::FullMatch("a\nzb", loose));
  EXPECT_FALSE(t.ExpandLoose("{NOPE}", &error));
}

TEST(MacroTest, CycleIsAnError) {
  MacroTable t;
  t.Define("A", "x{B}");
  t.Define("B", "y{A}");
  std::string error;
  EXPECT_FALSE(t.Expand("{A}", &error));
  EXPECT_NE(error.find("refers to itself"), std::string::npos) << error;
}

TEST(MacroTest, ExponentialExpansionStopsWithTooComplex) {
  // Each macro doubles the one before: {M30} would be 2^31 bytes.
  MacroTable t;
  t.Define("M0", "ab");
  for (int i = 1; i <= 30; ++i)
    t.Define("M" + std::to_string(i),
             "{M" + std::to_string(i - 1) + "}{M" + std::to_string(i - 1) + "}");
  std::string error;
  EXPECT_FALSE(t.Expand("{M30}", &error));
  EXPECT_NE(error.find("expands beyond 64 KiB (too complex"), std::string::npos) << error;
  error.clear();
  EXPECT_TRUE(t.Expand("{M5}", &error)) << error;  // small ones still work
}

TEST(MacroTest, DeepNestingStopsWithTooComplex) {
  MacroTable t;
  t.Define("D0", "x");
  for (int i = 1; i <= kMaxMacroDepth + 5; ++i)
    t.Define("D" + std::to_string(i), "{D" + std::to_string(i - 1) + "}");
  std::string error;
  EXPECT_FALSE(t.Expand("{D" + std::to_string(kMaxMacroDepth + 5) + "}", &error));
  EXPECT_NE(error.find("too complex"), std::string::npos) << error;
  EXPECT_TRUE(t.Expand("{D" + std::to_string(kMaxMacroDepth - 1) + "}", &error)) << error;
}

TEST(MacroTest, ValidNames) {
  EXPECT_TRUE(MacroTable::IsValidName("NUM"));
  EXPECT_TRUE(MacroTable::IsValidName("ANY_YEAR2"));
  EXPECT_FALSE(MacroTable::IsValidName("num"));
  EXPECT_FALSE(MacroTable::IsValidName("2X"));
  EXPECT_FALSE(MacroTable::IsValidName(""));
}

// The shipped macros: each compiles, and {NUM} reads every written number.
class ShippedMacros : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Diagnostic> errors;
    ASSERT_TRUE(LoadMacroFile(std::string(FACTLINT_SOURCE_DIR) +
                                  "/rules/macros.toml",
                              &table_, &errors))
        << (errors.empty() ? "" : errors[0].message);
  }
  // The text of the value group when `pattern` matches all of `text`.
  std::string Value(const std::string& pattern, const std::string& text) {
    std::string error;
    auto expanded = table_.Expand(pattern, &error);
    EXPECT_TRUE(expanded) << error;
    RE2 re(*expanded);
    std::string value;
    if (!RE2::FullMatch(text, re, &value)) return "<no match>";
    return value;
  }
  MacroTable table_;
};

TEST_F(ShippedMacros, NumReadsWrittenNumbers) {
  EXPECT_EQ(Value("{NUM}家", "525家"), "525");
  EXPECT_EQ(Value("{NUM}元", "3.6万亿元"), "3.6万亿");
  EXPECT_EQ(Value("{NUM}人次", "1,405人次"), "1,405");
  EXPECT_EQ(Value("{NUM}个", "160多个"), "160多");
  EXPECT_EQ(Value("{NUM}家", "五百二十五家"), "五百二十五");
  EXPECT_EQ(Value("{NUM}人年", "57.5万人年"), "57.5万");
  EXPECT_EQ(Value("{NUM}家", "abc家"), "<no match>");
}

TEST_F(ShippedMacros, PctKeepsTheSign) {
  EXPECT_EQ(Value("{PCT}", "26.3%"), "26.3%");
  EXPECT_EQ(Value("{PCT}", "百分之二点六八"), "百分之二点六八");
  EXPECT_EQ(Value("{PCT}", "26.3"), "<no match>");
}

TEST_F(ShippedMacros, VerbToleratesWording) {
  for (const char* text : {"达18%", "达到18%", "为18%", "已超过18%", "18%",
                           "首次突破18%", "约18%"}) {
    EXPECT_EQ(Value("{VERB}{PCT}", text), "18%") << text;
  }
}

TEST_F(ShippedMacros, AnyStopsAtSentenceEnd) {
  EXPECT_EQ(Value("a{ANY}{NUM}", "a,有5"), "5");
  EXPECT_EQ(Value("a{ANY}{NUM}", "a。5"), "<no match>");
}

// {FROM} holds the words of [transitions] from in rules/lexicon.toml (macros
// cannot read the lexicon): the two lists must stay one.
TEST_F(ShippedMacros, FromIsTheLexiconsTransitionStart) {
  std::string error;
  std::unique_ptr<Lexicon> lex =
      Lexicon::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules/lexicon.toml", &error);
  ASSERT_NE(lex, nullptr) << error;
  auto expanded = table_.Expand("{FROM}", &error);
  ASSERT_TRUE(expanded) << error;
  const RE2 from(*expanded);
  std::vector<std::string> words;
  for (const std::string& w : lex->transition_from()) {
    EXPECT_TRUE(RE2::FullMatch(w, from)) << w;
    words.push_back(w);
  }
  // And no word of its own: each alternative of the body is a lexicon word.
  const std::string body = expanded->substr(3, expanded->size() - 4);  // (?:…)
  for (size_t b = 0, e; b <= body.size(); b = e + 1) {
    e = std::min(body.find('|', b), body.size());
    EXPECT_NE(std::find(words.begin(), words.end(), body.substr(b, e - b)), words.end())
        << body.substr(b, e - b);
  }
}


// The shipped [selector] names macros that exist.
TEST_F(ShippedMacros, SelectorLoosensDefinedMacros) {
  EXPECT_FALSE(table_.loose().empty());
  for (const std::string& name : table_.loose()) EXPECT_TRUE(table_.Has(name)) << name;
}

// [selector] loose may name only macros of the file's [macro], and holds
// nothing else.
TEST(MacroFileTest, SelectorNamesOnlyDefinedMacros) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "factlint_macro_selector_test.toml";
  auto load = [&](const std::string& text, std::vector<Diagnostic>* errors) {
    std::ofstream(path, std::ios::binary) << text;
    MacroTable table;
    const bool ok = LoadMacroFile(path.string(), &table, errors);
    return ok ? std::optional<MacroTable>(table) : std::nullopt;
  };
  std::vector<Diagnostic> errors;
  std::optional<MacroTable> good =
      load("[macro]\nA = 'a'\nB = '(b'\n", &errors);  // a syntax error is found parsing only
  EXPECT_FALSE(good);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule_id, "rule-regex");
  errors.clear();
  good = load("[macro]\nA = 'a'\n[selector]\nloose = ['A']\n", &errors);
  ASSERT_TRUE(good) << (errors.empty() ? "" : errors[0].message);
  EXPECT_EQ(good->loose(), std::set<std::string>{"A"});
  EXPECT_FALSE(load("[macro]\nA = 'a'\n[selector]\nloose = ['B']\n", &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("unknown macro 'B'"), std::string::npos) << errors[0].message;
  EXPECT_EQ(errors[0].location.line, 4u);
  errors.clear();
  EXPECT_FALSE(load("[macro]\nA = 'a'\n[selector]\ntight = ['A']\n", &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("unknown key 'tight'"), std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace factlint
