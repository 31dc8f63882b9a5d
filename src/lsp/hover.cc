#include "lsp/hover.h"

#include <filesystem>

#include <fmt/format.h>

#include "explain/explain_format.h"

namespace factlint::lsp {
namespace {

// At most this many other statements are listed; the rest are counted.
constexpr size_t kMaxOthers = 12;

// Markdown special characters in text taken from documents are escaped.
std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string Source(const Location& l) {
  return fmt::format("{}:{}:{}", std::filesystem::path(l.path).filename().string(),
                     l.line, l.column);
}

std::string Verdict(const OtherStatement& o) {
  if (!o.compared) return "not compared: " + o.why;
  if (o.series_owned) return "left to fact-series";
  return o.disjoint ? "**disagrees**" : "agrees";
}

}  // namespace

std::string HoverMarkdown(const ClaimExplanation& x) {
  const ExplainedClaim& c = x.claim;
  std::string out = fmt::format("**{}** = {} {}  \nperiod: {}\n", Escape(c.written),
                                Escape(c.value_text), Escape(c.unit),
                                Escape(PeriodChain(c.period)));
  if (!x.group) {
    out += "\nnot grouped with any fact";
    for (const std::string& why : x.ungrouped) out += "\n- " + Escape(why);
    return out + "\n";
  }
  const ExplainedGroup& g = *x.group;
  out += fmt::format("\nfact `{}`{}\n", g.fact_id,
                     g.title.empty() ? "" : ": " + Escape(g.title));
  if (g.others.empty()) out += "\nno other statement of this fact\n";
  else out += fmt::format("\n{} other statement(s):\n", g.others.size());
  for (size_t i = 0; i < g.others.size() && i < kMaxOthers; ++i) {
    const ExplainedClaim& o = g.others[i].claim;
    out += fmt::format("- {} ({}) at {}{} — {}\n", Escape(o.written),
                       Escape(PeriodYears(o.period)), Escape(Source(o.location)),
                       o.period.document_date.empty() || o.period.document_date == "unknown"
                           ? ""
                           : ", document of " + o.period.document_date,
                       Verdict(g.others[i]));
  }
  if (g.others.size() > kMaxOthers)
    out += fmt::format("- and {} more\n", g.others.size() - kMaxOthers);
  for (const ExplainedFinding& f : x.findings)
    out += fmt::format("\n{} [{}]: {}\n", f.severity, f.rule_id, Escape(f.message));
  return out;
}

}  // namespace factlint::lsp
