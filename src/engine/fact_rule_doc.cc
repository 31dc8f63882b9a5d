// Listing and documenting fact rules: `factlint rules` and generated docs.
#include <algorithm>
#include <sstream>

#include "engine/fact_rules.h"
#include "text/line_index.h"

namespace factlint {
namespace {

size_t Width(const std::string& s) {
  return static_cast<size_t>(DisplayWidth(s));  // ICU East Asian Width
}

void Pad(std::ostream& out, const std::string& s, size_t width) {
  out << s;
  for (size_t w = Width(s); w < width; ++w) out << ' ';
}

const char* YearMode(const FactRule& r) {
  return r.by_year ? "by-year" : "any-year";
}

}  // namespace

void WriteRuleList(const FactRuleSet& rules, std::ostream& out) {
  size_t id_w = 2, dim_w = 9, sev_w = 8;
  for (const FactRule& r : rules.rules()) {
    id_w = std::max(id_w, Width(r.id));
    dim_w = std::max(dim_w, Width(r.dimension));
    sev_w = std::max(sev_w, Width(SeverityName(r.severity)));
  }
  for (const FactRule& r : rules.rules()) {
    Pad(out, r.id, id_w + 2);
    Pad(out, r.dimension, dim_w + 2);
    Pad(out, YearMode(r), 10);
    Pad(out, SeverityName(r.severity), sev_w + 2);
    out << r.title << '\n';
  }
}

std::string RulesMarkdown(const FactRuleSet& rules) {
  std::ostringstream md;
  md << "# Fact rules\n\n"
     << "Generated from the rule files by `RulesMarkdown`; edit the TOML, "
        "not this page.\n"
     << "See docs/rule-authoring.md for the schema.\n\n";
  for (const FactRule& r : rules.rules()) {
    md << "## " << r.id << "\n\n"
       << "**" << r.title << "**\n\n"
       << r.description << "\n\n"
       << "| | |\n|---|---|\n"
       << "| dimension | `" << r.dimension << "` |\n"
       << "| years | " << (r.by_year ? "compared only within the same year"
                                     : "one value for all years")
       << " |\n"
       << "| severity | " << SeverityName(r.severity) << " |\n"
       << "| scope | " << (r.national ? "the whole country, not a region" : "any place")
       << " |\n"
       << "| defined in | `" << r.file << ":" << r.line << "` |\n";
    if (r.measure != FactMeasure::kLevel) {
      md << "| measures | a one-year "
         << (r.measure == FactMeasure::kRise ? "rise (增长6.9%, 增速6.9%)"
                                             : "fall (下降3.7%, 降幅3.7%)")
         << ", not a level |\n";
    }
    if (r.last_year_as_of) {
      md << "| with no year stated | the last full year before the document "
            "(a whole year's figure) |\n";
    }
    if (!r.aliases.empty()) {
      md << "| also called |";
      for (size_t i = 0; i < r.aliases.size(); ++i) {
        md << (i ? "、" : " ") << r.aliases[i];
      }
      md << " |\n";
    }
    if (!r.keywords.empty()) {
      md << "| keywords |";
      for (const std::string& k : r.keywords) md << " `" << k << "`";
      md << " |\n";
    }
    md << "\nPatterns:\n\n";
    for (const std::string& p : r.patterns) {
      md << "- `` " << p << " ``\n";
    }
    if (!r.exclude.empty()) {
      md << "\nNot when the sentence before the value matches:\n\n";
      for (const std::string& p : r.exclude) md << "- `` " << p << " ``\n";
    }
    if (!r.examples.empty()) {
      md << "\nExamples (the value the rule captures):\n\n";
      for (const RuleSentence& e : r.examples) {
        md << "- " << e.text << " →";
        for (const std::string& v : e.values) md << " `" << v << "`";
        md << "\n";
      }
    }
    if (!r.traps.empty()) {
      md << "\nNot this fact:\n\n";
      for (const RuleSentence& t : r.traps) md << "- " << t.text << "\n";
    }
    md << "\n";
  }
  return md.str();
}

}  // namespace factlint
