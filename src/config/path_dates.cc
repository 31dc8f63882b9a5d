// [dates] from_path: compiling the patterns and dating a path with them.
#include "config/path_dates.h"

#include <cstdio>
#include <map>
#include <vector>

#include <re2/re2.h>

#include "config/config.h"

namespace factlint {
namespace {

// A group's text as a number of at most `max_digits` ASCII digits; -1 when
// it is anything else.
int Digits(re2::StringPiece s, size_t max_digits) {
  if (s.empty() || s.size() > max_digits) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

bool IsCalendarDay(int y, int m, int d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::shared_ptr<const re2::RE2> CompilePathDatePattern(
    const std::string& pattern, std::string* error) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_shared<const re2::RE2>(pattern, options);
  if (!re->ok()) {
    *error = "does not compile: " + re->error();
    return nullptr;
  }
  const std::map<std::string, int>& groups = re->NamedCapturingGroups();
  for (const auto& [name, index] : groups) {
    if (name != "year" && name != "month" && name != "day") {
      *error = "unknown group '" + name + "' (expected year, month or day)";
      return nullptr;
    }
  }
  if (!groups.count("year")) {
    *error = "needs a named group 'year', e.g. (?P<year>(?:19|20)\\d\\d)";
    return nullptr;
  }
  if (groups.count("day") && !groups.count("month")) {
    *error = "a group 'day' needs a group 'month'";
    return nullptr;
  }
  return re;
}

bool DateFromPathMatch(const re2::RE2& re, const std::string& path,
                       std::string* date, std::string* matched,
                       std::string* error) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(n);
  if (!re.Match(path, 0, path.size(), re2::RE2::UNANCHORED, groups.data(), n))
    return false;
  const std::map<std::string, int>& names = re.NamedCapturingGroups();
  auto group = [&](const char* name) {
    auto it = names.find(name);
    return it == names.end() ? re2::StringPiece() : groups[it->second];
  };
  re2::StringPiece y = group("year"), m = group("month"), d = group("day");
  if (y.data() == nullptr) return false;  // an optional year took no part
  matched->assign(groups[0].data(), groups[0].size());
  date->clear();
  int year = Digits(y, 4), month = 0, day = 0;
  if (y.size() != 4 || year < 1900 || year > 2099) {
    *error = "year " + std::string(y) + " is not from 1900 to 2099";
    return true;
  }
  if (!m.empty() && ((month = Digits(m, 2)) < 1 || month > 12)) {
    *error = "month " + std::string(m) + " is not from 1 to 12";
    return true;
  }
  if (!d.empty() && (month == 0 || (day = Digits(d, 2)) < 1 ||
                     !IsCalendarDay(year, month, day))) {
    *error = month == 0 ? "it gives a day without a month"
                        : std::string(y) + "-" + std::string(m) + "-" +
                              std::string(d) + " is not a calendar day";
    return true;
  }
  char buf[16];
  if (day)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (month)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else
    std::snprintf(buf, sizeof buf, "%04d", year);
  *date = buf;
  return true;
}

std::string Config::DateFromPath(const std::string& file,
                                 Diagnostic* error) const {
  if (path_dates.empty() || file == "-") return "";
  std::string rel = RelativePath(file);
  if (rel.empty()) return "";
  for (const PathDatePattern& p : path_dates) {
    std::string date, matched, why;
    if (!DateFromPathMatch(*p.re, rel, &date, &matched, &why)) continue;
    if (date.empty() && error) {
      error->rule_id = "config-error";
      error->severity = Severity::kError;
      error->message = "'" + rel + "': from_path pattern matches '" + matched +
                       "', but " + why;
      error->location = p.location;
    }
    return date;
  }
  return "";
}

}  // namespace factlint
