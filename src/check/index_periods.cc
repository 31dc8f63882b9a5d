#include "check/index_periods.h"

#include <map>

#include "check/claim_compare.h"
#include "engine/fact_rules.h"

namespace factlint {
namespace {

constexpr char kPeriodSeparator = '\x1e';

std::string Resolved(int from, int to) {
  return "p " + std::to_string(from) + "-" + std::to_string(to);
}
std::string AsOf(int year) { return "a " + std::to_string(year); }
constexpr char kAsOfUndated[] = "a ?";
constexpr char kUnresolved[] = "u";

// The rule id of a GroupingKeys key of a fact rule ("rule ID<US>SCOPE"), or
// "" for a generic or unit bucket.
std::string RuleIdOf(const std::string& key) {
  static const std::string kPrefix = "rule ";
  if (key.compare(0, kPrefix.size(), kPrefix) != 0) return "";
  return key.substr(kPrefix.size(), key.find('\x1f') - kPrefix.size());
}

}  // namespace

std::string StoredPeriod(const Document& doc, const Claim& c) {
  const TimeClass t = ClassOf(doc, c);
  if (t.unresolved) return kUnresolved;
  if (!t.as_of) return Resolved(t.from_year, t.to_year);
  const int year = doc.extraction.date.year;
  return year ? AsOf(year) : kAsOfUndated;
}

std::optional<std::set<std::string>> ComparablePeriods(const Document& doc, const Claim& c,
                                                       const PeriodRule& rule, int window_days,
                                                       const std::set<int>& base_years) {
  if (!rule.by_year) return std::nullopt;
  std::set<std::string> periods;
  for (int year : base_years) periods.insert(Resolved(year, year));
  const TimeClass t = ClassOf(doc, c);
  if (t.unresolved) return periods;
  if (!t.as_of) {
    periods.insert(Resolved(t.from_year, t.to_year));
    if (rule.last_year_as_of && t.from_year == t.to_year) periods.insert(AsOf(t.from_year + 1));
    return periods;
  }
  const int year = doc.extraction.date.year;
  if (year == 0) return std::nullopt;  // meets as-of claims of every date
  // Two dates at most window_days apart are at most this many years apart.
  const int reach = (window_days < 0 ? 0 : window_days) / 365 + 1;
  for (int y = year - reach; y <= year + reach; ++y) periods.insert(AsOf(y));
  periods.insert(kAsOfUndated);
  if (rule.last_year_as_of) {
    periods.insert(Resolved(year - 1, year - 1));
    // The spans RestatesSpanEndingLastYear looks for.
    for (int from = year - kLongestRestatedSpan; from < year - 1; ++from)
      periods.insert(Resolved(from, year - 1));
  }
  return periods;
}

IndexEntryClaims IndexEntries(const Documents& docs, const FactRuleSet* rules,
                              const UnitTable* units, RuleMatchCache* cache) {
  std::map<std::pair<std::string, std::string>, std::set<uint32_t>> entries;
  const std::vector<std::vector<std::string>> keys = GroupingKeys(docs, rules, cache);
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::vector<Claim>& claims = docs[d]->extraction.claims;
    for (uint32_t i = 0; i < keys[d].size(); ++i) {
      const std::string& key = keys[d][i];
      if (key.empty()) continue;
      entries[{key, RuleIdOf(key).empty() ? std::string() : StoredPeriod(*docs[d], claims[i])}]
          .insert(i);
    }
    // The slip buckets (IndexKeys' keys that GroupingKeys does not give).
    for (uint32_t i = 0; i < claims.size(); ++i)
      for (std::string& key : SlipKeys(*docs[d], claims[i], units))
        entries[{std::move(key), ""}].insert(i);
  }
  // A claim is read with the other end of each change it ends, and so on
  // along a chain of changes (一季度…上半年…前三季度).
  for (auto& [entry, filed] : entries)
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& doc : docs)
        for (const Transition& t : doc->extraction.transitions) {
          const auto from = static_cast<uint32_t>(t.from), to = static_cast<uint32_t>(t.to);
          if (filed.count(from) != filed.count(to)) {
            filed.insert(from);
            filed.insert(to);
            grew = true;
          }
        }
    }
  IndexEntryClaims out;
  for (auto& [entry, filed] : entries)
    out.emplace(entry, std::vector<uint32_t>(filed.begin(), filed.end()));
  return out;
}

std::set<std::string> DraftSelection(const Documents& docs, const FactRuleSet* rules,
                                     const UnitTable* units, int window_days,
                                     RuleMatchCache* cache) {
  std::map<std::string, PeriodRule> rule_of;
  if (rules)
    for (const FactRule& r : rules->rules()) {
      // Rules sharing an id: the wider selection of the two.
      auto [it, fresh] = rule_of.try_emplace(r.id, PeriodRule{r.by_year, r.last_year_as_of});
      if (!fresh) {
        it->second.by_year = it->second.by_year && r.by_year;
        it->second.last_year_as_of = it->second.last_year_as_of || r.last_year_as_of;
      }
    }
  std::set<std::string> selection;
  const std::vector<std::vector<std::string>> keys = GroupingKeys(docs, rules, cache);
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::vector<Claim>& claims = docs[d]->extraction.claims;
    // The base years of each sentence's changes: the growth check looks
    // them up in the group of a level of the sentence.
    std::map<std::pair<uint32_t, uint32_t>, std::set<int>> base_years_of;
    for (const Claim& c : claims)
      if (c.change != Direction::kNone && c.base_year != 0)
        base_years_of[{c.sentence.begin, c.sentence.end}].insert(c.base_year);
    for (size_t i = 0; i < keys[d].size(); ++i) {
      const std::string& key = keys[d][i];
      if (key.empty()) continue;
      const std::string id = RuleIdOf(key);
      auto rule = rule_of.find(id);
      if (id.empty() || rule == rule_of.end()) {
        selection.insert(key);
        continue;
      }
      auto base_years = base_years_of.find({claims[i].sentence.begin, claims[i].sentence.end});
      std::optional<std::set<std::string>> periods = ComparablePeriods(
          *docs[d], claims[i], rule->second, window_days,
          base_years == base_years_of.end() ? std::set<int>{} : base_years->second);
      if (!periods) {
        selection.insert(key);
        continue;
      }
      for (const std::string& period : *periods) selection.insert(SelectionKey(key, period));
    }
  }
  for (const auto& doc : docs)
    for (const Claim& c : doc->extraction.claims)
      for (std::string& key : SlipKeys(*doc, c, units)) selection.insert(std::move(key));
  return selection;
}

std::string SelectionKey(const std::string& key, const std::string& period) {
  return key + kPeriodSeparator + period;
}

std::pair<std::string, std::optional<std::string>> SplitSelection(const std::string& entry) {
  const size_t at = entry.find(kPeriodSeparator);
  if (at == std::string::npos) return {entry, std::nullopt};
  return {entry.substr(0, at), entry.substr(at + 1)};
}

}  // namespace factlint
