// FactRuleSet::Load on small rule files written to a temporary directory:
// good files, and every error kind with its exact line and column.
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "engine/fact_rules.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

// The units.toml `factlint` passes (the one of its rules directory) for rule
// files with none beside them or one level up.
const std::string kShippedUnits = FACTLINT_SOURCE_DIR "/rules/units.toml";

std::unique_ptr<FactRuleSet> LoadRules(const std::vector<std::string>& paths,
                                       std::vector<Diagnostic>* errors) {
  return FactRuleSet::Load(paths, errors, kShippedUnits);
}

constexpr char kMacros[] =
    "[macro]\n"
    "NUM = '(?P<value>\\d+(?:\\.\\d+)?)'\n"
    "YEAR = '(?P<year>(?:19|20)\\d{2})年'\n";

class RuleLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("factlint_rules_" +
            std::string(::testing::UnitTest::GetInstance()
                            ->current_test_info()
                            ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("macros.toml", kMacros);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  // Loads `text` as the only rule file and returns the one error expected.
  Diagnostic OneError(const std::string& text) {
    std::string path = Write("r.toml", text);
    std::vector<Diagnostic> errors;
    auto set = LoadRules({path}, &errors);
    EXPECT_EQ(set, nullptr);
    EXPECT_EQ(errors.size(), 1u);
    for (const Diagnostic& d : errors) {
      EXPECT_EQ(d.location.path, path);
      EXPECT_EQ(d.severity, Severity::kError);
    }
    return errors.empty() ? Diagnostic{} : errors[0];
  }
  fs::path dir_;
};

constexpr char kGood[] =
    "[[fact]]\n"
    "id = \"a-firms\"\n"
    "title = \"A企业数量\"\n"
    "description = \"How many A firms.\"\n"
    "dimension = \"count:家\"\n"
    "patterns = ['{YEAR}?A企业有{NUM}家', 'A企业{NUM}家']\n"
    "keywords = [\"A企业\"]\n"
    "\n"
    "[[fact]]\n"
    "id = \"a-share\"\n"
    "title = \"A占比\"\n"
    "description = \"Share of A.\"\n"
    "dimension = \"percent\"\n"
    "by_year = false\n"
    "severity = \"warning\"\n"
    "aliases = [\"A比重\"]\n"
    "patterns = ['A占比(?P<value>{NUM}%)']\n";

TEST_F(RuleLoaderTest, MacrosOneLevelUpFromARelativeDirectory) {
  // `factlint rules --check facts` run where macros.toml lives: the parent
  // of the relative directory "facts" is ".".
  Write("facts/good.toml", kGood);
  fs::path before = fs::current_path();
  fs::current_path(dir_);
  std::vector<Diagnostic> errors;
  auto set = LoadRules({"facts"}, &errors);
  fs::current_path(before);
  ASSERT_NE(set, nullptr) << (errors.empty() ? "" : errors[0].message);
  EXPECT_EQ(set->rules().size(), 2u);
}

TEST_F(RuleLoaderTest, LoadsGoodFile) {
  std::string path = Write("good.toml", kGood);
  std::vector<Diagnostic> errors;
  auto set = LoadRules({path}, &errors);
  ASSERT_NE(set, nullptr) << errors[0].message;
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(set->rules().size(), 2u);
  const FactRule& a = set->rules()[0];
  EXPECT_EQ(a.id, "a-firms");
  EXPECT_EQ(a.title, "A企业数量");
  EXPECT_EQ(a.dimension, "count:家");
  EXPECT_TRUE(a.by_year);
  EXPECT_EQ(a.severity, Severity::kError);
  EXPECT_EQ(a.patterns.size(), 2u);
  EXPECT_EQ(a.patterns[0], "{YEAR}?A企业有{NUM}家");
  EXPECT_EQ(a.file, path);
  EXPECT_EQ(a.line, 1u);
  const FactRule& b = set->rules()[1];
  EXPECT_FALSE(b.by_year);
  EXPECT_EQ(b.severity, Severity::kWarning);
  EXPECT_EQ(b.aliases, std::vector<std::string>{"A比重"});
  EXPECT_EQ(b.line, 9u);

  const std::string s = "2024年A企业有12家,A占比3.5%。";
  std::vector<RuleMatch> ms = set->Match(s);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].rule, 0u);
  EXPECT_EQ(s.substr(ms[0].value.begin, ms[0].value.size()), "12");
  EXPECT_EQ(ms[0].year, 2024);
  EXPECT_EQ(ms[1].rule, 1u);
  EXPECT_EQ(s.substr(ms[1].value.begin, ms[1].value.size()), "3.5%");
  EXPECT_EQ(ms[1].year, 0);
  // Every occurrence, not only the first.
  EXPECT_EQ(set->Match("A企业有3家;A企业有4家").size(), 2u);
}

TEST_F(RuleLoaderTest, KeywordsFilterMatches) {
  std::string path = Write(
      "k.toml",
      "[[fact]]\nid = \"k\"\ntitle = \"t\"\ndescription = \"d\"\n"
      "dimension = \"count:家\"\npatterns = ['{NUM}家']\n"
      "keywords = [\"研发\", \"企业\"]\n");
  std::vector<Diagnostic> errors;
  auto set = LoadRules({path}, &errors);
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->Match("研发企业5家").size(), 1u);
  EXPECT_EQ(set->Match("企业5家").size(), 0u);
}

TEST_F(RuleLoaderTest, DirectoryIsSortedSkipsMacrosAndUsesParentMacros) {
  // rules/facts/*.toml take their macros from rules/macros.toml.
  Write("facts/b.toml",
        "[[fact]]\nid = \"b\"\ntitle = \"t\"\ndescription = \"d\"\n"
        "dimension = \"rank\"\npatterns = ['B第{NUM}位']\n");
  Write("facts/a.toml",
        "[[fact]]\nid = \"a\"\ntitle = \"t\"\ndescription = \"d\"\n"
        "dimension = \"rank\"\npatterns = ['A第{NUM}位']\n");
  Write("facts/notes.txt", "not a rule file");
  std::vector<Diagnostic> errors;
  auto set = LoadRules({(dir_ / "facts").string()}, &errors);
  ASSERT_NE(set, nullptr) << errors[0].message;
  ASSERT_EQ(set->rules().size(), 2u);
  EXPECT_EQ(set->rules()[0].id, "a");
  EXPECT_EQ(set->rules()[1].id, "b");
  EXPECT_TRUE(set->macros().Has("NUM"));
  // Loading the parent directory skips its macros.toml and finds no rules
  // (directories are not searched recursively).
  set = LoadRules({dir_.string()}, &errors);
  ASSERT_NE(set, nullptr);
  EXPECT_TRUE(set->rules().empty());
  EXPECT_TRUE(set->Match("A第1位").empty());
}

TEST_F(RuleLoaderTest, MissingPathIsAnIoError) {
  std::vector<Diagnostic> errors;
  EXPECT_EQ(LoadRules({(dir_ / "nope.toml").string()}, &errors),
            nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule_id, "rule-io");
  EXPECT_EQ(errors[0].location.line, 0u);
}

TEST_F(RuleLoaderTest, TomlSyntaxError) {
  Diagnostic d = OneError("[[fact]]\nid = \"x\"\ntitle = \"unterminated\n");
  EXPECT_EQ(d.rule_id, "rule-syntax");
  EXPECT_EQ(d.location.line, 3u);
  EXPECT_EQ(d.location.column, 22u);
  EXPECT_NE(d.message.find("TOML syntax error"), std::string::npos);
}

// A valid rule body after the id line, for error tests to modify.
std::string Rule(const std::string& id_line, const std::string& rest) {
  return "[[fact]]\n" + id_line +
         "title = \"t\"\ndescription = \"d\"\n" + rest;
}

TEST_F(RuleLoaderTest, UnknownKeyPointsAtTheKey) {
  Diagnostic d = OneError(Rule("id = \"x\"\n",
                               "dimension = \"rank\"\n"
                               "patterns = ['第{NUM}位']\n"
                               "  colour = \"red\"\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 7u);
  EXPECT_EQ(d.location.column, 3u);
  EXPECT_NE(d.message.find("'colour'"), std::string::npos) << d.message;
}

TEST_F(RuleLoaderTest, WrongTypePointsAtTheValue) {
  Diagnostic d = OneError(Rule("id = \"x\"\n",
                               "dimension = \"rank\"\n"
                               "patterns = ['第{NUM}位']\n"
                               "by_year = \"yes\"\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 7u);
  EXPECT_EQ(d.location.column, 11u);
  EXPECT_NE(d.message.find("boolean"), std::string::npos) << d.message;

  d = OneError(Rule("id = \"x\"\n", "dimension = \"rank\"\npatterns = '第{NUM}位'\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 6u);
  EXPECT_EQ(d.location.column, 12u);
}

TEST_F(RuleLoaderTest, MissingKeyPointsAtTheTable) {
  Diagnostic d = OneError("# comment\n\n[[fact]]\nid = \"x\"\ntitle = \"t\"\n"
                          "dimension = \"rank\"\npatterns = ['第{NUM}位']\n");
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 3u);
  EXPECT_EQ(d.location.column, 1u);
  EXPECT_NE(d.message.find("'description'"), std::string::npos) << d.message;
}

TEST_F(RuleLoaderTest, DuplicateIdAcrossFilesHasANote) {
  std::string first = Write("a.toml", Rule("id = \"same\"\n",
      "dimension = \"rank\"\npatterns = ['第{NUM}位']\n"));
  std::string second = Write("b.toml", Rule("\nid   =   \"same\"\n",
      "dimension = \"rank\"\npatterns = ['第{NUM}名']\n"));
  std::vector<Diagnostic> errors;
  EXPECT_EQ(LoadRules({dir_.string()}, &errors), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule_id, "rule-schema");
  EXPECT_EQ(errors[0].location.path, second);
  EXPECT_EQ(errors[0].location.line, 3u);
  EXPECT_EQ(errors[0].location.column, 10u);
  ASSERT_EQ(errors[0].notes.size(), 1u);
  EXPECT_EQ(errors[0].notes[0].location.path, first);
  EXPECT_EQ(errors[0].notes[0].location.line, 2u);
  EXPECT_EQ(errors[0].notes[0].location.column, 6u);
}

// Every dimension of the unit table is a rule dimension: with no units.toml
// beside the rule file, the one the caller names (the shipped one here).
TEST_F(RuleLoaderTest, DimensionsComeFromTheUnitTable) {
  for (const char* dim : {"m2", "W", "EUR", "hour", "kg", "m", "count:座", "rank"}) {
    std::string path = Write("r.toml", Rule("id = \"x\"\n",
        std::string("dimension = \"") + dim + "\"\npatterns = ['第{NUM}位']\n"));
    std::vector<Diagnostic> errors;
    auto set = LoadRules({path}, &errors);
    EXPECT_NE(set, nullptr) << dim << ": "
                            << (errors.empty() ? "" : errors[0].message);
    if (set) {
      EXPECT_TRUE(set->dimensions().count("m2"));
    }
  }
  // A measure word that is no classifier of the table is no dimension.
  Diagnostic d = OneError(Rule("id = \"x\"\n",
                               "dimension = \"count:furlong\"\n"
                               "patterns = ['第{NUM}位']\n"));
  EXPECT_EQ(d.location.line, 5u);
  EXPECT_EQ(d.location.column, 13u);
  EXPECT_NE(d.message.find("unknown dimension 'count:furlong'"), std::string::npos);
  // A units.toml beside the rule file is the one used.
  Write("units.toml", "[[unit]]\nsurface = \"里\"\ndimension = \"li\"\nfactor = 1\n");
  std::string path = Write("r.toml", Rule("id = \"x\"\n",
      "dimension = \"li\"\npatterns = ['第{NUM}位']\n"));
  std::vector<Diagnostic> errors;
  auto set = LoadRules({path}, &errors);
  ASSERT_NE(set, nullptr) << (errors.empty() ? "" : errors[0].message);
  EXPECT_FALSE(set->dimensions().count("m2"));
  d = OneError(Rule("id = \"x\"\n", "dimension = \"m2\"\npatterns = ['第{NUM}位']\n"));
  EXPECT_NE(d.message.find("unknown dimension 'm2'"), std::string::npos);
}

// With no units.toml beside the rule file and none named by the caller, a
// rule that names a dimension is an error saying so (there is no built-in
// fallback: an installed factlint must not reach for its source tree).
TEST_F(RuleLoaderTest, NoUnitTableAnywhere) {
  std::string path = Write("r.toml", Rule("id = \"x\"\n",
      "dimension = \"m2\"\npatterns = ['第{NUM}位']\n"));
  std::vector<Diagnostic> errors;
  EXPECT_EQ(FactRuleSet::Load({path}, &errors), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule_id, "rule-io");
  EXPECT_EQ(errors[0].location.path, path);
  EXPECT_NE(errors[0].message.find("no units.toml beside the rule file"),
            std::string::npos) << errors[0].message;
}

TEST_F(RuleLoaderTest, ExamplesTrapsAndMeasure) {
  std::string path = Write("r.toml", Rule("id = \"x\"\n",
      "dimension = \"percent\"\nmeasure = \"rise\"\npatterns = ['A{NUM}%']\n"
      "examples = [{ text = \"2024年A增长５.２％。\", value = \"5.2\", year = 2024 },\n"
      "  { text = \"A5%\", value = [\"5\"] }]\n"
      "traps = [\"B5%\"]\n"));
  std::vector<Diagnostic> errors;
  auto set = LoadRules({path}, &errors);
  ASSERT_NE(set, nullptr) << (errors.empty() ? "" : errors[0].message);
  const FactRule& r = set->rules()[0];
  EXPECT_EQ(r.measure, FactMeasure::kRise);
  ASSERT_EQ(r.examples.size(), 2u);
  EXPECT_EQ(r.examples[0].values, std::vector<std::string>{"5.2"});
  EXPECT_EQ(r.examples[0].year, 2024);
  EXPECT_EQ(r.examples[1].where.line, 9u);
  EXPECT_EQ(r.examples[1].where.column, 3u);
  ASSERT_EQ(r.traps.size(), 1u);
  EXPECT_EQ(r.traps[0].text, "B5%");

  const std::string base = "dimension = \"percent\"\npatterns = ['A{NUM}%']\n";
  // Unknown key in an example, at the key.
  Diagnostic d = OneError(Rule("id = \"x\"\n", base +
      "examples = [{ text = \"A5%\", value = \"5\", note = \"n\" }]\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 7u);
  EXPECT_EQ(d.location.column, 42u);
  EXPECT_NE(d.message.find("unknown key 'note' in an example"), std::string::npos);
  // Missing value, at the example.
  d = OneError(Rule("id = \"x\"\n", base + "examples = [{ text = \"A5%\" }]\n"));
  EXPECT_EQ(d.location.line, 7u);
  EXPECT_EQ(d.location.column, 13u);
  EXPECT_NE(d.message.find("missing the required key 'value'"), std::string::npos);
  // A value that is not in the text.
  d = OneError(Rule("id = \"x\"\n", base +
      "examples = [{ text = \"A5%\", value = \"6\" }]\n"));
  EXPECT_NE(d.message.find("'6' is not in its text"), std::string::npos);
  // A plain string is not an example; a table is not a trap.
  d = OneError(Rule("id = \"x\"\n", base + "examples = [\"A5% => 5\"]\n"));
  EXPECT_NE(d.message.find("array of tables"), std::string::npos);
  d = OneError(Rule("id = \"x\"\n", base + "traps = [{ text = \"B\" }]\n"));
  EXPECT_EQ(d.location.line, 7u);
  EXPECT_EQ(d.location.column, 10u);
  EXPECT_NE(d.message.find("trap must be a non-empty string"), std::string::npos);
  d = OneError(Rule("id = \"x\"\n", base + "measure = \"growth\"\n"));
  EXPECT_NE(d.message.find("unknown measure 'growth'"), std::string::npos);
}

TEST_F(RuleLoaderTest, UnknownMacroPointsAtThePatternInCodePoints) {
  // Columns count code points: '研发{NUM}家' is 10 of them.
  Diagnostic d = OneError(Rule("id = \"x\"\n",
                               "dimension = \"rank\"\n"
                               "patterns = ['研发{NUM}家', '第{NOPE}位']\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 6u);
  EXPECT_EQ(d.location.column, 25u);
  EXPECT_NE(d.message.find("unknown macro '{NOPE}'"), std::string::npos)
      << d.message;
}

TEST_F(RuleLoaderTest, UnknownDimensionAndSeverity) {
  Diagnostic d = OneError(Rule("id = \"x\"\n",
                               "dimension = \"furlongs\"\n"
                               "patterns = ['第{NUM}位']\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 5u);
  EXPECT_EQ(d.location.column, 13u);
  EXPECT_NE(d.message.find("unknown dimension 'furlongs'"), std::string::npos);

  d = OneError(Rule("id = \"x\"\n",
                    "dimension = \"rank\"\nseverity = \"fatal\"\n"
                    "patterns = ['第{NUM}位']\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 6u);
  EXPECT_EQ(d.location.column, 12u);
}

TEST_F(RuleLoaderTest, BadRegexReportsRe2Fragment) {
  Diagnostic d = OneError(Rule("id = \"x\"\n",
                               "dimension = \"rank\"\n"
                               "patterns = [\n  '第{NUM}位(中国',\n]\n"));
  EXPECT_EQ(d.rule_id, "rule-regex");
  EXPECT_EQ(d.location.line, 7u);
  EXPECT_EQ(d.location.column, 3u);
  // The fragment is shown as written, macros unexpanded.
  EXPECT_EQ(d.message,
            "invalid regular expression in rule 'x': missing ); offending "
            "fragment '第{NUM}位(中国'");

  d = OneError(Rule("id = \"x\"\n", "dimension = \"rank\"\n"
                                    "patterns = ['第{NUM}位[a-']\n"));
  EXPECT_EQ(d.rule_id, "rule-regex");
  EXPECT_NE(d.message.find("missing ]"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("fragment '[a-'"), std::string::npos) << d.message;
}

// Loading parses each pattern and compiles it on first use: an error RE2's
// parser finds is still reported at load, and a set matched from several
// threads at once compiles each pattern once and finds the same matches.
TEST_F(RuleLoaderTest, PatternsCheckedAtLoadCompiledOnFirstUse) {
  Diagnostic d = OneError(Rule("id = \"x\"\n", "dimension = \"rank\"\n"
                                               "patterns = ['第{NUM}位a{1001}']\n"));
  EXPECT_EQ(d.rule_id, "rule-regex");
  EXPECT_NE(d.message.find("invalid repetition size"), std::string::npos) << d.message;

  std::string path = Write("good.toml", kGood);
  std::vector<Diagnostic> errors;
  auto set = LoadRules({path}, &errors);
  ASSERT_NE(set, nullptr);
  const std::string s = "2024年A企业有12家,A占比3.5%。";
  std::vector<std::vector<RuleMatch>> found(8);
  std::vector<std::thread> threads;
  for (auto& f : found) threads.emplace_back([&set, &s, &f] { f = set->Match(s); });
  for (auto& t : threads) t.join();
  ASSERT_EQ(found[0].size(), 2u);
  for (const auto& f : found) EXPECT_EQ(f, found[0]);
}

TEST_F(RuleLoaderTest, PatternWithoutValueGroup) {
  Diagnostic d = OneError(Rule("id = \"x\"\n", "dimension = \"rank\"\n"
                                               "patterns = ['第\\d+位']\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 6u);
  EXPECT_EQ(d.location.column, 13u);
  EXPECT_NE(d.message.find("(?P<value>"), std::string::npos) << d.message;
}

TEST_F(RuleLoaderTest, BadIdAndUnknownTopLevelKey) {
  Diagnostic d = OneError(Rule("id = \"Bad Id\"\n", "dimension = \"rank\"\n"
                                                   "patterns = ['第{NUM}位']\n"));
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 2u);
  EXPECT_EQ(d.location.column, 6u);

  d = OneError("version = 2\n");
  EXPECT_EQ(d.rule_id, "rule-schema");
  EXPECT_EQ(d.location.line, 1u);
  EXPECT_EQ(d.location.column, 1u);
}

TEST_F(RuleLoaderTest, ErrorsInMacrosFile) {
  Write("macros.toml",
        "[macro]\nNUM = '(?P<value>\\d+)'\nlower = 'x'\n"
        "BAD = '{NUM}{MISSING}'\nOPEN = '(ab'\n");
  std::string path = Write("r.toml", Rule("id = \"x\"\n",
      "dimension = \"rank\"\npatterns = ['第{NUM}位']\n"));
  std::vector<Diagnostic> errors;
  EXPECT_EQ(LoadRules({path}, &errors), nullptr);
  ASSERT_EQ(errors.size(), 3u);
  const std::string macros = (dir_ / "macros.toml").string();
  for (const Diagnostic& d : errors) EXPECT_EQ(d.location.path, macros);
  EXPECT_EQ(errors[0].rule_id, "rule-schema");  // invalid name
  EXPECT_EQ(errors[0].location.line, 3u);
  EXPECT_EQ(errors[0].location.column, 1u);
  EXPECT_EQ(errors[1].rule_id, "rule-schema");  // unknown macro inside
  EXPECT_EQ(errors[1].location.line, 4u);
  EXPECT_EQ(errors[1].location.column, 7u);
  EXPECT_NE(errors[1].message.find("{MISSING}"), std::string::npos);
  EXPECT_EQ(errors[2].rule_id, "rule-regex");
  EXPECT_EQ(errors[2].location.line, 5u);
}

}  // namespace
}  // namespace factlint
