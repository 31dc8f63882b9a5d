// [dates] from_path: dating documents by their file names. A pattern is an
// RE2 searched for (not anchored) in the path relative to the configuration's
// directory; its named groups year (required), month and day (optional) give
// the date. Config::DateFromPath applies the patterns of a loaded Config.
#ifndef FACTLINT_CONFIG_PATH_DATES_H_
#define FACTLINT_CONFIG_PATH_DATES_H_

#include <memory>
#include <string>

namespace re2 {
class RE2;
}  // namespace re2

namespace factlint {

// Whether y-m-d is a day of the Gregorian calendar (years 1 to 9999).
bool IsCalendarDay(int y, int m, int d);

// The compiled pattern, or nullptr with *error saying why: it does not
// compile, has no group `year`, a named group other than year, month or day,
// or a `day` without a `month`.
std::shared_ptr<const re2::RE2> CompilePathDatePattern(
    const std::string& pattern, std::string* error);

// The date a match of `re` in `path` gives: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD". Returns false when `re` does not match (or its year group
// takes no part). Returns true with *date set, or with *date empty and
// *error saying why the match is no calendar date (a year outside
// 1900-2099, month 13, 2024-02-30). *matched is the text the pattern matched.
bool DateFromPathMatch(const re2::RE2& re, const std::string& path,
                       std::string* date, std::string* matched,
                       std::string* error);

}  // namespace factlint

#endif  // FACTLINT_CONFIG_PATH_DATES_H_
