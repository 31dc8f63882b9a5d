#include "config/path_dates.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "config/config.h"

namespace factlint {
namespace {

std::optional<Config> Parse(std::string_view text,
                            std::vector<Diagnostic>* errors) {
  return ParseConfig("/proj/.factlint.toml", text, errors);
}

// The date `pattern` gives `path`, or "error: ..." / "no match".
std::string Date(const std::string& pattern, const std::string& path) {
  std::string why;
  auto re = CompilePathDatePattern(pattern, &why);
  if (!re) return "bad pattern: " + why;
  std::string date, matched, error;
  if (!DateFromPathMatch(*re, path, &date, &matched, &error)) return "no match";
  return date.empty() ? "error: " + error : date;
}

TEST(PathDatesTest, ThreeNamingStyles) {
  const std::string iso =
      R"((?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d))";
  EXPECT_EQ(Date(iso, "archive/2025-12-19-brief.md"), "2025-12-19");
  const std::string year = R"((?:^|/|_)(?P<year>(?:19|20)\d\d)\.txt$)";
  EXPECT_EQ(Date(year, "gwr_2018.txt"), "2018");
  EXPECT_EQ(Date(year, "reports/2018.txt"), "2018");
  const std::string packed =
      R"((?:^|/)(?P<year>(?:19|20)\d\d)(?P<month>\d\d)(?P<day>\d\d)_[^/]*$)";
  EXPECT_EQ(Date(packed, "in/20240305_report.txt"), "2024-03-05");
  EXPECT_EQ(Date(packed, "in/report.txt"), "no match");
}

TEST(PathDatesTest, MonthAndDayAreOptional) {
  EXPECT_EQ(Date(R"((?P<year>\d{4})-(?P<month>\d\d))", "m/2024-03.md"),
            "2024-03");
  // Groups that take no part in the match leave the month or day unknown.
  const std::string optional =
      R"((?P<year>20\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?)";
  EXPECT_EQ(Date(optional, "a/2023.md"), "2023");
  EXPECT_EQ(Date(optional, "a/2023-07.md"), "2023-07");
  EXPECT_EQ(Date(optional, "a/2023-07-01.md"), "2023-07-01");
  EXPECT_EQ(Date(R"((?P<year>20\d\d)?x)", "a/x.md"), "no match");
}

TEST(PathDatesTest, ImpossibleDatesAreErrors) {
  const std::string iso = R"((?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d))";
  EXPECT_EQ(Date(iso, "2024-13-01.md"), "error: month 13 is not from 1 to 12");
  EXPECT_EQ(Date(iso, "2024-02-30.md"),
            "error: 2024-02-30 is not a calendar day");
  EXPECT_EQ(Date(iso, "2024-02-29.md"), "2024-02-29");  // a leap year
  EXPECT_EQ(Date(iso, "2023-02-29.md"),
            "error: 2023-02-29 is not a calendar day");
  EXPECT_EQ(Date(iso, "1234-01-01.md"),
            "error: year 1234 is not from 1900 to 2099");
  EXPECT_EQ(Date(R"((?P<year>\w{4}))", "abcd"),
            "error: year abcd is not from 1900 to 2099");
}

TEST(PathDatesTest, BadPatterns) {
  EXPECT_EQ(Date(R"((?P<year>\d{4})", "x"),
            "bad pattern: does not compile: missing ): (?P<year>\\d{4}");
  EXPECT_NE(Date(R"(\d{4})", "x").find("needs a named group 'year'"),
            std::string::npos);
  EXPECT_NE(Date(R"((?P<yr>\d{4}))", "x").find("unknown group 'yr'"),
            std::string::npos);
  EXPECT_NE(Date(R"((?P<year>\d{4})(?P<day>\d\d))", "x")
                .find("'day' needs a group 'month'"),
            std::string::npos);
}

TEST(PathDatesTest, ConfigDatesDocumentsByRelativePath) {
  std::vector<Diagnostic> errors;
  std::optional<Config> c = Parse(R"toml(
[dates]
from_path = ['^archive/(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)',
             '_(?P<year>(?:19|20)\d\d)\.txt$']
)toml",
                                  &errors);
  ASSERT_TRUE(c.has_value()) << errors[0].message;
  ASSERT_EQ(c->path_dates.size(), 2u);
  EXPECT_EQ(c->path_dates[1].location.line, 4u);
  EXPECT_EQ(c->path_dates[1].location.column, 14u);
  Diagnostic error;
  EXPECT_EQ(c->DateFromPath("/proj/archive/2025-12-19-brief.md", &error),
            "2025-12-19");
  EXPECT_EQ(c->DateFromPath("/proj/./x/../gwr_2018.txt", &error), "2018");
  // The path is relative to the configuration's directory: "^archive/"
  // does not match below another directory, and files outside get nothing.
  EXPECT_EQ(c->DateFromPath("/proj/old/archive/2025-12-19.md", &error), "");
  EXPECT_EQ(c->DateFromPath("/elsewhere/gwr_2018.txt", &error), "");
  EXPECT_EQ(c->DateFromPath("-", &error), "");
  EXPECT_TRUE(error.message.empty());

  // The first matching pattern decides, even when its date is impossible.
  EXPECT_EQ(c->DateFromPath("/proj/archive/2025-02-30_2018.txt", &error), "");
  EXPECT_EQ(error.rule_id, "config-error");
  EXPECT_EQ(error.location.path, "/proj/.factlint.toml");
  EXPECT_EQ(error.location.line, 3u);
  EXPECT_EQ(error.location.column, 14u);
  EXPECT_EQ(error.message,
            "'archive/2025-02-30_2018.txt': from_path pattern matches "
            "'archive/2025-02-30', but 2025-02-30 is not a calendar day");
}

TEST(PathDatesTest, OnePatternAsAString) {
  std::vector<Diagnostic> errors;
  std::optional<Config> c =
      Parse("[dates]\nfrom_path = '(?P<year>20\\d\\d)'\n", &errors);
  ASSERT_TRUE(c.has_value());
  ASSERT_EQ(c->path_dates.size(), 1u);
  EXPECT_EQ(c->DateFromPath("/proj/a/2021.md", nullptr), "2021");
}

TEST(PathDatesTest, ConfigErrorsAreLocated) {
  struct Case {
    const char* text;
    uint32_t line, column;
    const char* needle;
  } cases[] = {
      {"[dates]\nfrom_path = '(?P<year>\\d{4}'\n", 2, 13, "does not compile"},
      {"[dates]\nfrom_path = ['x', '\\d{4}']\n", 2, 14, "named group 'year'"},
      {"[dates]\nfrom_path = 2024\n", 2, 13, "a string or an array"},
      {"[dates]\nfrom_path = ['(?P<year>\\d{4})', 3]\n", 2, 33,
       "must be strings"},
      {"[dates]\nfrom_name = 'x'\n", 2, 1, "unknown key 'from_name' in [dates]"},
      {"dates = 'x'\n", 1, 9, "must be a table"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<Diagnostic> errors;
    EXPECT_FALSE(Parse(c.text, &errors).has_value());
    ASSERT_GE(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule_id, "config-error");
    EXPECT_EQ(errors[0].location.line, c.line);
    EXPECT_EQ(errors[0].location.column, c.column);
    EXPECT_NE(errors[0].message.find(c.needle), std::string::npos)
        << errors[0].message;
  }
}

}  // namespace
}  // namespace factlint
