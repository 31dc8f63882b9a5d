// FactRuleSet matching: one RE2::Set pass, then the patterns that occur.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <iostream>
#include <set>
#include <tuple>

#include "engine/fact_rules.h"
#include "engine/rule_loader_internal.h"
#include "engine/widen_repeats.h"
#include "extract/unit_table.h"

namespace factlint {

std::set<std::string> ClaimDimensions(const UnitTable& units) {
  std::set<std::string> out = {"rank"};  // ordinals: 第10位, 榜首
  for (const UnitDef& u : units.units()) out.insert(u.dimension);
  return out;
}

const char* FactMeasureName(FactMeasure m) {
  switch (m) {
    case FactMeasure::kLevel: return "level";
    case FactMeasure::kRise: return "rise";
    case FactMeasure::kFall: return "fall";
  }
  return "level";
}

// A draft gives Match one sentence for each that holds a claim: 2 for the
// bench's draft, 7 to 66 for the seeds. The loose set's DFA, warm on a few
// sentences, grows without end over many different ones: in a check of the
// 10 MB bench archive (12,172 sentences) its first 2,048 sentences cost
// about 0.13 ms each, twenty times the widened set's, more than compiling
// the widened set (docs/benchmarks.md).
const size_t FactRuleSet::kLooseSentences = 128;

FactRuleSet::FactRuleSet() = default;
FactRuleSet::~FactRuleSet() = default;

const RE2& FactRuleSet::LazyPattern::get() const {
  std::call_once(once_, [this] {
    re_ = std::make_unique<RE2>(pattern_, options_);
    if (!re_->ok())
      std::cerr << "factlint: warning: " << name_ << " cannot be compiled (" << re_->error()
                << "): it matches nothing; factlint rules --check reports it\n";
  });
  return *re_;
}

std::vector<std::string> FactRuleSet::CompileAll() const {
  std::vector<std::string> out;
  for (const Compiled& c : compiled_) {
    const RE2& re = c.re->get();
    if (!re.ok())
      out.push_back(c.re->name() + " cannot be compiled: " + re.error());
  }
  if (loose_set_ != nullptr) {
    Selector(SelectorKind::kWidened);
    if (widened_set_ == nullptr) out.push_back(widened_error_);
  }
  return out;
}

bool FactRuleSet::widened_compiled() const { return widened_set_ != nullptr; }

const RE2::Set& FactRuleSet::Selector(SelectorKind kind) const {
  if (kind == SelectorKind::kLoose) return *loose_set_;
  std::call_once(widened_once_, [this] {
    auto set = std::make_unique<RE2::Set>(rule_loader_internal::PatternOptions(), RE2::UNANCHORED);
    for (const Compiled& c : compiled_) {
      std::string error;
      if (set->Add(WidenCountedRepeats(c.re->pattern()), &error) < 0) {
        widened_error_ = "the widened " + c.re->name() + " is refused by RE2::Set: " + error;
        return;
      }
    }
    if (!set->Compile()) {
      widened_error_ = "the widened patterns of all rules together exceed RE2's memory budget";
      return;
    }
    widened_set_ = std::move(set);
  });
  return widened_set_ != nullptr ? *widened_set_ : *loose_set_;
}

std::vector<RuleMatch> FactRuleSet::Match(std::string_view sentence) const {
  if (loose_set_ == nullptr || sentence.empty()) return {};
  const bool first = sentences_.fetch_add(1, std::memory_order_relaxed) < kLooseSentences;
  return MatchSelected(Selector(first ? SelectorKind::kLoose : SelectorKind::kWidened),
                       sentence);
}

std::vector<RuleMatch> FactRuleSet::MatchWith(SelectorKind kind,
                                              std::string_view sentence) const {
  if (loose_set_ == nullptr || sentence.empty()) return {};
  return MatchSelected(Selector(kind), sentence);
}

std::vector<RuleMatch> FactRuleSet::MatchSelected(const RE2::Set& set,
                                                  std::string_view sentence) const {
  std::vector<RuleMatch> out;
  const re2::StringPiece text(sentence.data(), sentence.size());
  std::vector<int> hits;
  if (!set.Match(text, &hits)) return out;
  std::sort(hits.begin(), hits.end());
  for (int h : hits) {
    const Compiled& c = compiled_[h];
    const FactRule& rule = rules_[c.rule];
    bool keywords_ok = std::all_of(
        rule.keywords.begin(), rule.keywords.end(), [&](const std::string& k) {
          return sentence.find(k) != std::string_view::npos;
        });
    if (!keywords_ok) continue;
    const RE2& re = c.re->get();
    const int ngroups = re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(ngroups);
    size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(),
                       ngroups)) {
      const re2::StringPiece& whole = groups[0];
      const re2::StringPiece& v = groups[c.value_group];
      bool excluded = false;
      if (v.data() != nullptr && c.rule < excludes_.size()) {
        re2::StringPiece before(text.data(), v.data() - text.data());
        for (const auto& ex : excludes_[c.rule])
          if (RE2::PartialMatch(before, *ex)) excluded = true;
      }
      if (v.data() != nullptr && !excluded) {
        RuleMatch m;
        m.rule = c.rule;
        m.pattern = c.pattern;
        m.value.begin = static_cast<uint32_t>(v.data() - text.data());
        m.value.end = m.value.begin + static_cast<uint32_t>(v.size());
        m.match.begin = static_cast<uint32_t>(whole.data() - text.data());
        m.match.end = m.match.begin + static_cast<uint32_t>(whole.size());
        if (c.year_group > 0 && groups[c.year_group].data() != nullptr) {
          const re2::StringPiece& y = groups[c.year_group];
          int year = 0;
          for (char ch : y) {
            if (ch < '0' || ch > '9') break;
            year = year * 10 + (ch - '0');
          }
          m.year = year;
        }
        out.push_back(m);
      }
      size_t end = static_cast<size_t>(whole.data() - text.data()) +
                   whole.size();
      // Step past an empty match by one whole UTF-8 character.
      if (end == pos && whole.empty()) {
        ++end;
        while (end < text.size() && (text[end] & 0xC0) == 0x80) ++end;
      }
      pos = end;
    }
  }
  // Order by position, then rule; keep one match per (rule, value span),
  // preferring one that knows the year.
  std::sort(out.begin(), out.end(), [](const RuleMatch& a, const RuleMatch& b) {
    return std::tie(a.value.begin, a.value.end, a.rule, b.year, a.pattern) <
           std::tie(b.value.begin, b.value.end, b.rule, a.year, b.pattern);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const RuleMatch& a, const RuleMatch& b) {
                          return a.rule == b.rule && a.value == b.value;
                        }),
            out.end());
  return out;
}

}  // namespace factlint
