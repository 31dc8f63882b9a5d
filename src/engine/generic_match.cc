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
#include "extract/unit_table.h"

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
// A restatement may say its fact in fewer words than its source (《方案》部署了
// 45项重点任务 against a clause that first lists the plan's five areas and
// then says 部署了50项重点任务): when both sides have at least
// kContainedWords words, the share of the smaller side's weight the other
// side holds, times kContainedDiscount, scores the pair if that is more than
// their overlap of the union (all of it held: an error-level match; three
// quarters: a warning). A side of fewer words says too little to be held by
// chance.
constexpr double kContainedDiscount = 0.8;
constexpr size_t kContainedWords = 6;
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
    case ClaimKind::kFraction:
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

BucketKey GenericBucketKey(const Document& doc, const Claim& c) {
  return GenericBucketKey(doc, c, MatchedDimension(c));
}

BucketKey GenericBucketKey(const Document& doc, const Claim& c, std::string_view dimension) {
  BucketKey k;
  k.dimension = dimension;
  k.year = ClaimYear(doc, c);
  // A rise and a fall of one fact meet: the fact's changes are counted as
  // rises (FactGroup::measure), so 下降0.1个百分点 where the archive says
  // 提升0.1个百分点 is a contradiction.
  k.change = c.change != Direction::kNone;
  k.target = c.target;
  k.forecast = c.target && c.forecast;
  k.annual = c.annual;
  k.cumulative = c.cumulative;
  // A change over its one year is one key whether or not its base is written
  // (比上年提高3% and 上升3个百分点 of 2014), as fact rules take both.
  const bool over_one_year = c.time.known() && c.time.from_year == c.time.to_year &&
                             c.base_year == c.time.to_year - 1;
  if (!over_one_year) k.base_year = c.base_year;
  k.scope = c.scope.empty() ? std::string_view("national") : c.scope.view();
  k.subject = c.subject.view();
  return k;
}

std::optional<BucketKey> FamilyBucketKey(const Document& doc, const Claim& c,
                                         const UnitTable& units) {
  const std::string_view family = units.FamilyOf(c.dimension);
  if (family.empty() || !Eligible(c)) return std::nullopt;
  return GenericBucketKey(doc, c, family);
}

std::optional<BucketKey> PeriodBucketKey(const Document& doc, const Claim& c) {
  if (c.target || c.qualifier != Qualifier::kNone || !Eligible(c) ||
      (c.kind != ClaimKind::kCardinal && c.kind != ClaimKind::kPercent))
    return std::nullopt;
  // Significant digits as written: 5575万 four, 1100万 two, 6000亿元 one.
  std::string digits;
  for (char ch : c.surface.view())
    if (ch >= '0' && ch <= '9') digits += ch;
  const size_t first = digits.find_first_not_of('0');
  const size_t last = digits.find_last_not_of('0');
  constexpr size_t kSignificant = 3;
  if (first == std::string::npos || last - first + 1 < kSignificant) return std::nullopt;
  BucketKey k = GenericBucketKey(doc, c);
  k.year = 0;
  return k;
}

std::optional<BucketKey> BaseBucketKey(const Document& doc, const Claim& c) {
  if (c.change == Direction::kNone || c.base_year == 0 || !Eligible(c)) return std::nullopt;
  BucketKey k = GenericBucketKey(doc, c);
  k.base_year = 0;
  return k;
}

std::string GenericBucket(const BucketKey& k) {
  std::string s = std::string(k.dimension) + ", year " +
                  (k.year ? std::to_string(k.year) : "unknown") + ", change " +
                  (k.change ? "up or down" : "none");
  if (k.target) s += k.forecast ? ", forecast" : ", plan";
  if (k.annual) s += ", annual";
  if (k.cumulative) s += ", cumulative";
  if (k.base_year) s += ", base year " + std::to_string(k.base_year);
  s += ", scope " + std::string(k.scope);
  s += ", subject \u201c" + std::string(k.subject) + "\u201d";
  return s;
}

std::string GenericBucket(const Document& doc, const Claim& c) {
  return GenericBucket(GenericBucketKey(doc, c));
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
  const double smaller = std::min(both + only_a, both + only_b);
  if (std::min(a.size(), b.size()) >= kContainedWords && smaller > 0)
    s.score = std::max(s.score, kContainedDiscount * (both / smaller));
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
  if (c.subject.size() < kNamingSubjectBytes || c.subject_after) return c.context.words();
  std::vector<Word> own;
  for (const Word& w : c.context)
    if (c.subject.find(w) != std::string::npos) own.push_back(w);
  return own.empty() ? c.context.words() : own;
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

std::vector<FactGroup> GroupGeneric(const Documents& docs,
                                    const std::vector<std::vector<bool>>& used,
                                    const WordWeights* given, bool target_groups_only,
                                    RuleMatchCache* cache, bool with_reasons) {
  const WordWeights own = given ? WordWeights() : GenericWeights(docs);
  const WordWeights& weights = given ? *given : own;
  auto claim = [&](const ClaimRef& r) -> const Claim& {
    return docs[r.doc]->extraction.claims[r.claim];
  };
  auto key = [&](const ClaimRef& r) { return GenericBucketKey(*docs[r.doc], claim(r)); };
  // The claims generic matching takes and no rule took.
  std::vector<ClaimRef> refs;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const std::vector<Claim>& claims = docs[d]->extraction.claims;
    for (uint32_t i = 0; i < claims.size(); ++i)
      if (!used[d][i] && Eligible(claims[i])) refs.push_back({d, i});
  }
  // Only the groups holding a target claim wanted: a bucket without one
  // makes none of those, and is matched only when a group of it could share
  // its fact id with one of a target's bucket (NameGenericGroups tells
  // such groups apart; a generic fact id depends on the bucket alone). The
  // claims of any other bucket are left out from the start. The ids of the
  // documents that are not targets are kept in `cache`.
  if (target_groups_only) {
    std::set<BucketKey> target_keys;
    std::set<std::string, std::less<>> target_ids;
    for (const ClaimRef& r : refs) {
      if (!docs[r.doc]->target) continue;
      target_keys.insert(key(r));
      target_ids.insert(GenericFactId(*docs[r.doc], claim(r)));
    }
    std::erase_if(refs, [&](const ClaimRef& r) {
      const Document& doc = *docs[r.doc];
      if (doc.target || target_keys.count(key(r))) return false;
      if (cache) return !target_ids.count(cache->GenericIdsOf(doc)[r.claim]);
      return !target_ids.count(GenericFactId(doc, claim(r)));
    });
  }
  // Buckets: claims that could state the same fact at all. Each bucket is
  // a run of `order` (the claims sorted by bucket, each run in claim order):
  // an index a claim, not a map node and a vector per bucket (nearly every
  // claim's bucket is its own), and no key held: a claim's key is computed
  // from the claim where two are compared.
  std::vector<size_t> order(refs.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return key(refs[a]) < key(refs[b]); });
  UnionFind uf(refs.size());
  std::vector<bool> confident(refs.size(), false);
  // Why each claim joined: its best match in another document (only when
  // the reasons are asked for).
  struct Best {
    size_t other = SIZE_MAX;
    double score = -1;
    bool identical = false;
  };
  std::vector<Best> best(with_reasons ? refs.size() : 0);
  auto note = [&](size_t k, size_t other, double score, bool identical) {
    if (with_reasons && score > best[k].score) best[k] = {other, score, identical};
  };
  for (size_t begin = 0, end = 0; begin < order.size(); begin = end) {
    const BucketKey at = key(refs[order[begin]]);
    for (end = begin + 1; end < order.size() && key(refs[order[end]]) == at;) ++end;
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
    reason.bucket = GenericBucket(key(refs[k]));
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
