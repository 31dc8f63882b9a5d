#include "config/config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace factlint {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("factlint_config_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path Write(const std::string& rel, const std::string& text) const {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::optional<Config> Parse(std::string_view text,
                            std::vector<Diagnostic>* errors) {
  return ParseConfig("/proj/.factlint.toml", text, errors);
}

TEST(FindConfigTest, FoundInStartDirAndUpwards) {
  TempDir tmp;
  tmp.Write(".git/HEAD", "ref");
  tmp.Write(".factlint.toml", "");
  fs::create_directories(tmp.path() / "a/b/c");
  std::string want = (tmp.path() / ".factlint.toml").string();
  EXPECT_EQ(FindConfig(tmp.path().string()), want);
  EXPECT_EQ(FindConfig((tmp.path() / "a/b/c").string()), want);
  tmp.Write("a/b/.factlint.toml", "");
  EXPECT_EQ(FindConfig((tmp.path() / "a/b/c").string()),
            (tmp.path() / "a/b/.factlint.toml").string());
}

TEST(FindConfigTest, StopsAtGitRoot) {
  TempDir tmp;
  tmp.Write(".factlint.toml", "");           // outside the repository
  tmp.Write("repo/.git", "gitdir: elsewhere");  // a worktree's .git file
  fs::create_directories(tmp.path() / "repo/sub");
  EXPECT_EQ(FindConfig((tmp.path() / "repo/sub").string()), "");
  EXPECT_EQ(FindConfig((tmp.path() / "repo").string()), "");
  tmp.Write("repo/.factlint.toml", "");      // at the root: still found
  EXPECT_EQ(FindConfig((tmp.path() / "repo/sub").string()),
            (tmp.path() / "repo/.factlint.toml").string());
}

TEST(LoadConfigTest, FullSchema) {
  TempDir tmp;
  fs::path file = tmp.Write(".factlint.toml", R"(
against = ["archive/", "/abs/ref"]
rules = ["rules"]
fail_on = "warning"
include = ["**/*.md"]
exclude = ["drafts/old/**"]
[severity]
fact-conflict = "warning"
fact-bounds = "off"
[[document]]
glob = "reports/2024/**"
date = "2024-03-05"
source = "政府工作报告"
period = "2023"
[[document]]
glob = "notes/*.md"
date = 2025-12-19
period = 2025
[tolerance]
same_time_window_days = 400
)");
  std::vector<Diagnostic> errors;
  std::optional<Config> c = LoadConfig(file.string(), &errors);
  ASSERT_TRUE(c.has_value()) << (errors.empty() ? "" : errors[0].message);
  EXPECT_TRUE(errors.empty());
  std::string dir = tmp.path().string();
  EXPECT_EQ(c->directory, dir);
  ASSERT_EQ(c->against.size(), 2u);
  EXPECT_EQ(c->against[0], dir + "/archive");
  EXPECT_EQ(c->against[1], "/abs/ref");
  ASSERT_EQ(c->rules.size(), 1u);
  EXPECT_EQ(c->rules[0], dir + "/rules");
  EXPECT_EQ(c->fail_on, FailOn::kWarning);
  EXPECT_EQ(c->severity.at("fact-conflict"), Severity::kWarning);
  EXPECT_FALSE(c->severity.at("fact-bounds").has_value());
  EXPECT_EQ(c->severity_locations.at("fact-conflict").line, 8u);
  ASSERT_EQ(c->documents.size(), 2u);
  EXPECT_EQ(c->documents[0].source, "政府工作报告");
  EXPECT_EQ(c->documents[0].period, "2023");
  EXPECT_EQ(c->documents[1].date, "2025-12-19");
  EXPECT_EQ(c->documents[1].period, "2025");
  EXPECT_EQ(c->same_time_window_days, 400);

  EXPECT_TRUE(c->Selects(dir + "/reports/2024/a.md"));
  EXPECT_FALSE(c->Selects(dir + "/reports/2024/a.txt"));  // not included
  EXPECT_FALSE(c->Selects(dir + "/drafts/old/x.md"));     // excluded
  EXPECT_TRUE(c->Selects("/elsewhere/x.txt"));            // outside
  ASSERT_NE(c->DocumentFor(dir + "/reports/2024/q1/a.md"), nullptr);
  EXPECT_EQ(c->DocumentFor(dir + "/reports/2024/q1/a.md")->date, "2024-03-05");
  EXPECT_EQ(c->DocumentFor(dir + "/notes/x/a.md"), nullptr);
  EXPECT_EQ(c->RelativePath(dir + "/a/../b.md"), "b.md");

  SeverityMap map;
  c->ApplySeverities(&map);
  std::vector<Diagnostic> both(2);
  both[0].rule_id = "fact-conflict";
  both[1].rule_id = "fact-bounds";
  DiagnosticList ds(both);
  map.Apply(&ds);
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].severity, Severity::kWarning);
}

TEST(LoadConfigTest, EmptyFileIsValidWithDefaults) {
  std::vector<Diagnostic> errors;
  std::optional<Config> c = Parse("", &errors);
  ASSERT_TRUE(c.has_value());
  EXPECT_FALSE(c->fail_on.has_value());
  EXPECT_FALSE(c->same_time_window_days.has_value());
  EXPECT_TRUE(c->Selects("/proj/anything.txt"));
}

TEST(LoadConfigTest, SyntaxErrorIsLocated) {
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(Parse("fail_on = \"error\"\nagainst = [\"a\",\n  = 3\n",
                     &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule_id, "config-syntax");
  EXPECT_EQ(errors[0].location.path, "/proj/.factlint.toml");
  EXPECT_EQ(errors[0].location.line, 3u);
  EXPECT_GT(errors[0].location.column, 0u);
}

struct ErrorCase {
  const char* text;
  uint32_t line;
  uint32_t column;
  const char* needle;  // expected in the message
};

TEST(LoadConfigTest, EveryErrorKindIsLocated) {
  const ErrorCase cases[] = {
      {"against = [\"a\"]\nagaints = [\"b\"]\n", 2, 1, "unknown key 'againts'"},
      {"against = \"archive/\"\n", 1, 11, "must be an array of strings"},
      {"rules = [\"a\", 3]\n", 1, 15, "elements of 'rules' must be strings"},
      {"include = [\"\"]\n", 1, 12, "empty"},
      {"fail_on = 1\n", 1, 11, "must be a string"},
      {"fail_on = \"fatal\"\n", 1, 11, "unknown fail_on level"},
      {"[severity]\nfact-conflict = \"fatal\"\n", 2, 17, "unknown severity"},
      {"[severity]\nfact-conflict = true\n", 2, 17, "must be a string"},
      {"severity = \"off\"\n", 1, 12, "must be a table"},
      {"[[document]]\nglob = \"a/**\"\ndate = \"2024-02-30\"\n", 3, 8,
       "malformed date"},
      {"[[document]]\nglob = \"a/**\"\ndate = \"5 March 2024\"\n", 3, 8,
       "malformed date"},
      {"[[document]]\nglob = \"a\"\ndate = 2024\n", 3, 8, "must be a date"},
      {"[[document]]\nglob = \"a\"\nauthor = \"x\"\n", 3, 1,
       "unknown key 'author' in [[document]]"},
      {"[[document]]\ndate = \"2024-03-05\"\n", 1, 1, "needs a 'glob'"},
      {"document = 3\n", 1, 12, "array of tables"},
      {"[tolerance]\nsame_time_window_days = \"400\"\n", 2, 25,
       "must be an integer"},
      {"[tolerance]\nsame_time_window_days = -1\n", 2, 25, "between"},
      {"[tolerance]\nwindow = 3\n", 2, 1, "unknown key 'window'"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<Diagnostic> errors;
    EXPECT_FALSE(Parse(c.text, &errors).has_value());
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule_id, "config-error");
    EXPECT_EQ(errors[0].severity, Severity::kError);
    EXPECT_EQ(errors[0].location.path, "/proj/.factlint.toml");
    EXPECT_EQ(errors[0].location.line, c.line);
    EXPECT_EQ(errors[0].location.column, c.column);
    EXPECT_NE(errors[0].message.find(c.needle), std::string::npos)
        << errors[0].message;
  }
}

TEST(LoadConfigTest, ReportsAllErrorsAtOnce) {
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(Parse("a = 1\nb = 2\nfail_on = \"x\"\n", &errors));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[2].location.line, 3u);
}

TEST(LoadConfigTest, ColumnsCountCodePoints) {
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(Parse("[[document]]\nglob = \"a\"\nsource = \"报告\"\n"
                     "period = \"二〇二三\"; x = 1\n",
                     &errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].rule_id, "config-syntax");
  EXPECT_EQ(errors[0].location.line, 4u);
  EXPECT_EQ(errors[0].location.column, 16u);  // the ';' after 4 CJK chars
}

TEST(LoadConfigTest, UnreadableFile) {
  TempDir tmp;
  std::vector<Diagnostic> errors;
  EXPECT_FALSE(LoadConfig((tmp.path() / "missing.toml").string(), &errors));
  EXPECT_FALSE(LoadConfig(tmp.path().string(), &errors));  // a directory
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].rule_id, "config-error");
  EXPECT_EQ(errors[0].location.line, 0u);
}

TEST(LoadConfigTest, UnknownRuleIdsInSeverity) {
  std::vector<Diagnostic> errors;
  std::optional<Config> c =
      Parse("[severity]\nfact-conflict = \"off\"\nfact-confilct = \"off\"\n",
            &errors);
  ASSERT_TRUE(c.has_value());
  EXPECT_FALSE(CheckRuleIds(*c, {"fact-conflict"}, &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].location.line, 3u);
  EXPECT_TRUE(CheckRuleIds(*c, {"fact-conflict", "fact-confilct"}, &errors));
}

TEST(StarterConfigTest, LoadsWithoutError) {
  TempDir tmp;
  fs::path file = tmp.Write(".factlint.toml", StarterConfig());
  std::vector<Diagnostic> errors;
  std::optional<Config> c = LoadConfig(file.string(), &errors);
  ASSERT_TRUE(c.has_value()) << errors[0].message << " at line "
                             << errors[0].location.line;
  EXPECT_EQ(c->fail_on, FailOn::kError);
  EXPECT_TRUE(c->Selects((tmp.path() / "a/b.md").string()));
  EXPECT_FALSE(c->Selects((tmp.path() / "a/b.pdf").string()));
}

TEST(StarterConfigTest, CommentedExamplesAreValidToo) {
  // Uncommenting every "# key = value" example must still load.
  std::string text = StarterConfig(), uncommented;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string line = text.substr(pos, end - pos);
    if (line.rfind("# ", 0) == 0 && (line.find(" = ") != std::string::npos ||
                                     line.rfind("# [[", 0) == 0))
      line = line.substr(2);
    uncommented += line + "\n";
    pos = end == std::string::npos ? text.size() : end + 1;
  }
  std::vector<Diagnostic> errors;
  std::optional<Config> c = Parse(uncommented, &errors);
  ASSERT_TRUE(c.has_value()) << uncommented << errors[0].message;
  EXPECT_EQ(c->documents.size(), 1u);
  EXPECT_EQ(c->path_dates.size(), 1u);
  EXPECT_EQ(c->same_time_window_days, 400);
  EXPECT_EQ(c->against.size(), 1u);
  EXPECT_EQ(c->lang, "zh");
}

TEST(LoadConfigTest, LangIsANonEmptyString) {
  std::vector<Diagnostic> errors;
  std::optional<Config> c = Parse("lang = \"zh\"\n", &errors);
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->lang, "zh");
  EXPECT_EQ(Parse("", &errors)->lang, "");  // unset: --lang or the locale decide
  for (const char* bad : {"lang = 3\n", "lang = \"\"\n"}) {
    errors.clear();
    EXPECT_FALSE(Parse(bad, &errors).has_value()) << bad;
    ASSERT_EQ(errors.size(), 1u) << bad;
    EXPECT_EQ(errors[0].location.line, 1u);
  }
}

}  // namespace
}  // namespace factlint
