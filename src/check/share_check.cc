// fact-share: a stated share against its part and whole. In
//   2022年,中国发表科技论文215万篇。其中,高等学校发表165.8万篇,占比约77.12%。
//   在全球工业研发投入2000强企业,中国大陆企业有525家,占比达到26.3%。
// the share must lie in part/whole, computed on intervals so that rounding
// never raises an alarm (79.83万 / 432.34万 agrees with 18.47%).
#include <fmt/format.h>

#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <string_view>

#include "base/strings.h"
#include "check/check.h"
#include "check/claim_compare.h"
#include "extract/extractor_lexicon.h"

namespace factlint {
namespace {

bool Contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}


bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The share's clause before its mark (its own subject: 产量占全球比重) and
// between the mark and the value (the whole it names: 占进出口总额的),
// fillers trimmed.
struct ShareNames {
  std::string_view subject;
  std::string_view whole;
};

std::string_view Trim(std::string_view s, const ShareWords& w) {
  for (bool again = true; again;) {
    again = false;
    for (const std::string& f : w.fillers) {
      if (StartsWith(s, f)) { s.remove_prefix(f.size()); again = true; }
      if (EndsWith(s, f) && !s.empty()) { s.remove_suffix(f.size()); again = true; }
    }
  }
  return s;
}

// The names in `text`, which ends where the share's value starts: the
// subject before the first mark, the whole after it.
ShareNames NamesIn(std::string_view text, const ShareWords& w) {
  size_t at = std::string_view::npos, mark_size = 0;
  for (const std::string& m : w.marks) {
    size_t p = text.find(m);
    if (p < at) { at = p; mark_size = m.size(); }
  }
  if (at == std::string_view::npos) return {};
  std::string_view whole = text.substr(at + mark_size);
  for (const std::string& end : w.whole_ends) {
    size_t e = whole.find(end);
    if (e != std::string_view::npos) whole = whole.substr(0, e);
  }
  whole = Trim(whole, w);
  std::string_view subject = Trim(text.substr(0, at), w);
  // 中小企业在高新技术企业中占比: the whole is named inside the subject.
  if (whole.empty()) {
    for (const std::string& close : w.within_close) {
      if (!EndsWith(subject, close)) continue;
      std::string_view inner = subject.substr(0, subject.size() - close.size());
      for (const std::string& open : w.within_open) {
        const size_t p = inner.rfind(open);
        if (p == std::string_view::npos || p == 0) continue;
        whole = Trim(inner.substr(p + open.size()), w);
        subject = Trim(inner.substr(0, p), w);
        break;
      }
      break;
    }
  }
  // 占总授权量的: the whole is 授权量; 全部投资 is 投资.
  for (const std::string& all : w.totals)
    if (StartsWith(whole, all)) whole.remove_prefix(all.size());
  return {subject, whole};
}

// The names the share's clause gives before its value; in a table row, its
// cell's (| 161.93万项 | 占申请总数35.18% |).
ShareNames NamesOf(const Document& doc, const Claim& share, const ShareWords& w) {
  std::string_view before = doc.Text(share.clause).substr(0, share.span.begin - share.clause.begin);
  if (const size_t bar = before.rfind('|'); bar != std::string_view::npos)
    before.remove_prefix(bar + 1);
  return NamesIn(before, w);
}

// A name without its words of "all of" and its measure word: 专利申请总数,
// 专利申请数 and 专利申请 are one.
std::string Bare(std::string_view name, const ShareWords& w) {
  std::string s(name);
  for (const std::string& all : w.totals)
    for (size_t p = s.find(all); p != std::string::npos && !all.empty(); p = s.find(all, p))
      s.erase(p, all.size());
  for (const std::string& m : w.measures)
    if (!m.empty() && s.size() > m.size() && EndsWith(s, m)) {
      s.resize(s.size() - m.size());
      break;
    }
  return s;
}

bool IsQuantity(const Claim& c) {
  return !c.identifier && !c.target && c.kind == ClaimKind::kCardinal &&
         c.change == Direction::kNone && c.dimension != "number";
}

// The claims of a sentence and of the one before it, in text order.
struct Window {
  size_t begin = 0;  // first claim index of the previous sentence
  size_t end = 0;    // one past the claim under study
};

Window WindowFor(const std::vector<Claim>& claims, size_t p) {
  Window w{p, p};
  Span sentence = claims[p].sentence;
  bool previous_seen = false;
  Span previous{};
  while (w.begin > 0) {
    const Claim& c = claims[w.begin - 1];
    if (!(c.sentence == sentence)) {
      if (!previous_seen) {
        previous_seen = true;
        previous = c.sentence;
      } else if (!(c.sentence == previous)) {
        break;
      }
    }
    --w.begin;
  }
  return w;
}

// The whole a part is taken of: a claim of the same dimension before a part
// marker (其中) that precedes the part, or a list's size (2000强) before it.
std::optional<Interval> FindWhole(const Document& doc, const std::vector<Claim>& claims,
                                  Window w, size_t part, const ShareWords& words,
                                  std::string* whole_text, size_t* whole_index) {
  const Claim& a = claims[part];
  for (size_t i = part; i-- > w.begin;) {
    const Claim& c = claims[i];
    const Span between{c.span.end, a.span.begin};
    if (IsQuantity(c) && c.dimension == a.dimension &&
        doc.Contains(between, words.part_markers)) {
      // A part itself (two rows opening with 其中 one under the other) is
      // the part's sibling, not its whole; the whole is not in the window.
      if (doc.Contains(Span{c.sentence.begin, c.span.begin}, words.part_markers))
        return std::nullopt;
      *whole_text = c.surface;
      *whole_index = i;
      return c.value;
    }
    if (!c.identifier || !(c.sentence == a.sentence) || a.dimension.str().rfind("count:", 0) != 0 ||
        c.surface.empty() ||
        c.surface.view().find_first_not_of("0123456789") != std::string_view::npos)
      continue;
    for (const std::string& suffix : words.list_suffixes) {
      if (!doc.TextStartsWith(c.span.end, suffix)) continue;
      *whole_text = c.surface.str() + suffix;
      *whole_index = i;
      return Interval::Point(std::strtod(c.surface.data(), nullptr));
    }
  }
  return std::nullopt;
}

// A document's quantities by the names they measure, built once per
// document: each Bare subject filed under every ending of it (code points),
// so that a share's name finds its figures without a pass over the document.
class NameIndex {
 public:
  NameIndex(const std::vector<Claim>& claims, const ShareWords& w) {
    for (size_t i = 0; i < claims.size(); ++i) {
      if (!IsQuantity(claims[i])) continue;
      bare_.emplace(i, Bare(claims[i].subject, w));
      const std::string& name = bare_.at(i);
      for (size_t p = 0; p < name.size(); ++p)
        if ((static_cast<unsigned char>(name[p]) & 0xC0) != 0x80) by_ending_[name.substr(p)].push_back(i);
    }
  }
  // The quantities whose name ends with `name` (is `name`, unless `ending`).
  const std::vector<size_t>& Ending(const std::string& name) const {
    static const std::vector<size_t> kNone;
    auto it = by_ending_.find(name);
    return it == by_ending_.end() ? kNone : it->second;
  }
  const std::string& BareOf(size_t claim) const { return bare_.at(claim); }

 private:
  std::unordered_map<size_t, std::string> bare_;
  std::unordered_map<std::string, std::vector<size_t>> by_ending_;
};

// Figures a name may point at, at most: more named alike point at none, and
// the cost stays linear in the claims of a document.
constexpr size_t kMaxNamed = 64;

// The one claim of the document that a share's name points at: a quantity
// of the share's period whose subject is `name` (or, for a whole, ends with
// it), other than `not_this`. Several such claims with different values
// point at none.
std::optional<size_t> Named(const CheckContext& ctx, const NameIndex& names, size_t doc_index,
                            size_t share, std::string_view name, bool ending,
                            std::string_view dimension, std::optional<size_t> not_this) {
  const std::string want = Bare(name, ctx.lexicon.share_words());
  if (want.empty()) return std::nullopt;
  const auto& claims = ctx.docs[doc_index]->extraction.claims;
  auto ref = [&](size_t i) {
    return ClaimRef{static_cast<uint32_t>(doc_index), static_cast<uint32_t>(i)};
  };
  const TimeClass when = ClassOf(ctx, ref(share));
  const std::vector<size_t>& candidates = names.Ending(want);
  if (candidates.size() > kMaxNamed) return std::nullopt;
  std::optional<size_t> found;
  for (size_t i : candidates) {
    const Claim& c = claims[i];
    if (i == share || (not_this && i == *not_this)) continue;
    if (!ending && names.BareOf(i) != want) continue;
    if (!dimension.empty() && c.dimension != dimension) continue;
    if (c.scope != claims[share].scope) continue;
    if (not_this && names.BareOf(i) == names.BareOf(*not_this)) continue;
    if (!(ClassOf(ctx, ref(i)) == when)) continue;
    if (found && !(claims[*found].value == c.value)) return std::nullopt;
    if (!found) found = i;
  }
  return found;
}

// The part and the whole a share is checked against.
struct PartAndWhole {
  size_t part = 0;
  size_t whole_index = 0;
  Interval whole;          // a list's size for 2000强, else the claim's value
  std::string whole_text;  // as written: 536.46万项, 2000强
};

class ShareCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-share", "Share does not match its part and whole",
            "A stated share (占比, 比重) differs from the part divided by the "
            "whole stated beside it, beyond what rounding allows.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    const ShareWords& words = ctx.lexicon.share_words();
    for (size_t di = 0; di < ctx.docs.size(); ++di) {
      const Document& doc = *ctx.docs[di];
      if (!doc.target) continue;
      const auto& claims = doc.extraction.claims;
      std::optional<NameIndex> name_index;  // built at the first share that needs it
      for (size_t p = 0; p < claims.size(); ++p) {
        const Claim& share = claims[p];
        // A share is a percent (26.3%) or a fraction of the whole (九成五,
        // 三分之一), both in percent.
        const bool is_share = share.kind == ClaimKind::kPercent ||
                              (share.kind == ClaimKind::kFraction && share.dimension == "percent");
        if (!is_share || share.identifier || share.target || share.change != Direction::kNone)
          continue;
        if (!ContainsAny(doc.Text(share.clause), words.marks)) continue;
        if (share.value.lo > 100) continue;  // fact-bounds reports it
        const ShareNames names = NamesOf(doc, share, words);
        std::optional<PartAndWhole> found = Beside(ctx.lexicon, doc, claims, p, names);
        bool whole_elsewhere = false;
        // A share that names its part and whole (发明专利申请数占专利申请总数的
        // 32.18%) where they are not beside it: a table above, a sentence
        // earlier in the document, stated for the share's period.
        // The names are read from the share's subject, which goes without
        // the times and lead words of its clause (注:2022年).
        ShareNames named =
            share.subject_elsewhere ? ShareNames{} : NamesIn(share.subject, words);
        // A table cell (| 发明专利申请数 | … | 占申请总数35.18% |) names only
        // the whole: the share's subject, its row's label, names the part.
        if (named.whole.empty() && names.subject.empty() && !names.whole.empty() &&
            !share.subject.empty())
          named = ShareNames{share.subject, names.whole};
        if (!found && !named.subject.empty() && !named.whole.empty()) {
          if (!name_index) name_index.emplace(claims, words);
          std::optional<size_t> part =
              Named(ctx, *name_index, di, p, named.subject, false, "", std::nullopt);
          std::optional<size_t> whole =
              part ? Named(ctx, *name_index, di, p, named.whole, true, claims[*part].dimension, part)
                   : std::nullopt;
          if (part && whole) {
            found = PartAndWhole{*part, *whole, claims[*whole].value, claims[*whole].surface};
            whole_elsewhere = true;
          }
        }
        if (!found) continue;
        const size_t part = found->part, whole_index = found->whole_index;
        const std::string& whole_text = found->whole_text;
        const Interval& a = claims[part].value;
        const Interval& whole = found->whole;
        if (whole.lo <= 0) continue;
        Interval ratio{a.lo / whole.hi * 100, a.hi / whole.lo * 100, true, true};
        if (!ratio.Disjoint(share.value)) continue;
        Diagnostic d;
        d.rule_id = info().id;
        d.severity = info().default_severity;
        d.location = doc.Locate(share);
        // A bound open on one side (超过2.6万亿元 as the whole) is said as one.
        const bool at_most = std::isinf(whole.hi) && !std::isinf(a.hi);
        const bool at_least = std::isinf(a.hi) && !std::isinf(whole.hi);
        d.message = ctx.Say(ratio.lo > 100 ? "share.message_larger"
                            : at_most      ? "share.message_at_most"
                            : at_least     ? "share.message_at_least"
                                           : "share.message",
                            fmt::arg("value", AsWritten(doc, share)),
                            fmt::arg("part", claims[part].surface), fmt::arg("whole", whole_text),
                            fmt::arg("ratio", at_most    ? ratio.hi
                                              : at_least ? ratio.lo
                                                         : (ratio.lo + ratio.hi) / 2));
        Note note;
        note.location = doc.Locate(claims[part]);
        note.message = ctx.Say("share.note", fmt::arg("part", claims[part].surface));
        d.notes.push_back(std::move(note));
        // The whole is pointed at when it is not on the share's line (named
        // elsewhere, or in the sentence or table row before).
        const Location whole_at = doc.Locate(claims[whole_index]);
        if (whole_elsewhere || whole_at.line != d.location.line) {
          Note w;
          w.location = whole_at;
          w.message = ctx.Say("share.note_whole", fmt::arg("whole", whole_text));
          d.notes.push_back(std::move(w));
        }
        out(std::move(d));
      }
    }
  }

 private:
  // The part and whole stated beside the share: the nearest quantity before
  // it in its sentence or the one before (no other share between; the
  // part's own growth rate may stand between: 出口25.45万亿元,增长7.1%,
  // 占进出口总额的58%), and the whole it is a part of. A share that names
  // its own subject or whole must name those found: 产量占全球比重 is not
  // 出口 of 产量, 玉米占比 not 秋粮.
  // 发明专利申请数161.93万项,占专利申请总数536.46万项的比重为31.08%: a
  // quantity between the share's mark and its value, in its clause, is the
  // whole; the part is the quantity of the same dimension before the mark.
  static std::optional<PartAndWhole> WholeInsideShare(const Document& doc,
                                                      const std::vector<Claim>& claims, Window w,
                                                      size_t p, size_t whole, const ShareWords& words) {
    const Claim& share = claims[p];
    const Claim& c = claims[whole];
    if (!(c.clause == share.clause)) return std::nullopt;
    const std::string_view before = doc.Text(Span{share.clause.begin, c.span.begin});
    size_t mark = std::string_view::npos;
    for (const std::string& m : words.marks)
      if (!m.empty()) mark = std::min(mark, before.find(m));
    if (mark == std::string_view::npos) return std::nullopt;
    for (size_t i = whole; i-- > w.begin;) {
      const Claim& part = claims[i];
      if (part.kind == ClaimKind::kPercent || part.kind == ClaimKind::kFraction) return std::nullopt;
      if (!IsQuantity(part)) continue;
      if (part.dimension != c.dimension) return std::nullopt;
      return PartAndWhole{i, whole, c.value, c.surface};
    }
    return std::nullopt;
  }

  static std::optional<PartAndWhole> Beside(const Lexicon& lexicon, const Document& doc,
                                            const std::vector<Claim>& claims, size_t p,
                                            const ShareNames& names) {
    const ShareWords& words = lexicon.share_words();
    const Window w = WindowFor(claims, p);
    std::optional<size_t> found;
    for (size_t i = p; i-- > w.begin;) {
      if (claims[i].kind == ClaimKind::kPercent || claims[i].kind == ClaimKind::kFraction) {
        if (claims[i].change != Direction::kNone && claims[i].subjectless) continue;
        break;
      }
      if (IsQuantity(claims[i])) {
        found = i;
        break;
      }
    }
    if (!found) return std::nullopt;
    if (std::optional<PartAndWhole> inside = WholeInsideShare(doc, claims, w, p, *found, words))
      return inside;
    std::string whole_text;
    size_t whole_index = 0;
    std::optional<Interval> whole =
        FindWhole(doc, claims, w, *found, words, &whole_text, &whole_index);
    if (!whole) return std::nullopt;
    if (!names.subject.empty() && !Contains(doc.Text(claims[*found].clause), names.subject))
      return std::nullopt;
    // The whole named with or without its words of "all of" (占授权总量 of
    // 专利授权量), in its clause or by its subject (an answer's, from its
    // question); named only by its place (占全国的), it is that place's figure.
    if (!names.whole.empty()) {
      const Claim& whole_claim = claims[whole_index];
      if (lexicon.IsPlaceName(names.whole)) {
        if (!(whole_claim.scope == claims[p].scope)) return std::nullopt;
      } else {
        const std::string name = Bare(names.whole, words);
        if (!Contains(Bare(doc.Text(whole_claim.clause), words), name) &&
            !Contains(Bare(whole_claim.subject, words), name))
          return std::nullopt;
      }
    }
    return PartAndWhole{*found, whole_index, *whole, whole_text};
  }
};

}  // namespace

std::unique_ptr<Check> MakeShareCheck() { return std::make_unique<ShareCheck>(); }

}  // namespace factlint
