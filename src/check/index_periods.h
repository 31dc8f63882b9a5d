// The periods the archive index files a claim's grouping key under, and the
// periods a draft's claim selects, both derived from the comparability rule
// (Compare, claim_compare.h): a stored claim of a rule group whose period a
// draft claim does not select is one Compare never finds comparable with
// it, so `check --against-db` need not read its file
// (docs/archive-index.md, "Loading only what a draft needs").
#ifndef FACTLINT_CHECK_INDEX_PERIODS_H_
#define FACTLINT_CHECK_INDEX_PERIODS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "engine/fact_groups.h"

namespace factlint {

// The period a stored claim is filed under: its ClassOf, coarsened to what
// the selection below needs ("p FROM-TO" a resolved period, "a YEAR" as of a
// dated document, "a ?" as of an undated one, "u" a period its undated
// document cannot resolve). It depends on the claim and its document only.
std::string StoredPeriod(const Document& doc, const Claim& c);

// What a draft claim's group compares by: its rule's by_year and
// last_year_as_of (FactGroup's fields of the same names).
struct PeriodRule {
  bool by_year = true;
  bool last_year_as_of = false;
};

// The StoredPeriod of every claim that Compare can find comparable with
// `c` (of `doc`) in a group of `rule`, whatever the other claim's document
// date, figure or sentence, for a window of `window_days`
// (CheckContext::same_time_window_days); nullopt for every period (a fact
// that does not vary by year; "as of" an undated document). A superset:
//  - a resolved period: the same period, and "as of" the next year for a
//    last-year fact (LastFullYear);
//  - as of a document of year Y: as of the years a window's distance away,
//    as of an undated document (rule groups compare across those), and the
//    year Y-1 for a last-year fact;
//  - an unresolved period: none.
// `base_years`: the years the growth check looks up in the group of a level
// beside a change of the draft (比2021年增长…: the 2021 level), selected too.
std::optional<std::set<std::string>> ComparablePeriods(const Document& doc, const Claim& c,
                                                       const PeriodRule& rule, int window_days,
                                                       const std::set<int>& base_years = {});

// What the archive index stores for `docs` (one document, at index time):
// each IndexKeys key with the StoredPeriod of the claims filed under it, the
// period "" where a key is not filed by period (generic and unit buckets,
// which hold their year already, and facts that do not vary by year), and
// the claims a reading of that entry needs (indices into the document's
// claims, ascending): those filed under it, and the other end of each
// change one of them ends (Transition: fact-series quotes a reference
// claim's change whole). A check that selects some of a document's
// entries reads only the claims of those (ArchiveIndex::AppendKeyDocuments):
// every claim that can share a group with a draft claim is one of them.
// `cache` as for GroupingKeys: where the index keeps the documents' takes.
using IndexEntryClaims = std::map<std::pair<std::string, std::string>, std::vector<uint32_t>>;
IndexEntryClaims IndexEntries(const Documents& docs, const FactRuleSet* rules,
                              const UnitTable* units, RuleMatchCache* cache = nullptr);

// What drafts `docs` select from an index: the IndexKeys key alone (every
// period: SelectionKey) or the key with one period, for each period
// ComparablePeriods gives, and "" periods for keys not filed by period.
// `cache` as for GroupingKeys.
std::set<std::string> DraftSelection(const Documents& docs, const FactRuleSet* rules,
                                     const UnitTable* units, int window_days,
                                     RuleMatchCache* cache = nullptr);

// A selection entry: a key with one period (SplitSelection undoes it), or
// the key alone for all its periods.
std::string SelectionKey(const std::string& key, const std::string& period);
// The key and the period of a selection entry; nullopt period: all periods.
std::pair<std::string, std::optional<std::string>> SplitSelection(const std::string& entry);

}  // namespace factlint

#endif  // FACTLINT_CHECK_INDEX_PERIODS_H_
