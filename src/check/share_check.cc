// fact-share: a stated share against its part and whole. In
//   2022年,中国发表科技论文215万篇。其中,高等学校发表165.8万篇,占比约77.12%。
//   在全球工业研发投入2000强企业,中国大陆企业有525家,占比达到26.3%。
// the share must lie in part/whole, computed on intervals so that rounding
// never raises an alarm (79.83万 / 432.34万 agrees with 18.47%).
#include <fmt/format.h>

#include <cstdlib>
#include <optional>
#include <string_view>

#include "check/check.h"

namespace factlint {
namespace {

bool Contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

// The share's clause before 占 (its own subject: 产量占全球比重) and between 占
// and the value (the whole it names: 占进出口总额的), fillers trimmed.
struct ShareWords {
  std::string_view subject;
  std::string_view whole;
};

std::string_view Trim(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view f : {"其中", ",", " ", "的", "约", "达到", "达", "为", "已"}) {
      if (s.substr(0, f.size()) == f) { s.remove_prefix(f.size()); again = true; }
      if (s.size() >= f.size() && s.substr(s.size() - f.size()) == f) {
        s.remove_suffix(f.size());
        again = true;
      }
    }
  }
  return s;
}

ShareWords WordsOf(const Document& doc, const Claim& share) {
  std::string_view clause = doc.Text(share.clause);
  size_t at = clause.find("占");
  size_t value = share.span.begin - share.clause.begin;
  if (at == std::string_view::npos || at > value) return {};
  std::string_view whole = clause.substr(at + 3, value - at - 3);
  for (std::string_view end : {"比重", "比例", "份额", "比"}) {
    size_t e = whole.find(end);
    if (e != std::string_view::npos) whole = whole.substr(0, e);
  }
  whole = Trim(whole);
  // 占总授权量的: the whole is 授权量; 全部投资 is 投资.
  for (std::string_view all : {"总", "全部", "整个", "全体"})
    if (whole.substr(0, all.size()) == all) whole.remove_prefix(all.size());
  return {Trim(clause.substr(0, at)), whole};
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

// The whole a part is taken of: a claim of the same dimension before a
// 其中 that precedes the part, or a list name such as 2000强 before it.
std::optional<Interval> FindWhole(const Document& doc,
                                  const std::vector<Claim>& claims, Window w,
                                  size_t part, std::string* whole_text,
                                  size_t* whole_index) {
  const Claim& a = claims[part];
  for (size_t i = part; i-- > w.begin;) {
    const Claim& c = claims[i];
    std::string_view between(doc.normalized.text.data() + c.span.end,
                             a.span.begin - c.span.end);
    if (IsQuantity(c) && c.dimension == a.dimension && Contains(between, "其中")) {
      *whole_text = c.surface;
      *whole_index = i;
      return c.value;
    }
    std::string_view after = doc.Text({c.span.end, std::min<uint32_t>(
        c.span.end + 3, static_cast<uint32_t>(doc.normalized.text.size()))});
    if (c.identifier && c.sentence == a.sentence && after.substr(0, 3) == "强" &&
        a.dimension.rfind("count:", 0) == 0 &&
        c.surface.find_first_not_of("0123456789") == std::string::npos &&
        !c.surface.empty()) {
      double n = std::strtod(c.surface.c_str(), nullptr);
      *whole_text = c.surface + "强";
      *whole_index = i;
      return Interval::Point(n);
    }
  }
  return std::nullopt;
}

class ShareCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-share", "Share does not match its part and whole",
            "A stated share (占比, 比重) differs from the part divided by the "
            "whole stated beside it, beyond what rounding allows.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           std::vector<Diagnostic>* out) const override {
    for (const auto& doc : ctx.docs) {
      if (!doc->target) continue;
      const auto& claims = doc->extraction.claims;
      for (size_t p = 0; p < claims.size(); ++p) {
        const Claim& share = claims[p];
        // A share is a percent (26.3%) or a fraction of the whole (九成五,
        // 三分之一), both in percent.
        const bool is_share = share.kind == ClaimKind::kPercent ||
                              (share.kind == ClaimKind::kFraction && share.dimension == "percent");
        if (!is_share || share.identifier || share.target || share.change != Direction::kNone)
          continue;
        if (!Contains(doc->Text(share.clause), "占")) continue;
        if (share.value.lo > 100) continue;  // fact-bounds reports it
        Window w = WindowFor(claims, p);
        // The part: the nearest quantity before the share, with no other
        // share in between.
        // A growth rate of the part may stand between (出口25.45万亿元,增长7.1%,
        // 占进出口总额的58%).
        std::optional<size_t> found;
        for (size_t i = p; i-- > w.begin;) {
          if (claims[i].kind == ClaimKind::kPercent || claims[i].kind == ClaimKind::kFraction) {
            // 出口25.45万亿元,增长7.1%,占…: the part's own growth rate.
            if (claims[i].change != Direction::kNone && claims[i].subjectless) continue;
            break;
          }
          if (IsQuantity(claims[i])) {
            found = i;
            break;
          }
        }
        if (!found) continue;
        size_t part = *found;
        std::string whole_text;
        size_t whole_index = 0;
        std::optional<Interval> whole =
            FindWhole(*doc, claims, w, part, &whole_text, &whole_index);
        if (!whole || whole->lo <= 0) continue;
        // A share that names its own subject or whole must name the part and
        // the whole found: 产量占全球比重 is not 出口 of 产量, 玉米占比 not 秋粮.
        ShareWords words = WordsOf(*doc, share);
        if (!words.subject.empty() &&
            !Contains(doc->Text(claims[part].clause), words.subject))
          continue;
        if (!words.whole.empty() &&
            !Contains(doc->Text(claims[whole_index].clause), words.whole))
          continue;
        const Interval& a = claims[part].value;
        Interval ratio{a.lo / whole->hi * 100, a.hi / whole->lo * 100, true,
                       true};
        if (!ratio.Disjoint(share.value)) continue;
        Diagnostic d;
        d.rule_id = info().id;
        d.severity = info().default_severity;
        d.location = doc->Locate(share);
        d.message = ctx.Say(ratio.lo > 100 ? "share.message_larger" : "share.message",
                            fmt::arg("value", AsWritten(*doc, share)),
                            fmt::arg("part", claims[part].surface), fmt::arg("whole", whole_text),
                            fmt::arg("ratio", (ratio.lo + ratio.hi) / 2));
        Note note;
        note.location = doc->Locate(claims[part]);
        note.message = ctx.Say("share.note", fmt::arg("part", claims[part].surface));
        d.notes.push_back(std::move(note));
        out->push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeShareCheck() { return std::make_unique<ShareCheck>(); }

}  // namespace factlint
