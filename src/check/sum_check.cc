// fact-sum: the stated parts of a total against the total. In
//   财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8300亿元。
// the two parts split the whole between them (中央/地方, [sums] partitions),
// so they must make it: added as intervals (2.38万亿 is 2.375万亿 to 2.385万亿,
// 8300亿 is 8250亿 to 8350亿), their sum must meet the total's interval.
// Parts are read after a part marker ([shares] part_markers, 其中): in the
// total's sentence, in the next sentence when it opens with one, and in the
// items of a list that follow such an item. A lone part larger than its
// total is reported as well; several parts that do not split the whole by
// name may overlap (其中高校…，国际合作…) or leave some of it unnamed, and are
// not added up.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "check/check.h"
#include "extract/extractor_lexicon.h"
#include "extract/sentence.h"
#include "fix/render.h"

namespace factlint {
namespace {

// A figure that can be a total or a part: a level of something counted or
// measured, not a change, a rate, a plan's change from its base, a start or
// end of a stated change, nor a name.
bool IsLevel(const Document& doc, const std::vector<Claim>& claims, size_t i) {
  const Claim& c = claims[i];
  return c.kind == ClaimKind::kCardinal && !c.identifier && c.change == Direction::kNone &&
         c.base_year == 0 && c.dimension != "number" && !doc.transition_start(i) &&
         !doc.transition_end(i);
}

bool SamePeriod(const TimeRef& a, const TimeRef& b) {
  return a.from_year == b.from_year && a.to_year == b.to_year && a.part == b.part;
}

// The first part marker in `text` at or after `from`: its offset and size.
struct Marker {
  size_t at = std::string_view::npos;
  size_t size = 0;
};
Marker FindMarker(std::string_view text, size_t from, const std::vector<std::string>& markers) {
  Marker m;
  for (const std::string& w : markers) {
    if (w.empty()) continue;
    const size_t p = text.find(w, from);
    if (p < m.at) m = {p, w.size()};
  }
  return m;
}

// Where a sentence's words start: after a list item's number (2.), spaces
// and punctuation.
size_t WordsStart(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 &&
         !std::isalpha(static_cast<unsigned char>(text[i])))
    ++i;
  return i;
}

// A part as it is added up: its claim and the words that name it (from the
// end of the figure before it, or the marker, to its own figure).
struct Part {
  size_t claim = 0;
  std::string_view name;
};

enum class Region { kParts, kNone, kUnsure };

class SumCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-sum", "Parts do not add up to their total",
            "The parts stated of a total (其中…) cannot make it: a part larger "
            "than the total, or two parts that split it between them (中央 and "
            "地方, 城镇 and 农村) whose sum, as intervals, misses the total's.",
            Severity::kWarning};
  }

  void Run(const CheckContext& ctx, const FindingSink& out) const override {
    const std::vector<std::string>& markers = ctx.lexicon.share_words().part_markers;
    for (const auto& doc_ptr : ctx.docs) {
      const Document& doc = *doc_ptr;
      if (!doc.target) continue;
      const auto& claims = doc.extraction.claims;
      // The claims' sentences in text order: [first, last) claim indices.
      std::vector<std::pair<size_t, size_t>> sentences;
      for (size_t i = 0; i < claims.size(); ++i) {
        if (sentences.empty() || !(claims[sentences.back().first].sentence == claims[i].sentence))
          sentences.push_back({i, i + 1});
        else
          sentences.back().second = i + 1;
      }
      for (size_t s = 0; s < sentences.size(); ++s) {
        const Span sentence = claims[sentences[s].first].sentence;
        const std::string_view text = doc.Text(sentence);
        const size_t words = WordsStart(text);
        for (Marker m = FindMarker(text, 0, markers); m.at != std::string_view::npos;
             m = FindMarker(text, m.at + m.size, markers)) {
          const uint32_t marker = sentence.begin + static_cast<uint32_t>(m.at);
          // The total: the last level before the marker, in this sentence
          // or, for a sentence that opens with the marker, the one before.
          std::optional<size_t> total;
          if (m.at == words) {
            if (s == 0) continue;
            const Span before = claims[sentences[s - 1].first].sentence;
            // Adjacent: nothing but a line break or spaces between them.
            if (sentence.begin - before.end > 3) continue;
            if (FindMarker(doc.Text(before), 0, markers).at != std::string_view::npos) continue;
            total = LastLevel(doc, claims, sentences[s - 1].first, sentences[s - 1].second,
                              before.end);
          } else {
            total = LastLevel(doc, claims, sentences[s].first, sentences[s].second, marker);
          }
          if (!total) continue;
          std::vector<Part> parts;
          if (Read(doc, claims, *total, sentences[s], marker + m.size, markers, &parts) !=
              Region::kParts)
            continue;
          // The items of a list after an item that opens with the marker.
          if (m.at == words) {
            const bool lead_names_it = !claims[*total].subject.empty() &&
                                       doc.Text(claims[*total].sentence).find(
                                           claims[*total].subject.view()) == std::string_view::npos;
            bool unsure = false;
            for (size_t n = s + 1; n < sentences.size(); ++n) {
              const Span prev = claims[sentences[n - 1].first].sentence;
              const Span next = claims[sentences[n].first].sentence;
              if (!EndsAtLineBreak(doc.Text(prev)) || next.begin - prev.end > 3) break;
              const std::string_view next_text = doc.Text(next);
              const size_t next_words = WordsStart(next_text);
              const Marker opens = FindMarker(next_text, next_words, markers);
              const bool opened = opens.at == next_words;
              // An item without the marker is a part only under a lead-in
              // that names the total (财政赤字安排: 拟安排13500亿元).
              if (!opened && !lead_names_it) break;
              const uint32_t from =
                  next.begin + static_cast<uint32_t>(opened ? next_words + opens.size : next_words);
              const Region r = Read(doc, claims, *total, sentences[n], from, markers, &parts);
              // More than two parts are not added up (Report): no need to
              // read on.
              if (r == Region::kNone || parts.size() > 2) break;
              if (r == Region::kUnsure) {
                unsure = true;
                break;
              }
            }
            if (unsure) continue;
          }
          Report(ctx, doc, claims, *total, parts, out);
        }
      }
    }
  }

 private:
  // The last level of claims [first, last) that ends before `before`,
  // skipping changes and rates; none when the last figure is a name.
  static std::optional<size_t> LastLevel(const Document& doc, const std::vector<Claim>& claims,
                                         size_t first, size_t last, uint32_t before) {
    for (size_t i = last; i-- > first;) {
      if (claims[i].span.end > before) continue;
      if (IsLevel(doc, claims, i)) return i;
    }
    return std::nullopt;
  }

  // Reads the parts of `total` in the sentence of claims `range` from byte
  // `from` up to the next part marker (a part of a part: 其中有效…) or
  // semicolon (another item: …；另外安排…). A figure of the total's
  // dimension of another period, or a plan of a total that is not one,
  // makes the reading unsure. kNone: no part there.
  static Region Read(const Document& doc, const std::vector<Claim>& claims, size_t total,
                     std::pair<size_t, size_t> range, uint32_t from,
                     const std::vector<std::string>& markers, std::vector<Part>* parts) {
    const Claim& t = claims[total];
    const Span sentence = claims[range.first].sentence;
    const std::string_view text = doc.Text(sentence);
    size_t end = FindMarker(text, from - sentence.begin, markers).at;
    end = std::min(end, text.find(';', from - sentence.begin));
    const uint32_t stop = end == std::string_view::npos ? sentence.end
                                                        : sentence.begin + static_cast<uint32_t>(end);
    uint32_t name_from = from;
    bool any = false;
    for (size_t i = range.first; i < range.second; ++i) {
      const Claim& c = claims[i];
      if (c.span.begin < from) continue;
      if (c.span.begin >= stop) break;
      if (c.dimension != t.dimension) continue;
      if (!IsLevel(doc, claims, i)) {
        name_from = c.span.end;
        continue;
      }
      if (!SamePeriod(c.time, t.time) || c.cumulative != t.cumulative || (c.target && !t.target))
        return Region::kUnsure;
      parts->push_back({i, doc.Text(Span{std::min(name_from, c.span.begin), c.span.begin})});
      name_from = c.span.end;
      any = true;
    }
    return any ? Region::kParts : Region::kNone;
  }

  // Whether two parts split the whole between them by name.
  static bool Split(const std::vector<Part>& parts, const SumWords& words) {
    if (parts.size() != 2) return false;
    auto has = [](std::string_view name, const std::string& w) {
      return !w.empty() && name.find(w) != std::string_view::npos;
    };
    for (const auto& [a, b] : words.partitions) {
      if (has(parts[0].name, a) && has(parts[1].name, b)) return true;
      if (has(parts[0].name, b) && has(parts[1].name, a)) return true;
    }
    return false;
  }

  void Report(const CheckContext& ctx, const Document& doc, const std::vector<Claim>& claims,
              size_t total, const std::vector<Part>& parts, const FindingSink& out) const {
    const Interval& whole = claims[total].value;
    Interval sum{0, 0, true, true};
    for (const Part& p : parts) {
      sum.lo += claims[p.claim].value.lo;
      sum.hi += claims[p.claim].value.hi;
      sum.lo_closed = sum.lo_closed && claims[p.claim].value.lo_closed;
      sum.hi_closed = sum.hi_closed && claims[p.claim].value.hi_closed;
    }
    const SumWords& words = ctx.lexicon.sum_words();
    // Averages (人均…) of the parts do not add up to the whole's.
    auto average = [&](const Claim& c) { return ContainsAny(c.subject.view(), words.averages); };
    if (average(claims[total])) return;
    for (const Part& p : parts)
      if (average(claims[p.claim]) || ContainsAny(p.name, words.averages)) return;
    const bool split = Split(parts, words);
    if (parts.size() != 1 && !split) return;
    if (!sum.Disjoint(whole)) return;
    const bool over = sum.lo >= whole.hi;
    if (!over && !split) return;  // a lone part smaller than its total
    std::vector<std::string> listed;
    for (const Part& p : parts) listed.push_back(std::string(claims[p.claim].surface.view()));
    const Claim& t = claims[total];
    const Part& last = parts.back();
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = info().default_severity;
    // At the last part, where the sum falls apart; the total and the other
    // parts in notes.
    d.location = doc.Locate(claims[last.claim]);
    d.message = ctx.Say(parts.size() == 1 ? "sum.message_part"
                        : over            ? "sum.message_over"
                                          : "sum.message_short",
                        fmt::arg("total", AsWritten(doc, t)),
                        fmt::arg("parts", fmt::format("{}", fmt::join(listed, " + "))),
                        fmt::arg("sum", SumAsWritten(ctx, t, sum)));
    Note n;
    n.location = doc.Locate(t);
    n.message = ctx.Say("sum.note_total", fmt::arg("total", AsWritten(doc, t)));
    d.notes.push_back(std::move(n));
    for (size_t k = 0; k + 1 < parts.size() && d.notes.size() < kMaxNotes; ++k) {
      Note p;
      p.location = doc.Locate(claims[parts[k].claim]);
      p.message = ctx.Say("sum.note_part", fmt::arg("part", claims[parts[k].claim].surface));
      d.notes.push_back(std::move(p));
    }
    out(std::move(d));
  }

  // The sum as the total is written (2.43万亿元: the parts' figures added),
  // after "= "; a sum open above (超过…) is its lower end, after "> ".
  static std::string SumAsWritten(const CheckContext& ctx, const Claim& total,
                                  const Interval& sum) {
    const bool open = !std::isfinite(sum.hi);
    const double v = open ? sum.lo : (sum.lo + sum.hi) / 2;
    std::optional<std::string> text;
    if (ctx.units != nullptr) {
      Quantity like = AsQuantity(total);
      like.qualifier = Qualifier::kNone;
      like.qualifier_span = Span{};
      text = RenderLike(v, like, *ctx.units);
    }
    if (!text) text = fmt::format("{:g} {}", v, total.dimension.view());
    return (open ? "> " : "= ") + *text;
  }
};

}  // namespace

std::unique_ptr<Check> MakeSumCheck() { return std::make_unique<SumCheck>(); }

}  // namespace factlint
