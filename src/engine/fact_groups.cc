#include "engine/fact_groups.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "base/strings.h"
#include "engine/fact_rules.h"
#include "engine/generic_fact_id.h"
#include "engine/generic_match.h"
#include "extract/unit_table.h"

namespace factlint {

int ClaimYear(const Document& doc, const Claim& claim) {
  if (claim.time.known()) return claim.time.to_year;
  return doc.extraction.date.year;
}

std::string RuleRefusal(const Claim& c, const FactRule& rule) {
  // Names, goals and changes are not statements of the fact.
  if (c.identifier) return "it names a thing (identifier), not a quantity";
  if (c.target) return "it is a target or plan, not a statement of the fact";
  if (rule.measure == FactMeasure::kLevel && c.change != Direction::kNone)
    return "it is a change (" + std::string(DirectionName(c.change)) +
           "), not the level the rule states";
  if (rule.measure != FactMeasure::kLevel) {
    // A one-year rate: 增长6.9% (比上年), 增速6.9%, 涨幅2% are taken, and a
    // change the other way (下降0.3%) as a negative value of it.
    if (c.annual) return "it is an average annual rate, not one year's change";
    if (c.cumulative || (c.time.known() && c.time.from_year != c.time.to_year))
      return "it is a change over several years, not one year's";
    if (c.base_year != 0 && c.time.known() && c.base_year < c.time.to_year - 1)
      return "it is a change since " + std::to_string(c.base_year) +
             ", not one year's";
  }
  if (c.dimension != rule.dimension)
    return "its dimension " + c.dimension.str() + " is not the rule's " + rule.dimension;
  if (rule.national && !c.scope.empty())
    return "it is about " + c.scope.str() + " and the rule takes national figures only";
  return "";
}

namespace {

// The claim's unit is not in its own text: a table wrote it apart, in the
// row's label or the column's header (| 专利申请数(万项) | 536.46 |).
bool UnitWrittenApart(const Claim& c) {
  return !c.unit.empty() && c.surface.str().find(c.unit.str()) == std::string::npos;
}

// Finds the claim whose normalized span overlaps `value`. Claims are in text
// order and do not overlap, so their ends are sorted too.
int ClaimAt(const std::vector<Claim>& claims, Span value) {
  auto it = std::partition_point(claims.begin(), claims.end(), [&](const Claim& c) {
    return c.span.end <= value.begin;
  });
  if (it == claims.end() || it->span.begin >= value.end) return -1;
  return static_cast<int>(it - claims.begin());
}

// What a rule reads in one sentence: the sentence itself, or, for a table
// row (|城镇新增就业|1269万人|1206万人|), each cell after the row's label
// read as "label + cell" (城镇新增就业1269万人), since the label names the fact.
struct RulePiece {
  std::string text;
  uint32_t label_size = 0;  // bytes of text taken from the label
  uint32_t offset = 0;      // where text[label_size] is in the sentence
};

// The label of a table row (its first cell, trimmed); empty for prose.
std::string_view RowLabel(std::string_view sentence) {
  std::string_view row = sentence;
  while (!row.empty() && row.front() == ' ') row.remove_prefix(1);
  if (row.empty() || row.front() != '|') return {};
  const size_t close = row.find('|', 1);
  if (close == std::string_view::npos) return {};
  std::string_view label = row.substr(1, close - 1);
  while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  return label;
}

std::vector<RulePiece> RulePieces(std::string_view sentence) {
  std::vector<RulePiece> out;
  std::string_view row = sentence;
  while (!row.empty() && row.front() == ' ') row.remove_prefix(1);
  if (row.empty() || row.front() != '|') {
    out.push_back({std::string(sentence), 0, 0});
    return out;
  }
  const uint32_t lead = static_cast<uint32_t>(sentence.size() - row.size());
  std::vector<Span> cells;
  for (size_t open = 0, close; (close = row.find('|', open + 1)) != std::string_view::npos; open = close)
    cells.push_back({lead + static_cast<uint32_t>(open + 1), lead + static_cast<uint32_t>(close)});
  if (cells.size() < 2) {
    out.push_back({std::string(sentence), 0, 0});
    return out;
  }
  auto trimmed = [&](Span c) {
    while (c.begin < c.end && sentence[c.begin] == ' ') ++c.begin;
    while (c.end > c.begin && sentence[c.end - 1] == ' ') --c.end;
    return c;
  };
  const Span label = trimmed(cells.front());
  const std::string label_text(sentence.substr(label.begin, label.size()));
  for (size_t k = 1; k < cells.size(); ++k) {
    const Span cell = trimmed(cells[k]);
    if (cell.empty()) continue;
    out.push_back({label_text + std::string(sentence.substr(cell.begin, cell.size())),
                   static_cast<uint32_t>(label_text.size()), cell.begin});
  }
  return out;
}

}  // namespace

RuleTake MakeRuleTake(const FactRuleSet& rules, uint32_t claim, size_t rule, size_t pattern,
                      std::string matched_text) {
  const FactRule& r = rules.rules()[rule];
  RuleTake t;
  t.claim = claim;
  t.rule = rule;
  t.reason.rule_id = r.id;
  t.reason.pattern = pattern;
  if (pattern < r.patterns.size()) t.reason.pattern_text = r.patterns[pattern];
  t.reason.matched_text = std::move(matched_text);
  return t;
}

std::vector<RuleTake> MatchDocumentRules(const Document& doc, const FactRuleSet& rules) {
  std::vector<RuleTake> takes;
  const std::vector<Claim>& claims = doc.extraction.claims;
  std::vector<bool> used(claims.size(), false);
  // Takes claim i for the rule that matched it, unless taken or refused.
  auto take = [&](int i, const RuleMatch& m, std::string_view read) {
    const FactRule& rule = rules.rules()[m.rule];
    if (i < 0 || used[i] || !RuleRefusal(claims[i], rule).empty()) return;
    takes.push_back(MakeRuleTake(rules, static_cast<uint32_t>(i), m.rule, m.pattern,
                                 std::string(read.substr(m.match.begin, m.match.size()))));
    used[i] = true;
  };
  Span last_sentence{UINT32_MAX, UINT32_MAX};
  for (const Claim& c : claims) {
    if (c.sentence == last_sentence) continue;  // each sentence once
    last_sentence = c.sentence;
    for (const RulePiece& piece : RulePieces(doc.Text(c.sentence))) {
      for (const RuleMatch& m : rules.Match(piece.text)) {
        if (m.value.begin < piece.label_size) continue;  // the value is in the cell
        const uint32_t shift = piece.offset - piece.label_size;
        Span value{c.sentence.begin + shift + m.value.begin,
                   c.sentence.begin + shift + m.value.end};
        take(ClaimAt(claims, value), m, piece.text);
      }
    }
  }
  // A claim whose subject stands outside its clause (the question an
  // answer replies to: 问:2022年城镇新增就业是多少? 答:1206万人; the clause
  // before it: 研发投入强度比上年提高0.13个百分点,达到2.68%) is read as
  // "subject + its clause up to the value" (城镇新增就业1206万人,
  // 研发投入强度达到2.68%, 国家综合创新能力由2020年的第10位); the value the
  // rule reads must be this claim's, not a figure before it.
  // A table cell whose unit the row's label or the column's header writes
  // apart (| 城镇新增就业(万人) | 1315 |) is read the same way, as "subject +
  // value + unit" (城镇新增就业1315万人), and one whose subject is not its
  // row's label (| 比上年增长 | 9.3% | under | 国内生产总值 |) as "subject +
  // label + value" (国内生产总值比上年增长9.3%).
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (used[i] || c.identifier || c.subject.empty()) continue;
    const bool unit_apart = UnitWrittenApart(c);
    const std::string_view label = RowLabel(doc.Text(c.sentence));
    const bool label_apart =
        !label.empty() && label.find(c.subject.str()) == std::string_view::npos;
    if (!(c.subject_elsewhere || unit_apart || label_apart)) continue;
    Span value = c.span;
    if (!c.qualifier_span.empty() && c.qualifier_span.end <= c.span.begin)
      value.begin = c.qualifier_span.begin;
    std::string lead;
    if (label_apart) {
      lead = label;  // without the unit the table writes apart
      if (unit_apart && EndsWith(lead, c.unit.str() + ")") && lead.rfind('(') != std::string::npos)
        lead.erase(lead.rfind('('));
    } else if (!unit_apart) {
      lead = doc.Text({std::min(c.clause.begin, value.begin), value.begin});
    }
    const std::string read = c.subject.str() + lead + std::string(doc.Text(value)) +
                             (unit_apart ? c.unit.str() : std::string());
    for (const RuleMatch& m : rules.Match(read)) {
      if (m.value.begin < c.subject.size() + lead.size()) continue;
      take(static_cast<int>(i), m, read);
      if (used[i]) break;
    }
  }
  // The figures of a list right after one the rule took, joined to it by a
  // mark or a word at most (城镇新增就业分别为1310万人、1312万人和1341万人), with
  // the same subject: the list goes on stating the fact.
  constexpr uint32_t kMaxJoinBytes = 6;  // 、 or 和, 以及
  const size_t taken_by_pattern = takes.size();
  for (size_t t = 0; t < taken_by_pattern; ++t) {
    const Claim& first = claims[takes[t].claim];
    for (size_t i = takes[t].claim + 1; i < claims.size(); ++i) {
      const Claim& c = claims[i];
      const Span join{claims[i - 1].span.end, c.span.begin};
      if (c.clause != first.clause || join.begin > join.end || join.size() > kMaxJoinBytes ||
          doc.Text(join).find_first_of("0123456789\n") != std::string_view::npos)
        break;
      if (used[i] || c.identifier || c.subject != first.subject || c.change != first.change ||
          c.base_year != first.base_year || c.kind != first.kind)
        break;
      const FactRule& rule = rules.rules()[takes[t].rule];
      if (!RuleRefusal(c, rule).empty()) break;
      RuleTake more = takes[t];
      more.claim = static_cast<uint32_t>(i);
      takes.push_back(std::move(more));
      used[i] = true;
    }
  }
  return takes;
}

const std::vector<RuleTake>& RuleMatchCache::Of(const Document& doc, const FactRuleSet& rules) {
  auto it = takes_.find(&doc);
  if (it == takes_.end()) {
    it = takes_.emplace(&doc, MatchDocumentRules(doc, rules)).first;
    ++matched_;
  }
  return it->second;
}

void RuleMatchCache::Put(const Document& doc, std::vector<RuleTake> takes) {
  takes_[&doc] = std::move(takes);
  ++put_;
}

const std::vector<RuleTake>* RuleMatchCache::Find(const Document& doc) const {
  auto it = takes_.find(&doc);
  return it == takes_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& RuleMatchCache::GenericIdsOf(const Document& doc) {
  auto [it, inserted] = generic_ids_.try_emplace(&doc);
  if (inserted) {
    it->second.reserve(doc.extraction.claims.size());
    for (const Claim& c : doc.extraction.claims)
      it->second.push_back(GenericIneligibility(c).empty() ? GenericFactId(doc, c) : "");
  }
  return it->second;
}

void RuleMatchCache::Forget(const Documents& docs) {
  for (const auto& doc : docs)
    if (doc) Forget(*doc);
}

void RuleMatchCache::Forget(const Document& doc) {
  takes_.erase(&doc);
  generic_ids_.erase(&doc);
}

namespace {

// Assigns claims to rule-defined facts; marks the claims it used. A
// document's takes come from `cache` when given; a target's only when they
// are kept there already, unless `keep_targets`.
void GroupByRules(const Documents& docs, const FactRuleSet& rules, RuleMatchCache* cache,
                  bool keep_targets, bool with_reasons, std::vector<FactGroup>* groups,
                  std::vector<std::vector<bool>>* used) {
  // One group per rule and place: claims of different places are never the
  // same fact (a rule with scope = "national" takes national claims only).
  std::map<std::pair<size_t, std::string>, size_t> group_of_rule;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const std::vector<RuleTake>* kept = nullptr;
    if (cache && (keep_targets || !docs[d]->target)) kept = &cache->Of(*docs[d], rules);
    else if (cache) kept = cache->Find(*docs[d]);
    std::vector<RuleTake> fresh;
    if (!kept) fresh = MatchDocumentRules(*docs[d], rules);
    const std::vector<RuleTake>& takes = kept ? *kept : fresh;
    const std::vector<Claim>& claims = docs[d]->extraction.claims;
    for (const RuleTake& t : takes) {
      const FactRule& rule = rules.rules()[t.rule];
      auto [it, inserted] = group_of_rule.emplace(
          std::make_pair(t.rule, claims[t.claim].scope), groups->size());
      if (inserted) {
        FactGroup g;
        g.fact_id = rule.id;
        g.title = rule.title;
        g.from_rule = true;
        g.by_year = rule.by_year;
        g.last_year_as_of = rule.last_year_as_of;
        if (rule.measure != FactMeasure::kLevel)
          g.measure = rule.measure == FactMeasure::kRise ? Direction::kUp : Direction::kDown;
        g.severity = rule.severity;
        groups->push_back(std::move(g));
      }
      FactGroup& g = (*groups)[it->second];
      g.claims.push_back({d, t.claim});
      if (with_reasons) g.reasons.push_back(t.reason);
      (*used)[d][t.claim] = true;
    }
  }
}

}  // namespace

std::vector<FactGroup> GroupFacts(const Documents& docs,
                                  const FactRuleSet* rules,
                                  const WordWeights* weights,
                                  RuleMatchCache* cache, bool target_groups_only,
                                  bool with_reasons) {
  std::vector<FactGroup> groups;
  std::vector<std::vector<bool>> used(docs.size());
  for (size_t d = 0; d < docs.size(); ++d)
    used[d].assign(docs[d]->extraction.claims.size(), false);
  if (rules)
    GroupByRules(docs, *rules, cache, /*keep_targets=*/false, with_reasons, &groups, &used);
  std::vector<FactGroup> generic =
      GroupGeneric(docs, used, weights, target_groups_only, cache, with_reasons);
  for (FactGroup& g : generic) groups.push_back(std::move(g));
  return groups;
}

std::vector<std::vector<std::string>> GroupingKeys(const Documents& docs,
                                                   const FactRuleSet* rules,
                                                   RuleMatchCache* cache) {
  std::vector<std::vector<std::string>> keys(docs.size());
  std::vector<std::vector<bool>> used(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    used[d].assign(docs[d]->extraction.claims.size(), false);
    keys[d].resize(docs[d]->extraction.claims.size());
  }
  std::vector<FactGroup> groups;
  if (rules)
    GroupByRules(docs, *rules, cache, /*keep_targets=*/true, /*with_reasons=*/false, &groups,
                 &used);
  for (const FactGroup& g : groups)
    for (const ClaimRef& r : g.claims)
      keys[r.doc][r.claim] = "rule " + g.fact_id + "\x1f" +
                             docs[r.doc]->extraction.claims[r.claim].scope.str();
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::vector<Claim>& claims = docs[d]->extraction.claims;
    for (size_t i = 0; i < claims.size(); ++i)
      if (!used[d][i] && GenericIneligibility(claims[i]).empty())
        keys[d][i] = "generic " + GenericBucket(*docs[d], claims[i]);
  }
  return keys;
}

std::vector<std::string> SlipKeys(const Document& doc, const Claim& claim, const UnitTable* units) {
  std::vector<std::string> keys;
  if (units)
    if (const std::optional<BucketKey> key = FamilyBucketKey(doc, claim, *units))
      keys.push_back("unit " + GenericBucket(*key));
  if (const std::optional<BucketKey> key = BaseBucketKey(doc, claim))
    keys.push_back("base " + GenericBucket(*key));
  // fact-period pairs only equal figures: the key holds the figure too, so
  // that a draft's reading of an index selects the files that state it, not
  // every year of the fact.
  if (const std::optional<BucketKey> key = PeriodBucketKey(doc, claim)) {
    char value[64];
    std::snprintf(value, sizeof value, "\x1f%.17g%c%.17g%c", claim.value.lo,
                  claim.value.lo_closed ? '[' : '(', claim.value.hi,
                  claim.value.hi_closed ? ']' : ')');
    keys.push_back("period " + GenericBucket(*key) + value);
  }
  return keys;
}

std::set<std::string> IndexKeys(const Documents& docs, const FactRuleSet* rules,
                                const UnitTable* units, RuleMatchCache* cache) {
  std::set<std::string> keys;
  for (std::vector<std::string>& of_doc : GroupingKeys(docs, rules, cache))
    for (std::string& key : of_doc)
      if (!key.empty()) keys.insert(std::move(key));
  for (const auto& doc : docs)
    for (const Claim& c : doc->extraction.claims)
      for (std::string& key : SlipKeys(*doc, c, units)) keys.insert(std::move(key));
  return keys;
}

}  // namespace factlint
