// ParseSuppressions: finds directive lines, then resolves next-line targets
// and disable/enable regions.
#include <algorithm>
#include <cctype>

#include "base/strings.h"
#include "diag/suppression.h"

namespace factlint {
namespace {

constexpr std::string_view kPrefix = "factlint-";
constexpr std::string_view kIdeographicSpace = "\u3000";
constexpr std::string_view kBom = "\uFEFF";

struct Line {
  uint32_t number = 0;
  std::string_view text;  // without the line end
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  uint32_t number = 1;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back({number++, text.substr(start, i - start)});
    if (i < text.size() && text[i] == '\r' && i + 1 < text.size() &&
        text[i + 1] == '\n')
      ++i;
    start = i + 1;
  }
  return lines;
}

// Offsets of `s` within its line; `s` must be a substring of it.
size_t OffsetIn(std::string_view line, std::string_view s) {
  return static_cast<size_t>(s.data() - line.data());
}

std::string_view Trim(std::string_view s) {
  while (true) {
    size_t before = s.size();
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
      s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
      s.remove_suffix(1);
    for (std::string_view w : {kIdeographicSpace, kBom}) {
      if (s.substr(0, w.size()) == w) s.remove_prefix(w.size());
      if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w)
        s.remove_suffix(w.size());
    }
    if (s.size() == before) return s;
  }
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The directive text of a line written as a comment of one of the accepted
// forms, or an empty view.
std::string_view DirectiveBody(std::string_view trimmed) {
  std::string_view body;
  if (StartsWith(trimmed, "<!--") && EndsWith(trimmed, "-->") &&
      trimmed.size() >= 7) {
    body = trimmed.substr(4, trimmed.size() - 7);
  } else if (StartsWith(trimmed, "【") && EndsWith(trimmed, "】") &&
             trimmed.size() >= 6) {
    body = trimmed.substr(3, trimmed.size() - 6);
  } else if (StartsWith(trimmed, "//")) {
    body = trimmed.substr(2);
  } else if (StartsWith(trimmed, "#")) {
    body = trimmed.substr(1);
  } else {
    return {};
  }
  body = Trim(body);
  return StartsWith(body, kPrefix) ? body : std::string_view();
}

bool IsRuleChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
         c == '_' || c == '.' || c == '/';
}

// Splits the rule list on whitespace and commas (also "，" and "、"); stops
// at a "--" that starts a free-text reason.
std::vector<std::string_view> RuleTokens(std::string_view s) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < s.size()) {
    if (std::isspace(static_cast<unsigned char>(s[i])) || s[i] == ',') {
      ++i;
      continue;
    }
    bool sep = false;
    for (std::string_view w : {kIdeographicSpace, std::string_view("，"),
                               std::string_view("、")})
      if (s.substr(i, w.size()) == w) {
        i += w.size();
        sep = true;
      }
    if (sep) continue;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])) &&
           s[j] != ',' && s.substr(j, 3) != "，" && s.substr(j, 3) != "、" &&
           s.substr(j, 3) != kIdeographicSpace)
      ++j;
    std::string_view token = s.substr(i, j - i);
    if (token == "--") break;
    tokens.push_back(token);
    i = j;
  }
  return tokens;
}

class Parser {
 public:
  Parser(const std::string& path, std::vector<Suppression>* out)
      : path_(path), out_(out) {}

  // Returns whether the line is a directive line.
  bool Scan(const Line& line) {
    std::string_view body = DirectiveBody(Trim(line.text));
    if (body.empty()) return false;
    std::string_view rest = body.substr(kPrefix.size());
    size_t n = 0;
    while (n < rest.size() && (std::islower(static_cast<unsigned char>(
                                   rest[n])) || rest[n] == '-'))
      ++n;
    std::string_view name = body.substr(0, kPrefix.size() + n);
    Suppression::Kind kind;
    if (name == "factlint-disable-next-line") {
      kind = Suppression::Kind::kNextLine;
    } else if (name == "factlint-disable") {
      kind = Suppression::Kind::kRegion;
    } else if (name == "factlint-enable") {
      kind = Suppression::Kind::kEnable;
    } else {
      Malformed(line, body, std::string(name), "unknown directive '" +
                std::string(name) + "' (expected factlint-disable-next-line, "
                "factlint-disable or factlint-enable)");
      return true;
    }
    std::string_view args = rest.substr(n);
    if (!args.empty() && !std::isspace(static_cast<unsigned char>(args[0])) &&
        args[0] != ',' && !StartsWith(args, kIdeographicSpace) &&
        !StartsWith(args, "，") && !StartsWith(args, "、")) {
      Malformed(line, body, std::string(name), "unknown directive '" +
                std::string(name) + std::string(args.substr(0, 1)) + "…'");
      return true;
    }
    std::vector<std::string_view> rules = RuleTokens(args);
    for (std::string_view rule : rules) {
      if (!std::all_of(rule.begin(), rule.end(), IsRuleChar)) {
        Malformed(line, rule, std::string(name), "'" + std::string(rule) +
                  "' is not a rule id; separate rule ids with commas or "
                  "spaces and put a reason after ' -- '");
        return true;
      }
    }
    if (rules.empty()) rules.push_back({});
    for (std::string_view rule : rules) {
      Suppression s;
      s.kind = kind;
      s.directive = std::string(name);
      s.rule = std::string(rule);
      s.location = Locate(line, rule.empty() ? body : rule);
      out_->push_back(std::move(s));
    }
    return true;
  }

 private:
  Location Locate(const Line& line, std::string_view part) const {
    Location l;
    l.path = path_;
    l.line = l.end_line = line.number;
    size_t at = OffsetIn(line.text, part);
    l.column = static_cast<uint32_t>(CountCodePoints(line.text.substr(0, at))) + 1;
    l.end_column = l.column + static_cast<uint32_t>(CountCodePoints(part));
    return l;
  }

  void Malformed(const Line& line, std::string_view part,
                 std::string name, std::string problem) {
    Suppression s;
    s.kind = Suppression::Kind::kMalformed;
    s.directive = std::move(name);
    s.problem = std::move(problem);
    s.location = Locate(line, part);
    out_->push_back(std::move(s));
  }

  const std::string& path_;
  std::vector<Suppression>* out_;
};

bool IsMarkdown(const std::string& path) {
  std::string lower;
  for (char c : path)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return EndsWith(lower, ".md") || EndsWith(lower, ".markdown");
}

// Fence string ("```", "~~~~") opening or closing a fenced code block, or "".
std::string_view Fence(std::string_view trimmed) {
  if (trimmed.empty() || (trimmed[0] != '`' && trimmed[0] != '~')) return {};
  size_t n = 0;
  while (n < trimmed.size() && trimmed[n] == trimmed[0]) ++n;
  return n >= 3 ? trimmed.substr(0, n) : std::string_view();
}

// Resolves next-line targets and region ends in place.
void Resolve(const std::vector<Line>& lines, const std::vector<bool>& skip,
             std::vector<Suppression>* all) {
  std::vector<size_t> open;  // indices of kRegion entries still open
  for (size_t i = 0; i < all->size(); ++i) {
    Suppression& s = (*all)[i];
    uint32_t at = s.location.line;
    if (s.kind == Suppression::Kind::kNextLine) {
      for (uint32_t l = at + 1; l <= lines.size(); ++l) {
        if (skip[l - 1]) continue;
        s.first_line = s.last_line = l;
        break;
      }
    } else if (s.kind == Suppression::Kind::kRegion) {
      s.first_line = at + 1;
      s.last_line = kToEndOfFile;
      open.push_back(i);
    } else if (s.kind == Suppression::Kind::kEnable) {
      for (auto it = open.begin(); it != open.end();) {
        Suppression& region = (*all)[*it];
        if (s.rule.empty() || region.rule == s.rule) {
          region.last_line = at - 1;
          s.closes_region = true;
          it = open.erase(it);
        } else {
          ++it;
        }
      }
    }
  }
}

}  // namespace

std::vector<Suppression> ParseSuppressions(const std::string& path,
                                           std::string_view text) {
  std::vector<Suppression> out;
  std::vector<Line> lines = SplitLines(text);
  // skip[i]: line i+1 is blank or a directive, so next-line passes over it.
  std::vector<bool> skip(lines.size(), false);
  bool markdown = IsMarkdown(path);
  std::string fence;  // open fenced code block, "" if none
  Parser parser(path, &out);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view trimmed = Trim(lines[i].text);
    if (markdown) {
      std::string_view f = Fence(trimmed);
      if (fence.empty() && !f.empty()) {
        fence = std::string(f);
        continue;
      }
      if (!fence.empty()) {
        if (!f.empty() && f[0] == fence[0] && f.size() >= fence.size() &&
            Trim(trimmed.substr(f.size())).empty())
          fence.clear();
        continue;
      }
    }
    skip[i] = trimmed.empty() || parser.Scan(lines[i]);
  }
  Resolve(lines, skip, &out);
  return out;
}

}  // namespace factlint
