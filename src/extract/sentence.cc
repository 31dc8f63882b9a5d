#include "extract/sentence.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace factlint {
namespace {

bool StartsWith(std::string_view text, size_t pos, std::string_view what) {
  return text.substr(pos, what.size()) == what;
}

constexpr std::string_view kTerminators[] = {"。", "！", "？", "!", "?"};
constexpr std::string_view kWideClauseDelimiters[] = {"，", "；", "："};
constexpr std::string_view kAsciiClauseDelimiters = ",;:";

// The first bytes of `words` and of `more`: a byte that is none of them
// starts none of the words.
template <size_t N>
std::array<bool, 256> FirstBytes(const std::string_view (&words)[N], std::string_view more) {
  std::array<bool, 256> table{};
  for (std::string_view w : words) table[static_cast<unsigned char>(w[0])] = true;
  for (char c : more) table[static_cast<unsigned char>(c)] = true;
  return table;
}

// Bytes where SplitSentences has something to decide: a line break, a
// terminator's first byte, a full stop. Every other byte is stepped over.
const std::array<bool, 256> kSentenceBytes = FirstBytes(kTerminators, "\n.");
// Bytes where a clause delimiter may start.
const std::array<bool, 256> kClauseBytes = FirstBytes(kWideClauseDelimiters, kAsciiClauseDelimiters);

// Length of the sentence terminator at `pos`, 0 if none.
size_t TerminatorAt(std::string_view text, size_t pos) {
  // Every terminator starts with one of these bytes; most text does not.
  if (!kSentenceBytes[static_cast<unsigned char>(text[pos])]) return 0;
  for (std::string_view t : kTerminators) {
    if (StartsWith(text, pos, t)) return t.size();
  }
  return 0;
}

size_t ClosingQuoteAt(std::string_view text, size_t pos) {
  for (std::string_view t : {"”", "’", "」", "』", "\"", "'", ")", "）"}) {
    if (StartsWith(text, pos, t)) return t.size();
  }
  return 0;
}

bool IsDigit(std::string_view text, size_t pos) {
  return pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]));
}

// Length of a clause delimiter at `pos`, 0 if none.
size_t ClauseDelimiterAt(std::string_view text, size_t pos) {
  char c = text[pos];
  if (!kClauseBytes[static_cast<unsigned char>(c)]) return 0;
  for (std::string_view t : kWideClauseDelimiters) {
    if (StartsWith(text, pos, t)) return t.size();
  }
  if (kAsciiClauseDelimiters.find(c) != std::string_view::npos) {
    bool between_digits = pos > 0 && IsDigit(text, pos - 1) && IsDigit(text, pos + 1);
    return between_digits ? 0 : 1;
  }
  return 0;
}

bool IsSpace(std::string_view text, size_t pos, size_t* len) {
  unsigned char c = text[pos];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (StartsWith(text, pos, "\u3000")) {
    *len = 3;
    return true;
  }
  return false;
}

bool AsciiLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of an English full stop at `pos` (1), or 0: a '.' after a letter,
// digit, % or ), then spaces and a capital letter or an opening quote, where
// the word before it is not an abbreviation (No. 1, the U.S. Economy).
size_t FullStopAt(std::string_view text, size_t pos,
                  const std::vector<std::string>& abbreviations) {
  if (text[pos] != '.' || pos == 0) return 0;
  const unsigned char prev = text[pos - 1];
  if (!AsciiLetter(prev) && !IsDigit(text, pos - 1) && prev != '%' && prev != ')') return 0;
  size_t next = pos + 1;
  if (next >= text.size() || text[next] != ' ') return 0;
  while (next < text.size() && text[next] == ' ') ++next;
  if (next >= text.size()) return 1;
  const unsigned char c = text[next];
  if (!(c >= 'A' && c <= 'Z') && c != '"' && c != '(') return 0;
  size_t word = pos;
  while (word > 0 && (AsciiLetter(text[word - 1]) || text[word - 1] == '.')) --word;
  std::string_view before = text.substr(word, pos - word);
  for (const std::string& a : abbreviations)
    if (before == a) return 0;
  return 1;
}

Span Trim(std::string_view text, size_t b, size_t e) {
  size_t len;
  while (b < e && IsSpace(text, b, &len)) b += len;
  while (e > b) {
    // step back over ASCII space or U+3000
    if (IsSpace(text, e - 1, &len) && len == 1) {
      --e;
    } else if (e >= b + 3 && StartsWith(text, e - 3, "\u3000")) {
      e -= 3;
    } else {
      break;
    }
  }
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

// The clauses are gathered in `scratch` (kept by the caller from sentence to
// sentence) and copied once, so that a sentence's vector is allocated once at
// its size instead of grown by doubling.
void SplitClauses(std::string_view text, std::vector<Span>* scratch, Sentence* s) {
  scratch->clear();
  size_t start = s->span.begin;
  size_t pos = start;
  while (pos < s->span.end) {
    if (!kClauseBytes[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    size_t d = ClauseDelimiterAt(text, pos);
    if (d == 0) {
      ++pos;
      continue;
    }
    Span c = Trim(text, start, pos);
    if (!c.empty()) scratch->push_back(c);
    pos += d;
    start = pos;
  }
  Span c = Trim(text, start, s->span.end);
  if (!c.empty()) scratch->push_back(c);
  s->clauses.assign(scratch->begin(), scratch->end());
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text,
                                     const std::vector<std::string>& abbreviations) {
  std::vector<Sentence> out;
  int paragraph = 0;
  size_t start = 0;
  std::vector<Span> clauses;
  auto emit = [&](size_t end) {
    Span span = Trim(text, start, end);
    if (span.empty()) return;
    Sentence s;
    s.span = span;
    s.paragraph = paragraph;
    SplitClauses(text, &clauses, &s);
    out.push_back(std::move(s));
  };
  size_t pos = 0;
  while (pos < text.size()) {
    if (!kSentenceBytes[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    if (text[pos] == '\n') {
      emit(pos);
      ++paragraph;
      start = ++pos;
      continue;
    }
    size_t t = TerminatorAt(text, pos);
    if (t == 0 && text[pos] == '.') t = FullStopAt(text, pos, abbreviations);
    if (t == 0) {
      ++pos;
      continue;
    }
    pos += t;
    // Runs of terminators (？！) and closing quotes stay with the sentence.
    for (;;) {
      size_t more = pos < text.size() ? TerminatorAt(text, pos) : 0;
      if (more == 0 && pos < text.size()) more = ClosingQuoteAt(text, pos);
      if (more == 0) break;
      pos += more;
    }
    emit(pos);
    start = pos;
  }
  emit(text.size());
  return out;
}

size_t ClauseIndexAt(const Sentence& sentence, uint32_t pos) {
  const std::vector<Span>& cl = sentence.clauses;
  // The last clause that begins at or before pos is the only one that can
  // hold it (a long list makes one sentence of thousands of clauses).
  auto it = std::upper_bound(cl.begin(), cl.end(), pos,
                             [](uint32_t p, const Span& c) { return p < c.begin; });
  if (it == cl.begin()) return cl.size();
  --it;
  return pos < it->end ? static_cast<size_t>(it - cl.begin()) : cl.size();
}

bool EndsItem(std::string_view text, Span clause) {
  const size_t len = clause.end < text.size() ? ClauseDelimiterAt(text, clause.end) : 0;
  const std::string_view d = text.substr(clause.end, len);
  return d == ";" || d == "；";
}

bool EndsAtLineBreak(std::string_view sentence) {
  for (bool again = true; again && !sentence.empty();) {
    again = false;
    for (size_t pos = sentence.size(); pos-- > 0 && sentence.size() - pos <= 3;) {
      const size_t q = ClosingQuoteAt(sentence, pos);
      if (q != 0 && pos + q == sentence.size()) {
        sentence.remove_suffix(q);
        again = true;
        break;
      }
    }
  }
  if (sentence.empty()) return true;
  if (sentence.back() == '.') return false;
  for (std::string_view t : kTerminators)
    if (sentence.size() >= t.size() && sentence.substr(sentence.size() - t.size()) == t) return false;
  return true;
}

Span ClauseAt(const Sentence& sentence, uint32_t pos) {
  const size_t k = ClauseIndexAt(sentence, pos);
  return k < sentence.clauses.size() ? sentence.clauses[k] : sentence.span;
}

}  // namespace factlint
