// Stage 1 of Normalize: line splitting, Markdown structure that is removed
// from the analysed text (front matter, fenced code, HTML comments, inline
// code spans) and URLs.
#include <algorithm>
#include <cctype>
#include <cstring>

#include <strings.h>

#include "base/strings.h"
#include "text/normalize_internal.h"

namespace factlint::internal {

namespace {

std::string_view LineText(const Doc& doc, const Line& line) {
  return std::string_view(*doc.source).substr(line.begin, line.end - line.begin);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void RemoveLine(Doc* doc, Line* line) {
  line->removed = true;
  if (line->end > line->begin) doc->removed.emplace_back(line->begin, line->end);
}

// Front matter: a first line "---", `key: value` lines, a closing "---" or
// "...". Returns the number of lines it spans (0 if there is none).
size_t ReadFrontMatter(Doc* doc) {
  if (doc->lines.empty() || Trim(LineText(*doc, doc->lines[0])) != "---") return 0;
  size_t close = 0;
  for (size_t i = 1; i < doc->lines.size(); ++i) {
    std::string_view t = Trim(LineText(*doc, doc->lines[i]));
    if (t == "---" || t == "...") {
      close = i;
      break;
    }
  }
  if (close == 0) return 0;
  for (size_t i = 1; i < close; ++i) {
    std::string_view t = LineText(*doc, doc->lines[i]);
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view key = Trim(t.substr(0, colon));
    std::string_view value = Trim(t.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    if (!key.empty()) doc->metadata[std::string(key)] = std::string(value);
  }
  for (size_t i = 0; i <= close; ++i) RemoveLine(doc, &doc->lines[i]);
  return close + 1;
}

// A fence line: up to three spaces, then three or more ` or ~.
bool FenceStart(std::string_view t, char* fence_char, size_t* fence_len) {
  size_t i = 0;
  while (i < t.size() && i < 3 && t[i] == ' ') ++i;
  if (i >= t.size() || (t[i] != '`' && t[i] != '~')) return false;
  char c = t[i];
  size_t n = 0;
  while (i + n < t.size() && t[i + n] == c) ++n;
  if (n < 3) return false;
  *fence_char = c;
  *fence_len = n;
  return true;
}

// HTML comments, inline code spans and strong-emphasis markers (** and __)
// in one left-to-right scan, so that a backtick inside a comment (or "<!--"
// inside code) is not misread.
void MarkCommentsAndCode(Doc* doc, size_t first_line) {
  const std::string& s = *doc->source;
  bool in_comment = false;
  uint32_t comment_start = 0;
  for (size_t li = first_line; li < doc->lines.size(); ++li) {
    Line& line = doc->lines[li];
    if (line.removed) continue;
    uint32_t i = line.begin;
    while (i < line.end) {
      if (in_comment) {
        size_t close = s.find("-->", i);
        if (close == std::string::npos || close + 3 > line.end) {
          i = line.end;  // comment continues on the next line
          break;
        }
        doc->removed.emplace_back(comment_start, static_cast<uint32_t>(close + 3));
        in_comment = false;
        i = static_cast<uint32_t>(close + 3);
      } else if (const char c = s[i]; c != '<' && c != '`' && c != '*' && c != '_') {
        // No markup starts here (most bytes), nor in a run of bytes that
        // are not ASCII.
        i = static_cast<uint32_t>(SkipNonAscii(s.data(), i + 1, line.end));
      } else if (s.compare(i, 4, "<!--") == 0 && i + 4 <= line.end) {
        in_comment = true;
        comment_start = i;
        i += 4;
      } else if (s[i] == '`') {
        uint32_t n = 0;
        while (i + n < line.end && s[i + n] == '`') ++n;
        // Find a closing run of exactly n backticks on this line.
        uint32_t j = i + n, close = 0;
        while (j < line.end) {
          if (s[j] != '`') { ++j; continue; }
          uint32_t m = 0;
          while (j + m < line.end && s[j + m] == '`') ++m;
          if (m == n) { close = j + m; break; }
          j += m;
        }
        if (close != 0) {
          doc->removed.emplace_back(i, close);
          i = close;
        } else {
          i += n;  // literal backticks
        }
      } else if (i + 2 <= line.end && (s.compare(i, 2, "**") == 0 || s.compare(i, 2, "__") == 0)) {
        // Strong emphasis markers (**525家**) are markup, not text; the
        // words they mark stay.
        doc->removed.emplace_back(i, i + 2);
        i += 2;
      } else {
        ++i;
      }
    }
  }
  if (in_comment) {  // unterminated: drop to the end
    doc->removed.emplace_back(comment_start, static_cast<uint32_t>(s.size()));
  }
}

bool IsUrlByte(unsigned char c) {
  return c > 0x20 && c < 0x7F && c != '<' && c != '>' && c != '"' && c != '`';
}

}  // namespace

void SplitLines(Doc* doc) {
  const std::string& s = *doc->source;
  const uint32_t n = static_cast<uint32_t>(s.size());
  // The next line feed and the next carriage return, each found by memchr
  // and kept until the scan passes it (a text of bare carriage returns
  // does not search to its end for a line feed once per line).
  auto find = [&](char c, uint32_t from) {
    const void* at = std::memchr(s.data() + from, c, n - from);
    return at ? static_cast<uint32_t>(static_cast<const char*>(at) - s.data()) : n;
  };
  uint32_t lf = find('\n', 0), cr = find('\r', 0);
  uint32_t begin = 0;
  for (;;) {
    if (lf < begin) lf = find('\n', begin);
    if (cr < begin) cr = find('\r', begin);
    uint32_t i = std::min(lf, cr);
    if (i >= n) break;
    Line line;
    line.begin = begin;
    line.end = i;
    doc->lines.push_back(line);
    if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ++i;
    begin = i + 1;
  }
  if (begin < n || n == 0) {
    Line line;
    line.begin = begin;
    line.end = n;
    doc->lines.push_back(line);
  }
}

void ApplyMarkdown(Doc* doc) {
  if (!doc->markdown) return;
  size_t first = ReadFrontMatter(doc);
  bool in_fence = false;
  char fence_char = 0;
  size_t fence_len = 0;
  for (size_t i = first; i < doc->lines.size(); ++i) {
    Line& line = doc->lines[i];
    std::string_view t = LineText(*doc, line);
    char c;
    size_t n;
    if (!in_fence) {
      if (FenceStart(t, &fence_char, &fence_len)) {
        in_fence = true;
        RemoveLine(doc, &line);
      }
      continue;
    }
    RemoveLine(doc, &line);
    if (FenceStart(t, &c, &n) && c == fence_char && n >= fence_len) {
      std::string_view rest = Trim(t);
      if (rest.find_first_not_of(c) == std::string_view::npos) in_fence = false;
    }
  }
  MarkCommentsAndCode(doc, first);
}

void MarkUrls(Doc* doc) {
  const std::string& s = *doc->source;
  for (const Line& line : doc->lines) {
    if (line.removed) continue;
    uint32_t i = line.begin;
    while (i < line.end) {
      // Every URL starts with h or w: most bytes are ruled out by one test.
      const char first = static_cast<char>(s[i] | 0x20);
      if (first != 'h' && first != 'w') {
        i = static_cast<uint32_t>(SkipNonAscii(s.data(), i + 1, line.end));
        continue;
      }
      size_t len = line.end - i;
      bool http = (len > 8 && strncasecmp(s.data() + i, "https://", 8) == 0) ||
                  (len > 7 && strncasecmp(s.data() + i, "http://", 7) == 0);
      bool www = !http && len > 4 && strncasecmp(s.data() + i, "www.", 4) == 0 &&
                 (i == line.begin || !std::isalnum(static_cast<unsigned char>(s[i - 1])));
      if (!http && !www) {
        ++i;
        continue;
      }
      uint32_t j = i;
      while (j < line.end && IsUrlByte(static_cast<unsigned char>(s[j]))) ++j;
      // Sentence punctuation and unbalanced closers after a URL are text.
      while (j > i && std::strchr(".,;:!?'", s[j - 1]) != nullptr) --j;
      while (j > i && (s[j - 1] == ')' || s[j - 1] == ']')) {
        char open = s[j - 1] == ')' ? '(' : '[';
        std::string_view url(s.data() + i, j - i);
        if (std::count(url.begin(), url.end(), open) >=
            std::count(url.begin(), url.end(), s[j - 1])) {
          break;
        }
        --j;
      }
      doc->removed.emplace_back(i, j);
      i = j > i ? j : i + 1;
    }
  }
}

void NormalizeRemoved(Doc* doc) {
  auto& r = doc->removed;
  std::sort(r.begin(), r.end());
  std::vector<std::pair<uint32_t, uint32_t>> merged;
  for (const auto& range : r) {
    if (range.second <= range.first) continue;
    if (!merged.empty() && range.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, range.second);
    } else {
      merged.push_back(range);
    }
  }
  r.swap(merged);
}

}  // namespace factlint::internal
