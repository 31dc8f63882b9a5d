// Matching: which claims state the same fact. Fact rules (rules/facts/*.toml)
// decide first; claims no rule recognises are grouped by generic matching
// (same dimension and time, near-identical content words, no distinguishing
// word on one side only). Checks consume the groups.
#ifndef FACTLINT_ENGINE_FACT_GROUPS_H_
#define FACTLINT_ENGINE_FACT_GROUPS_H_

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "engine/document.h"

namespace factlint {

class FactRuleSet;
class WordWeights;
class UnitTable;
struct FactRule;

struct ClaimRef {
  uint32_t doc = 0;    // index into the run's documents
  uint32_t claim = 0;  // index into that document's claims
  friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
};

// Why a claim is in its group, recorded where the decision is made, so that
// `factlint explain` can show it.
struct MatchReason {
  // A fact rule: its id, the pattern that matched the claim's sentence (as
  // written, before macro expansion) and the text it matched.
  std::string rule_id;
  size_t pattern = 0;        // index into FactRule::patterns
  std::string pattern_text;
  std::string matched_text;  // normalized text of the whole match
  // Generic matching: the bucket (what must be equal: dimension, year,
  // change, base year, scope, subject), the claim of another document it
  // matched best, their weighted similarity and the words they share.
  Word bucket;
  bool has_partner = false;
  ClaimRef partner;
  double score = 0;
  bool identical_words = false;  // a large bucket: identical word sets only
  std::vector<Word> shared_words;
};

struct FactGroup {
  std::string fact_id;  // rule id, or a generic id (engine/generic_fact_id.h)
  std::string title;    // what the fact is, for messages
  bool from_rule = false;
  bool by_year = true;  // compare only claims about the same year
  // A statement as of its document is about the year before (as_of =
  // "last-year" in the rule).
  bool last_year_as_of = false;
  // For a rule of one year's rate of change (measure = "rise" or "fall"):
  // the direction its values are counted in. A change the other way (下降0.2%
  // of a rise such as 居民消费价格涨幅) is a negative value of the fact.
  Direction measure = Direction::kNone;
  Severity severity = Severity::kError;
  std::vector<ClaimRef> claims;  // in document order, then text order
  // Parallel to claims; empty when grouped without reasons (GroupFacts).
  std::vector<MatchReason> reasons;
};

using Documents = std::vector<std::unique_ptr<Document>>;

// Year a claim is about for comparison purposes: its own year when stated,
// else its document's year; 0 when neither is known.
int ClaimYear(const Document& doc, const Claim& claim);

// Why a fact rule does not take a claim whose sentence it matches: "" when
// it does. The one test GroupFacts applies (identifiers, targets, changes,
// another dimension, a regional claim for a national rule).
std::string RuleRefusal(const Claim& claim, const FactRule& rule);

// A fact rule's take of one claim of a document: which rule, and why. What
// the fact rules take in a document depends on that document and the rules
// only, so it can be kept between runs over the same documents.
struct RuleTake {
  uint32_t claim = 0;  // index into the document's claims
  size_t rule = 0;     // index into FactRuleSet::rules()
  MatchReason reason;
};

// The claims of `doc` the fact rules take, in the order grouping meets them
// (sentence by sentence, then the claims whose subject stands elsewhere);
// each claim at most once.
std::vector<RuleTake> MatchDocumentRules(const Document& doc, const FactRuleSet& rules);

// The take of claim `claim` by rule `rule` of `rules` through its pattern
// `pattern`, which matched `matched_text`: the one way MatchDocumentRules
// and a take read back from the archive index (store/takes_codec.h) fill
// its reason.
RuleTake MakeRuleTake(const FactRuleSet& rules, uint32_t claim, size_t rule, size_t pattern,
                      std::string matched_text);

// The work of documents done once and kept, for runs that group the same
// reference documents again and again (the language server): their fact
// rules' takes and their claims' generic fact ids. Keyed by the document's
// address, so the owner must Clear() it or Forget the document before any
// document it was used with is destroyed, and use it with one FactRuleSet
// only.
class RuleMatchCache {
 public:
  // The takes of `doc`, matched on first use.
  const std::vector<RuleTake>& Of(const Document& doc, const FactRuleSet& rules);
  // Keeps `takes` as those of `doc` (read from the archive index, where
  // they were matched under the same rules), so Of need not match it.
  void Put(const Document& doc, std::vector<RuleTake> takes);
  // How many documents Of matched, and how many takes Put kept, since the
  // cache was made: a run with the archive index's takes matches only the
  // documents read from disk (FACTLINT_TIMINGS counts both).
  size_t matched() const { return matched_; }
  size_t put() const { return put_; }
  // The takes of `doc` kept so far; null when none are.
  const std::vector<RuleTake>* Find(const Document& doc) const;
  // The generic fact id (GenericFactId) of each of `doc`'s claims, "" for a
  // claim generic matching does not take, computed on first use.
  const std::vector<std::string>& GenericIdsOf(const Document& doc);
  void Clear() {
    takes_.clear();
    generic_ids_.clear();
  }
  // Drops what is kept of `docs` (documents about to be destroyed).
  void Forget(const Documents& docs);
  void Forget(const Document& doc);
  size_t size() const { return takes_.size(); }

 private:
  std::unordered_map<const Document*, std::vector<RuleTake>> takes_;
  std::unordered_map<const Document*, std::vector<std::string>> generic_ids_;
  size_t matched_ = 0, put_ = 0;
};

// `weights`: the generic matching word weights to use instead of those of
// `docs` (GenericWeights), for a run that holds only part of its documents
// (the archive index's buckets); null for the weights of `docs`. `cache`:
// where the fact rules' takes of the documents that are not targets are
// kept; a target's are taken from it when GroupingKeys kept them, and are
// otherwise matched afresh and not kept; null to match every document.
// `target_groups_only`: the caller keeps only the groups holding a target
// claim (GroupGeneric then leaves the other buckets unmatched); those groups
// are the same either way. `with_reasons`: fill each group's `reasons`
// (explain reads them); without, `reasons` stays empty and the groups are
// the same: `check`, which shows none, does not hold them (a record of
// strings per grouped claim, held until the checks are done).
std::vector<FactGroup> GroupFacts(const Documents& docs,
                                  const FactRuleSet* rules,
                                  const WordWeights* weights = nullptr,
                                  RuleMatchCache* cache = nullptr,
                                  bool target_groups_only = false,
                                  bool with_reasons = true);

// The key GroupFacts files each claim under, per document and claim: for a
// claim a fact rule takes, the rule and the claim's place ("rule " + id +
// "\x1f" + scope); for one left to generic matching, its bucket ("generic "
// + GenericBucket); "" for a claim in no group. Claims with different keys
// are never in one group, and a claim's key depends on its own document
// only, so the archive index stores it (docs/archive-index.md).
// `cache`: where every document's fact rule takes are kept, targets' too,
// so that GroupFacts need not match a target again: the caller Forgets a
// target's before destroying it (null: match, keep nothing).
std::vector<std::vector<std::string>> GroupingKeys(const Documents& docs,
                                                   const FactRuleSet* rules,
                                                   RuleMatchCache* cache = nullptr);

// Every key the archive index files the documents under and a draft's
// reading of an index looks up: their GroupingKeys and their SlipKeys.
// `units` may be null: no family keys.
std::set<std::string> IndexKeys(const Documents& docs, const FactRuleSet* rules,
                                const UnitTable* units, RuleMatchCache* cache = nullptr);
// The buckets in words where a claim meets the same figure with one thing
// written otherwise, as the archive index stores them: "unit " + the
// GenericBucket of its FamilyBucketKey (fact-unit: another unit of its
// family) and "base " + that of its BaseBucketKey (fact-base: another base
// year); each only when the claim has one. `units` may be null: no family key.
std::vector<std::string> SlipKeys(const Document& doc, const Claim& claim, const UnitTable* units);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_FACT_GROUPS_H_
