#include "engine/generic_match.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <cmath>
#include <numeric>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>

#include "engine/generic_fact_id.h"

namespace factlint {

namespace {

constexpr double kErrorScore = kGenericErrorScore;
constexpr double kWarningScore = kGenericWarningScore;
// A word carrying at least this share of the larger side's total weight
// distinguishes the two facts when it stands on one side only.
constexpr double kDistinguishingShare = 0.08;
// Above this many claims in one bucket, only identical word sets are merged,
// so that matching stays n log n on large archives.
constexpr size_t kPairwiseLimit = 64;
// A subject of at least six Chinese characters names a fact by itself.
constexpr size_t kNamingSubjectBytes = 6 * 3;
// A subject of at least four is compared when its clause has no other words.
constexpr size_t kSubjectAloneBytes = 4 * 3;

bool Eligible(const Claim& c) { return GenericIneligibility(c).empty(); }

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(size_t a, size_t b) { parent[Find(a)] = Find(b); }
};

// Sorted by their text (Word orders as its string), each once.
std::vector<Word> Sorted(std::vector<Word> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace

std::string GenericIneligibility(const Claim& c) {
  if (c.identifier) return "it names a thing (identifier), not a quantity";
  // A bare number without a unit (a footnote mark, a list number) says too
  // little of what it measures to be matched by its words alone.
  if (c.dimension == "number") return "a bare number without a unit";
  if (c.subject.empty()) return "no subject was found for it";
  if (ChangeInMultiples(c)) return "";
  switch (c.kind) {
    case ClaimKind::kCardinal:
    case ClaimKind::kPercent:
    case ClaimKind::kPercentPoints:
    case ClaimKind::kRank:
    case ClaimKind::kDuration:
      return "";
    default:
      return std::string("its kind (") + ClaimKindName(c.kind) +
             ") is matched by fact rules only";
  }
}

bool ChangeInMultiples(const Claim& c) {
  return c.kind == ClaimKind::kMultiple && c.change != Direction::kNone && !c.identifier;
}

std::string_view MatchedDimension(const Claim& c) {
  return ChangeInMultiples(c) ? std::string_view("percent") : std::string_view(c.dimension.str());
}

Interval MatchedValue(const Claim& c) {
  if (!ChangeInMultiples(c)) return c.value;
  constexpr double kPercent = 100;
  return {c.value.lo * kPercent, c.value.hi * kPercent, c.value.lo_closed, c.value.hi_closed};
}

std::string GenericBucket(const Document& doc, const Claim& c) {
  return GenericBucket(doc, c, MatchedDimension(c));
}

std::string GenericBucket(const Document& doc, const Claim& c, std::string_view dimension) {
  const int year = ClaimYear(doc, c);
  std::string s = std::string(dimension) + ", year " + (year ? std::to_string(year) : "unknown") +
                  // A rise and a fall of one fact meet: the fact's changes are
                  // counted as rises (FactGroup::measure), so 下降0.1个百分点
                  // where the archive says 提升0.1个百分点 is a contradiction.
                  ", change " + (c.change == Direction::kNone ? "none" : "up or down");
  if (c.target) s += c.forecast ? ", forecast" : ", plan";
  if (c.annual) s += ", annual";
  if (c.cumulative) s += ", cumulative";
  // A change over its one year is one key whether or not its base is written
  // (比上年提高3% and 上升3个百分点 of 2014), as fact rules take both.
  const bool over_one_year = c.time.known() && c.time.from_year == c.time.to_year &&
                             c.base_year == c.time.to_year - 1;
  if (c.base_year && !over_one_year) s += ", base year " + std::to_string(c.base_year);
  s += ", scope " + (c.scope.empty() ? std::string("national") : c.scope.str());
  s += ", subject \u201c" + c.subject.str() + "\u201d";
  return s;
}

std::vector<Word> SharedWords(const std::vector<Word>& a, const std::vector<Word>& b) {
  std::vector<Word> sa = Sorted(a), sb = Sorted(b), both;
  std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(),
                        std::back_inserter(both));
  return both;
}

void WordWeights::Add(const std::vector<Word>& words) {
  ++n_;
  for (const Word& w : Sorted(words)) ++df_[w.str()];
}

void WordWeights::AddCounts(int claims, const std::map<std::string, int>& df) {
  n_ += claims;
  for (const auto& [word, count] : df) df_[word] += count;
}

double WordWeights::Weight(const std::string& word) const {
  auto it = df_.find(word);
  int df = it == df_.end() ? 0 : it->second;
  return std::log((n_ + 1.0) / (df + 0.5));
}

Similarity Compare(const std::vector<Word>& a_in, const std::vector<Word>& b_in,
                   const WordWeights& weights) {
  std::vector<Word> a = Sorted(a_in), b = Sorted(b_in);
  double both = 0, only_a = 0, only_b = 0, max_only = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      double w = weights.Weight(a[i++]);
      only_a += w;
      max_only = std::max(max_only, w);
    } else if (i == a.size() || b[j] < a[i]) {
      double w = weights.Weight(b[j++]);
      only_b += w;
      max_only = std::max(max_only, w);
    } else {
      both += weights.Weight(a[i]);
      ++i, ++j;
    }
  }
  Similarity s;
  double total = both + only_a + only_b;
  s.score = total > 0 ? both / total : 0;
  double larger = std::max(both + only_a, both + only_b);
  s.distinguished = larger > 0 && max_only / larger >= kDistinguishingShare;
  return s;
}

std::vector<Word> MatchWords(const Claim& c) {
  // The bucket holds claims of one subject. A long subject
  // (分两期投放政策性开发性金融工具) names the fact by itself: only its own
  // words are compared, so a long unrelated clause before the figure cannot
  // veto the match. A short one (增长, 投资) needs the clause's words.
  // A clause of no words but its subject (缓税缓费7500多亿元): a subject of
  // four characters or more is compared as one word, so two such claims of
  // one bucket agree and one beside a clause with words differs. A shorter
  // one (投资) says too little alone.
  // A subject written after its figure (60%的试点单位对…实行…) names who the
  // figure counts, not what of them: the clause's words say that.
  if (c.context.empty() && c.subject.size() >= kSubjectAloneBytes) return {c.subject};
  // A shorter subject of four characters or more that is itself one word of
  // the claim (城镇化率, the word [context] subject_aliases make of
  // 常住人口城镇化率) names the fact as well.
  if (!c.subject_after && c.subject.size() >= kSubjectAloneBytes &&
      c.subject.size() < kNamingSubjectBytes &&
      std::find(c.context.begin(), c.context.end(), c.subject) != c.context.end())
    return {c.subject};
  if (c.subject.size() < kNamingSubjectBytes || c.subject_after) return c.context;
  std::vector<Word> own;
  for (const Word& w : c.context)
    if (c.subject.find(w) != std::string::npos) own.push_back(w);
  return own.empty() ? c.context : own;
}

Similarity CompareClaims(const Claim& a, const Claim& b, const WordWeights& weights) {
  return Compare(MatchWords(a), MatchWords(b), weights);
}

bool ConfidentMatch(const Similarity& s) {
  return !s.distinguished && s.score >= kErrorScore;
}

WordWeights GenericWeights(const Documents& docs, size_t count) {
  WordWeights weights;
  for (size_t d = 0; d < docs.size() && d < count; ++d)
    for (const Claim& c : docs[d]->extraction.claims)
      if (Eligible(c)) weights.Add(c.context);
  return weights;
}

std::vector<ClaimBucket> DocumentBuckets(const Document& doc, bool with_ids) {
  std::vector<ClaimBucket> out(doc.extraction.claims.size());
  for (size_t i = 0; i < out.size(); ++i) {
    const Claim& c = doc.extraction.claims[i];
    if (!Eligible(c)) continue;
    out[i].key = GenericBucket(doc, c);
    if (with_ids) out[i].fact_id = GenericFactId(doc, c, out[i].key);
  }
  return out;
}

std::vector<FactGroup> GroupGeneric(const Documents& docs,
                                    const std::vector<std::vector<bool>>& used,
                                    const WordWeights* given, bool target_groups_only,
                                    RuleMatchCache* cache, bool with_reasons) {
  const WordWeights own = given ? WordWeights() : GenericWeights(docs);
  const WordWeights& weights = given ? *given : own;
  // Each claim's bucket ("" when generic matching does not take it): kept
  // in `cache` for the documents that are not targets.
  std::vector<std::vector<ClaimBucket>> fresh(docs.size());
  std::vector<const std::vector<ClaimBucket>*> buckets_of(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    if (cache && !docs[d]->target) {
      buckets_of[d] = &cache->BucketsOf(*docs[d], target_groups_only);
    } else {
      fresh[d] = DocumentBuckets(*docs[d], target_groups_only);
      buckets_of[d] = &fresh[d];
    }
  }
  auto bucket = [&](const ClaimRef& r) -> const ClaimBucket& {
    return (*buckets_of[r.doc])[r.claim];
  };
  auto claim = [&](const ClaimRef& r) -> const Claim& {
    return docs[r.doc]->extraction.claims[r.claim];
  };
  // Only the groups holding a target claim wanted: a bucket without one
  // makes none of those, and is matched only when a group of it could share
  // its fact id with one of a target's bucket (NameGenericGroups tells
  // such groups apart; a generic fact id depends on the bucket alone). The
  // claims of any other bucket are left out from the start.
  std::set<std::string_view> target_keys, target_ids;
  if (target_groups_only) {
    for (uint32_t d = 0; d < docs.size(); ++d) {
      if (!docs[d]->target) continue;
      for (uint32_t i = 0; i < buckets_of[d]->size(); ++i) {
        const ClaimBucket& b = (*buckets_of[d])[i];
        if (b.key.empty() || used[d][i]) continue;
        target_keys.insert(b.key);
        target_ids.insert(b.fact_id);
      }
    }
  }
  std::vector<ClaimRef> refs;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    for (uint32_t i = 0; i < buckets_of[d]->size(); ++i) {
      const ClaimBucket& b = (*buckets_of[d])[i];
      if (b.key.empty() || used[d][i]) continue;
      if (target_groups_only && !target_keys.count(b.key) && !target_ids.count(b.fact_id))
        continue;
      refs.push_back({d, i});
    }
  }
  // Buckets: claims that could state the same fact at all. Each bucket is
  // a run of `order` (the claims sorted by bucket, each run in claim order),
  // the runs in the order of their keys: an index a claim, not a map node
  // and a vector per bucket (nearly every claim's bucket is its own).
  std::vector<size_t> order(refs.size());
  std::iota(order.begin(), order.end(), size_t{0});
  auto key_of = [&](size_t k) { return std::string_view(bucket(refs[k]).key); };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return key_of(a) < key_of(b); });
  UnionFind uf(refs.size());
  std::vector<bool> confident(refs.size(), false);
  // Why each claim joined: its best match in another document.
  struct Best {
    size_t other = SIZE_MAX;
    double score = -1;
    bool identical = false;
  };
  std::vector<Best> best(refs.size());
  auto note = [&](size_t k, size_t other, double score, bool identical) {
    if (score > best[k].score) best[k] = {other, score, identical};
  };
  for (size_t begin = 0, end = 0; begin < order.size(); begin = end) {
    for (end = begin + 1; end < order.size() && key_of(order[end]) == key_of(order[begin]);)
      ++end;
    const std::span<const size_t> members(order.data() + begin, end - begin);
    if (members.size() < 2) continue;
    if (members.size() > kPairwiseLimit) {
      std::map<std::vector<Word>, size_t> first;
      for (size_t k : members) {
        auto [it, inserted] = first.emplace(Sorted(MatchWords(claim(refs[k]))), k);
        if (!inserted) {
          uf.Union(k, it->second);
          confident[k] = confident[it->second] = true;
          note(k, it->second, 1.0, true);
          note(it->second, k, 1.0, true);
        }
      }
      continue;
    }
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const ClaimRef& a = refs[members[x]];
        const ClaimRef& b = refs[members[y]];
        if (a.doc == b.doc) continue;  // one document restating itself
        Similarity s = CompareClaims(claim(a), claim(b), weights);
        if (s.distinguished || s.score < kWarningScore) continue;
        uf.Union(members[x], members[y]);
        note(members[x], members[y], s.score, false);
        note(members[y], members[x], s.score, false);
        if (ConfidentMatch(s)) confident[members[x]] = confident[members[y]] = true;
      }
    }
  }
  // A claim alone in its set makes no group: only the others are described.
  std::vector<size_t> set_size(refs.size(), 0);
  for (size_t k = 0; k < refs.size(); ++k) ++set_size[uf.Find(k)];
  std::map<size_t, FactGroup> by_root;
  for (size_t k = 0; k < refs.size(); ++k) {
    if (set_size[uf.Find(k)] < 2) continue;
    FactGroup& g = by_root[uf.Find(k)];
    if (g.claims.empty()) {
      g.title = claim(refs[k]).subject;
      g.severity = Severity::kWarning;
      if (claim(refs[k]).change != Direction::kNone) g.measure = Direction::kUp;
    }
    if (confident[k]) g.severity = Severity::kError;
    g.claims.push_back(refs[k]);
    if (!with_reasons) continue;
    MatchReason reason;
    reason.bucket = bucket(refs[k]).key;
    if (best[k].other != SIZE_MAX) {
      const ClaimRef& other = refs[best[k].other];
      reason.has_partner = true;
      reason.partner = other;
      reason.score = best[k].score;
      reason.identical_words = best[k].identical;
      reason.shared_words = SharedWords(MatchWords(claim(refs[k])), MatchWords(claim(other)));
    }
    g.reasons.push_back(std::move(reason));
  }
  std::vector<FactGroup> groups;
  for (auto& [root, g] : by_root)
    if (g.claims.size() > 1) groups.push_back(std::move(g));
  NameGenericGroups(docs, &groups);
  return groups;
}

}  // namespace factlint
