// The timeline of a fact in the HTML report: one column per period (or per
// document date for figures "as of" their documents), each statement a bar
// from the low to the high end of its value interval, labelled with the
// value as written; the class of each bar is its strongest mark, which the
// style sheet colours. Unbounded ends (超过18%) run to the edge of the plot.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "history/html_report.h"

namespace factlint {
namespace {

constexpr double kWidth = 640;
constexpr double kHeight = 170;
constexpr double kTop = 24;      // room for the value labels
constexpr double kBottom = 30;   // room for the period labels
constexpr double kSide = 10;
constexpr double kMaxBar = 14;
constexpr double kMinBarHeight = 3;

// The column a statement stands in.
std::string SlotOf(const HistoryStatement& s) {
  if (s.from_year != 0) return s.period;
  return s.document_date.empty() ? s.period : s.period + " " + s.document_date;
}

}  // namespace

void WriteTimelineSvg(const FactHistory& h, size_t fact, std::ostream& out) {
  std::vector<std::string> slots;
  std::vector<size_t> slot_of;
  for (const HistoryStatement& s : h.statements) {
    std::string key = SlotOf(s);
    auto it = std::find(slots.begin(), slots.end(), key);
    slot_of.push_back(static_cast<size_t>(it - slots.begin()));
    if (it == slots.end()) slots.push_back(key);
  }
  double lo = INFINITY, hi = -INFINITY;
  for (const HistoryStatement& s : h.statements)
    for (double v : {s.value.lo, s.value.hi})
      if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (slots.empty() || !std::isfinite(lo)) return;  // nothing to draw
  double pad = (hi - lo) * 0.15;
  if (pad <= 0) pad = std::max(std::fabs(hi) * 0.05, 1.0);
  lo -= pad;
  hi += pad;
  const double plot_h = kHeight - kTop - kBottom;
  auto y = [&](double v) {
    if (v == INFINITY) return kTop;
    if (v == -INFINITY) return kTop + plot_h;
    return kTop + plot_h * (1 - (v - lo) / (hi - lo));
  };
  const double slot_w = (kWidth - 2 * kSide) / static_cast<double>(slots.size());

  out << fmt::format(
      "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" "
      "height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\">\n",
      kWidth, kHeight, HtmlEscape("values of " + h.title + " by period"));
  out << fmt::format("<line class=\"axis\" x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\"/>\n",
                     kSide, kTop + plot_h, kWidth - kSide, kTop + plot_h);
  for (size_t k = 0; k < slots.size(); ++k)
    out << fmt::format(
        "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n",
        kSide + slot_w * (static_cast<double>(k) + 0.5), kHeight - 10, HtmlEscape(slots[k]));
  for (size_t k = 0; k < slots.size(); ++k) {
    std::vector<size_t> in_slot;
    for (size_t i = 0; i < h.statements.size(); ++i)
      if (slot_of[i] == k) in_slot.push_back(i);
    const double n = static_cast<double>(in_slot.size());
    const double bar = std::min(kMaxBar, slot_w / (n + 1) * 0.6);
    for (size_t j = 0; j < in_slot.size(); ++j) {
      const size_t i = in_slot[j];
      const HistoryStatement& s = h.statements[i];
      const double cx = kSide + slot_w * static_cast<double>(k) +
                        slot_w * (static_cast<double>(j) + 1) / (n + 1);
      const double top = y(s.value.hi);
      const double height = std::max(kMinBarHeight, y(s.value.lo) - top);
      const Location& l = s.location;
      out << fmt::format("<a href=\"#s-{}-{}\" class=\"{}\">", fact, i + 1,
                         MarkName(StrongestMark(s)))
          << "<title>"
          << HtmlEscape(fmt::format("{} ({}) {}:{}:{}", s.written, s.period, l.path,
                                    l.line, l.column))
          << "</title>"
          << fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\"/>",
                         cx - bar / 2, top, bar, height)
          << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                         cx, std::max(top - 4, 11.0), HtmlEscape(s.written))
          << "</a>\n";
    }
  }
  out << "</svg>\n";
}

}  // namespace factlint
