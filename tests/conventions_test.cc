// The command-line conventions users bring from other linters (docs/cli.md,
// "Conventions"): "did you mean", check with no PATH, --stdin-filename,
// --column-unit, -q, colour and the summary of a clean run.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

using nlohmann::json;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ConventionsTest, MistypedCommandSuggestsTheClosest) {
  RunResult r = RunFactlint({"chekc", "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown command 'chekc'; did you mean 'check'?")) << r.err;
  r = RunFactlint({"explian", "a.txt:1"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "did you mean 'explain'?")) << r.err;
  // Nothing close: the commands are listed instead.
  r = RunFactlint({"frobnicate"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown command 'frobnicate'; the commands are check, claims"))
      << r.err;
}

TEST(ConventionsTest, MistypedOptionSuggestsTheClosest) {
  RunResult r = RunFactlint({"check", "--formt", "json", "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "unknown option '--formt' for 'check'; did you mean '--format'?"))
      << r.err;
  EXPECT_EQ(r.out, "");
  // Options every command takes count too.
  r = RunFactlint({"claims", "--no-confg", "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "did you mean '--no-config'?")) << r.err;
  // An option of another subcommand is not offered.
  r = RunFactlint({"claims", "--fixx", "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_FALSE(Contains(r.err, "did you mean '--fix'")) << r.err;
}

// A project with a configuration: a.txt and b.txt contradict each other,
// drafts/ is excluded and would add a finding of its own.
std::string MakeProject(bool with_config) {
  std::string dir = TempDir();
  std::filesystem::create_directories(dir + "/drafts");
  WriteFile(dir + "/a.txt", "2024年，全国油料总产量达到780亿斤。\n");
  WriteFile(dir + "/b.txt", "2024年全国油料总产量达到787亿斤。\n");
  WriteFile(dir + "/drafts/c.txt", "中国大陆企业有525家，占比达到126.3%。\n");
  if (with_config) WriteFile(dir + "/.factlint.toml", "exclude = [\"drafts\"]\n");
  return dir;
}

TEST(ConventionsTest, CheckWithoutPathChecksTheConfiguredProject) {
  std::string dir = MakeProject(/*with_config=*/true);
  RunResult r = RunFactlint({"check", "--config", dir + "/.factlint.toml"});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_TRUE(Contains(r.out, dir + "/b.txt:1:15: error:")) << r.out;
  EXPECT_TRUE(Contains(r.out, "[fact-conflict]")) << r.out;
  EXPECT_FALSE(Contains(r.out, "drafts")) << r.out;  // excluded
  EXPECT_FALSE(Contains(r.out, "fact-bounds")) << r.out;
}

TEST(ConventionsTest, CheckWithoutPathOrConfigurationIsAUsageError) {
  RunResult r = RunFactlint({"check", "--no-config"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "no PATH given, and no .factlint.toml found")) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(ConventionsTest, CleanRunSaysWhatItChecked) {
  std::string dir = MakeProject(/*with_config=*/false);
  RunResult r = RunFactlint({"check", dir + "/a.txt"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "checked 1 file: no contradictions\n");
  std::string clean = dir + "/clean.txt";
  WriteFile(clean, "2024年，全国油料总产量达到780亿斤。\n");
  r = RunFactlint({"check", dir + "/a.txt", clean, "--against", dir + "/drafts"});
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "checked 2 files against 1 document: no contradictions\n");
  // Machine formats stay what they were: no extra line.
  r = RunFactlint({"check", "--format", "json", dir + "/a.txt"});
  EXPECT_EQ(json::parse(r.out)["diagnostics"].size(), 0u);
}

TEST(ConventionsTest, QuietPrintsTheDiagnosticsAndNothingElse) {
  std::string dir = MakeProject(/*with_config=*/false);
  RunResult r = RunFactlint({"check", "-q", dir + "/a.txt"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  RunResult loud = RunFactlint({"check", dir + "/a.txt", dir + "/b.txt"});
  r = RunFactlint({"check", "--quiet", dir + "/a.txt", dir + "/b.txt"});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(Contains(loud.out, "\n1 error\n")) << loud.out;
  EXPECT_TRUE(Contains(r.out, "[fact-conflict]")) << r.out;
  EXPECT_FALSE(Contains(r.out, "1 error\n")) << r.out;
  EXPECT_EQ(r.out + "1 error\n", loud.out);
}

TEST(ConventionsTest, ColourFollowsFlagsAndEnvironment) {
  const std::vector<std::string> args = {"check", "seeds/"};
  auto coloured = [&](std::vector<std::string> extra, std::vector<std::string> env) {
    std::vector<std::string> a = args;
    a.insert(a.begin() + 1, extra.begin(), extra.end());
    RunResult r = RunFactlint(a, "", env);
    EXPECT_EQ(r.code, 1) << r.err;
    return Contains(r.out, "\x1b[");
  };
  // The test runner sets NO_COLOR=1; NO_COLOR= (empty) unsets it.
  EXPECT_FALSE(coloured({}, {"NO_COLOR="}));  // a pipe: no colour
  EXPECT_TRUE(coloured({}, {"NO_COLOR=", "FORCE_COLOR=1"}));
  EXPECT_FALSE(coloured({}, {"NO_COLOR=", "FORCE_COLOR=0"}));
  EXPECT_FALSE(coloured({}, {"NO_COLOR=1", "FORCE_COLOR=1"}));  // NO_COLOR wins
  EXPECT_FALSE(coloured({"--no-color"}, {"NO_COLOR=", "FORCE_COLOR=1"}));
  EXPECT_TRUE(coloured({"--color", "always"}, {"NO_COLOR=1"}));
}

TEST(ConventionsTest, StdinFilenameNamesStandardInput) {
  std::string dir = TempDir();
  std::string input = dir + "/buffer";
  // A figure inside a Markdown code block is not prose.
  WriteFile(input, "```\n中国大陆企业有525家，占比达到126.3%。\n```\n");
  RunResult as_text = RunFactlint({"check", "--stdin-filename", "notes/draft.txt", "-"}, input);
  EXPECT_EQ(as_text.code, 1);
  EXPECT_TRUE(Contains(as_text.out, "notes/draft.txt:2:17: error:")) << as_text.out;
  RunResult as_markdown = RunFactlint({"check", "--stdin-filename", "notes/draft.md"}, input);
  EXPECT_EQ(as_markdown.code, 0) << as_markdown.out;
  EXPECT_EQ(as_markdown.out, "checked 1 file: no contradictions\n");
  // Its suppressions apply, and a report names it.
  WriteFile(input,
            "<!-- factlint-disable-next-line fact-bounds -->\n中国大陆企业有525家，占比达到126.3%。\n");
  RunResult suppressed = RunFactlint({"check", "--stdin-filename", "draft.md", "-"}, input);
  EXPECT_EQ(suppressed.code, 0) << suppressed.out;
  WriteFile(input, "中国大陆企业有525家，占比达到126.3%。\n");
  RunResult sarif = RunFactlint({"check", "--format", "sarif", "--stdin-filename", "docs/d.md"}, input);
  json result = json::parse(sarif.out)["runs"][0]["results"][0];
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "docs/d.md");
}

TEST(ConventionsTest, ColumnUnitCountsWhatTheEditorCounts) {
  std::string dir = TempDir();
  std::string input = dir + "/line";
  // 𠀀 is outside the BMP: one code point, four bytes, two UTF-16 units.
  WriteFile(input, "𠀀中国大陆企业有525家，占比达到126.3%。\n");
  auto column = [&](const std::string& unit) {
    RunResult r = RunFactlint({"check", "--format", "json", "--column-unit", unit, "-"}, input);
    json loc = json::parse(r.out)["diagnostics"][0]["location"];
    return std::make_pair(loc["column"].get<int>(), loc["end_column"].get<int>());
  };
  EXPECT_EQ(column("code-point"), std::make_pair(18, 24));
  EXPECT_EQ(column("utf-16"), std::make_pair(19, 25));
  EXPECT_EQ(column("byte"), std::make_pair(47, 53));
  RunResult text = RunFactlint({"check", "--column-unit", "byte", "-"}, input);
  EXPECT_TRUE(Contains(text.out, "-:1:47: error:")) << text.out;
  // The carets stay under the figure.
  RunResult points = RunFactlint({"check", "-"}, input);
  std::string carets_points = points.out.substr(points.out.find('\n'));
  std::string carets_bytes = text.out.substr(text.out.find('\n'));
  EXPECT_EQ(carets_points, carets_bytes);
  EXPECT_EQ(RunFactlint({"check", "--column-unit", "nibble", "-"}, input).code, 2);
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

// `against_db` and `facts` in .factlint.toml do what --against-db and
// --facts do, so hooks and CI need not repeat them.
TEST(ConfiguredInputsTest, AgainstDbAndFactsFromTheConfiguration) {
  const std::string root = FACTLINT_SOURCE_DIR;
  std::string dir = TempDir();
  std::string db = dir + "/seeds.db";
  ASSERT_EQ(RunFactlint({"index", "seeds/", "--db", db}).code, 0);
  std::filesystem::copy_file(root + "/fixtures/workflow/canonical/facts.toml",
                             dir + "/facts.toml");
  WriteFile(dir + "/.factlint.toml",
            "against_db = [\"seeds.db\"]\nfacts = \"facts.toml\"\n");
  const std::string draft = "fixtures/cli/draft-against-seeds/draft.md";
  const std::string config = dir + "/.factlint.toml";
  RunResult configured = RunFactlint({"check", "--config", config, draft});
  RunResult given = RunFactlint(
      {"check", "--no-config", "--against-db", db, "--facts", dir + "/facts.toml", draft});
  EXPECT_EQ(configured.code, 1) << configured.err;
  EXPECT_EQ(configured.out, given.out);
  EXPECT_TRUE(Contains(configured.out, "526家")) << configured.out;  // against the index

  const std::string canonical_draft = "fixtures/workflow/canonical/draft.md";
  RunResult facts = RunFactlint({"check", "--config", config, canonical_draft});
  EXPECT_TRUE(Contains(facts.out, "[fact-canonical]")) << facts.out;
  // --facts replaces the configured file: an empty facts file finds nothing canonical.
  WriteFile(dir + "/none.toml", "");
  RunResult replaced =
      RunFactlint({"check", "--config", config, "--facts", dir + "/none.toml", canonical_draft});
  EXPECT_FALSE(Contains(replaced.out, "[fact-canonical]")) << replaced.out;

  WriteFile(dir + "/bad.toml", "facts = [\"a\"]\nagainst_db = \"x.db\"\n");
  RunResult bad = RunFactlint({"check", "--config", dir + "/bad.toml", draft});
  EXPECT_EQ(bad.code, 2);
  EXPECT_TRUE(Contains(bad.err, "'facts' must be a string, not an array")) << bad.err;
  EXPECT_TRUE(Contains(bad.err, "'against_db' must be an array of strings")) << bad.err;
}

TEST(ConfiguredInputsTest, PrintConfigShowsTheResolvedConfiguration) {
  std::string dir = TempDir();
  WriteFile(dir + "/.factlint.toml",
            "against = [\"archive\"]\nfacts = \"facts.toml\"\nfail_on = \"warning\"\n"
            "exclude = [\"drafts\"]\n[severity]\nfact-bounds = \"warning\"\n");
  RunResult r = RunFactlint({"check", "--config", dir + "/.factlint.toml", "--print-config",
                             "--against", "seeds/", "--severity", "fact-growth=off",
                             "--fail-on", "never"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "configuration = '" + dir + "/.factlint.toml'")) << r.out;
  EXPECT_TRUE(Contains(r.out, "paths = [ '" + dir + "' ]")) << r.out;
  EXPECT_TRUE(Contains(r.out, "against = [ 'seeds/', '" + dir + "/archive' ]")) << r.out;
  EXPECT_TRUE(Contains(r.out, "facts = '" + dir + "/facts.toml'")) << r.out;
  EXPECT_TRUE(Contains(r.out, "fail_on = 'never'")) << r.out;  // the command line wins
  EXPECT_TRUE(Contains(r.out, "fact-bounds = 'warning'")) << r.out;
  EXPECT_TRUE(Contains(r.out, "fact-growth = 'off'")) << r.out;
  EXPECT_TRUE(Contains(r.out, "fact-conflict = 'error'")) << r.out;  // a default
  EXPECT_TRUE(Contains(r.out, "same_time_window_days = 183")) << r.out;
  EXPECT_TRUE(Contains(r.out, "rule_directory = '")) << r.out;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(SarifConventionsTest, EveryRuleHasHelpAndStdinHasItsName) {
  std::string dir = TempDir();
  std::string input = dir + "/draft";
  WriteFile(input, "中国大陆企业有525家，占比达到126.3%。\n");
  RunResult r = RunFactlint({"check", "--format", "sarif", "--stdin-filename", "drafts/a.md"}, input);
  ASSERT_EQ(r.code, 1) << r.err;
  json run = json::parse(r.out)["runs"][0];
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_GT(rules.size(), 20u);
  for (const json& rule : rules) {
    std::string id = rule["id"];
    ASSERT_TRUE(rule.contains("help")) << id;
    std::string text = rule["help"]["text"], markdown = rule["help"]["markdown"];
    EXPECT_EQ(text.rfind(rule["fullDescription"]["text"].get<std::string>(), 0), 0u) << id;
    // Findings of the checks say how to tune them; input problems do not.
    bool tunable = id.rfind("fact-", 0) == 0 || id.rfind("suppression-", 0) == 0;
    EXPECT_EQ(Contains(text, "--severity " + id + "=warning"), tunable) << id;
    EXPECT_EQ(Contains(markdown, "`factlint-disable-next-line " + id + "`"), tunable) << id;
  }
  // Standard input named by --stdin-filename is a file URI like any other.
  json loc = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(loc["uri"], "drafts/a.md");
  EXPECT_EQ(loc["uriBaseId"], "%SRCROOT%");
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

// A directory PATH leaves out what .gitignore and .factlintignore ignore,
// nested ones included, the way git does; a file named on the command line
// is read whatever they say.
TEST(IgnoreFilesConventionTest, DirectoryWalksHonourIgnoreFiles) {
  std::string dir = TempDir();
  std::filesystem::create_directories(dir + "/repo/.git");
  std::filesystem::create_directories(dir + "/repo/docs/generated");
  std::filesystem::create_directories(dir + "/repo/docs/notes");
  const std::string bad = "中国大陆企业有525家，占比达到126.3%。\n";
  WriteFile(dir + "/repo/.gitignore", "generated/\n*.tmp.md\n");
  WriteFile(dir + "/repo/docs/a.md", bad);
  WriteFile(dir + "/repo/docs/generated/b.md", bad);
  WriteFile(dir + "/repo/docs/c.tmp.md", bad);
  WriteFile(dir + "/repo/docs/notes/.factlintignore", "*.md\n!keep.md\n");
  WriteFile(dir + "/repo/docs/notes/drop.md", bad);
  WriteFile(dir + "/repo/docs/notes/keep.md", bad);
  // Walking docs/ reads the ignore files above it up to the repository root.
  RunResult r = RunFactlint({"check", "--no-config", dir + "/repo/docs"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(Contains(r.out, dir + "/repo/docs/a.md:1:")) << r.out;
  EXPECT_TRUE(Contains(r.out, dir + "/repo/docs/notes/keep.md:1:")) << r.out;
  EXPECT_FALSE(Contains(r.out, "generated")) << r.out;
  EXPECT_FALSE(Contains(r.out, "c.tmp.md")) << r.out;
  EXPECT_FALSE(Contains(r.out, "drop.md")) << r.out;
  EXPECT_TRUE(Contains(r.out, "2 errors")) << r.out;
  // Named directly, an ignored file is checked.
  RunResult named = RunFactlint({"check", "--no-config", dir + "/repo/docs/c.tmp.md"});
  EXPECT_EQ(named.code, 1);
  // Reference material is read whole: an ignored file there still speaks.
  WriteFile(dir + "/repo/docs/generated/archive.md", "2024年，全国油料总产量达到780亿斤。\n");
  WriteFile(dir + "/draft.txt", "2024年全国油料总产量达到787亿斤。\n");
  RunResult against = RunFactlint({"check", "--no-config", dir + "/draft.txt", "--against",
                                   dir + "/repo/docs"});
  EXPECT_EQ(against.code, 1);
  EXPECT_TRUE(Contains(against.out, "[fact-conflict]")) << against.out;
  EXPECT_TRUE(Contains(against.out, "generated/archive.md")) << against.out;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

// A quoted glob ('docs/**/*.md') is expanded by factlint, as include and
// exclude patterns match: '*' stays within a directory, '**/' crosses any.
TEST(PathGlobsTest, QuotedGlobsAreExpanded) {
  std::string dir = TempDir();
  std::filesystem::create_directories(dir + "/docs/deep");
  const std::string bad = "中国大陆企业有525家，占比达到126.3%。\n";
  WriteFile(dir + "/docs/a.md", bad);
  WriteFile(dir + "/docs/deep/b.md", bad);
  WriteFile(dir + "/docs/c.txt", bad);
  auto files = [&](const std::string& pattern) {
    RunResult r = RunFactlint({"check", "--no-config", "--format", "json", pattern});
    std::vector<std::string> paths;
    json report = json::parse(r.out);
    for (const json& d : report["diagnostics"])
      paths.push_back(d["location"]["path"].get<std::string>().substr(dir.size() + 1));
    return paths;
  };
  EXPECT_EQ(files(dir + "/docs/*.md"), std::vector<std::string>{"docs/a.md"});
  EXPECT_EQ(files(dir + "/docs/**/*.md"),
            (std::vector<std::string>{"docs/a.md", "docs/deep/b.md"}));
  EXPECT_EQ(files(dir + "/docs/*"), (std::vector<std::string>{"docs/a.md", "docs/c.txt"}));
  // A pattern that matches nothing is reported, not passed over.
  RunResult none = RunFactlint({"check", "--no-config", dir + "/docs/*.markdown"});
  EXPECT_EQ(none.code, 2);
  EXPECT_TRUE(Contains(none.out, "docs/*.markdown: error:")) << none.out;
}

}  // namespace
}  // namespace factlint::testing
