// Generic matching: groups claims that no fact rule recognised when they
// share a dimension, a time, a change direction and a subject, and their
// content words are nearly the same, weighting words by how rare they are in
// the run. A rare word on one side only (高等学校 in one, absent in the other)
// refuses the match. Confident matches become error-level groups, weaker
// ones warning-level; anything less is left alone (precision first).
#ifndef FACTLINT_ENGINE_GENERIC_MATCH_H_
#define FACTLINT_ENGINE_GENERIC_MATCH_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/fact_groups.h"

namespace factlint {

// Score thresholds, chosen on the seeds and fixtures/check/generic: at
// least kGenericErrorScore makes an error-level group, at least
// kGenericWarningScore a warning-level one.
constexpr double kGenericErrorScore = 0.8;
constexpr double kGenericWarningScore = 0.6;

// Inverse document frequency of context words over a set of claims.
class WordWeights {
 public:
  void Add(const std::vector<Word>& words);
  double Weight(const std::string& word) const;
  // Adds counts gathered elsewhere (the archive index): `claims` more word
  // lists, and for each word the number of those lists holding it.
  void AddCounts(int claims, const std::map<std::string, int>& df);
  int claims() const { return n_; }
  // For each word, how many of the lists added hold it.
  const std::map<std::string, int>& counts() const { return df_; }

 private:
  std::map<std::string, int> df_;
  int n_ = 0;
};

struct Similarity {
  double score = 0;           // weighted Jaccard of the two word sets, or the
                              // discounted share of the smaller one held, 0..1
  bool distinguished = false; // a rare word stands on one side only
};

Similarity Compare(const std::vector<Word>& a, const std::vector<Word>& b,
                   const WordWeights& weights);

// Why generic matching leaves a claim alone whatever the other claims say
// ("" when it is eligible): identifiers, targets, bare numbers, claims
// without a subject, and kinds other than cardinal, percent, percentage
// points and rank (and a change stated as a multiple, below).
std::string GenericIneligibility(const Claim& claim);

// A change stated as a multiple (增长1倍, 翻了一番: one more of the starting
// value) is a change in percent (+100%): it is matched and compared with
// changes stated in percent (比2021年增长了50%). The dimension a claim is
// matched in, and its value in that dimension, for every claim.
bool ChangeInMultiples(const Claim& claim);
std::string_view MatchedDimension(const Claim& claim);
Interval MatchedValue(const Claim& claim);

// The bucket a claim falls in: claims match only inside one bucket (same
// dimension, year, change or none, plan or forecast, average annual,
// cumulative, base year, scope and subject; a rise and a fall meet, counted
// as rises: FactGroup::measure), in the claim's MatchedDimension. Two claims
// share a bucket exactly when their keys are equal; GenericBucket writes the
// key in words. The key points into the claim's words (the word table) and
// allocates nothing, so grouping computes it when it compares two claims
// instead of holding a string per claim.
struct BucketKey {
  std::string_view dimension;
  int year = 0;             // 0: unknown
  bool change = false;      // a change (up or down), not a level
  bool target = false;
  bool forecast = false;    // a target stated as an expectation
  bool annual = false;
  bool cumulative = false;
  int base_year = 0;        // 0: none written, or the change is over its one year
  std::string_view scope;   // "national" for a national claim
  std::string_view subject;
  friend auto operator<=>(const BucketKey&, const BucketKey&) = default;
};
BucketKey GenericBucketKey(const Document& doc, const Claim& claim);
// The same with `dimension` in place of the claim's own: the bucket of its
// unit family (fact-unit), where claims of CNY and USD meet.
BucketKey GenericBucketKey(const Document& doc, const Claim& claim, std::string_view dimension);
// The bucket of a claim's unit family (units.toml [families]), where
// fact-unit finds the same figure in another unit: its GenericBucketKey with
// the family as dimension; none when its dimension is in no family or
// generic matching does not take it.
std::optional<BucketKey> FamilyBucketKey(const Document& doc, const Claim& claim,
                                         const UnitTable& units);
// The bucket of a change from a written base year (较2020年增长48%), where
// fact-base finds the same figure from another base: its GenericBucketKey
// without the base year; none for a claim that is no such change or that
// generic matching does not take.
std::optional<BucketKey> BaseBucketKey(const Document& doc, const Claim& claim);
// The bucket of an exact figure written with three significant digits or
// more (5575万, 51.9万亿元, 73.65%), where fact-period finds the same figure
// for another period: its GenericBucketKey without the year; none for a
// rounded, qualified, planned or ranked figure, or one generic matching does
// not take.
std::optional<BucketKey> PeriodBucketKey(const Document& doc, const Claim& claim);
// The bucket in words (explain, the archive index's keys, generic fact ids).
std::string GenericBucket(const BucketKey& key);
std::string GenericBucket(const Document& doc, const Claim& claim);

// How alike two claims' words are, the way generic matching compares them
// (a long subject compared by its own words, else the clause's).
Similarity CompareClaims(const Claim& a, const Claim& b, const WordWeights& weights);
// A similarity generic matching makes an error-level group of: no rare
// word on one side only, and a score of at least kGenericErrorScore.
bool ConfidentMatch(const Similarity& s);

// The content words both lists hold, sorted, each once.
std::vector<Word> SharedWords(const std::vector<Word>& a, const std::vector<Word>& b);

// The word weights of a run: every claim generic matching may look at (of
// the first `count` documents only, when given).
WordWeights GenericWeights(const Documents& docs, size_t count = SIZE_MAX);

// `used[d][i]` marks claims already grouped by rules; they are skipped.
// `weights`: see GroupFacts (null: GenericWeights(docs)).
// `target_groups_only`: the caller keeps only the groups holding a target
// claim, so buckets that cannot make one (or change its fact id) are not
// matched; the groups holding a target claim are the same either way.
// `cache`: where the generic fact ids of documents that are not targets are
// kept (GroupFacts; only `target_groups_only` reads them); null to compute
// every document's. `with_reasons`: see
// GroupFacts.
std::vector<FactGroup> GroupGeneric(const Documents& docs,
                                    const std::vector<std::vector<bool>>& used,
                                    const WordWeights* weights = nullptr,
                                    bool target_groups_only = false,
                                    RuleMatchCache* cache = nullptr,
                                    bool with_reasons = true);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_GENERIC_MATCH_H_
