#include "engine/generic_fact_id.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "base/fnv.h"
#include "engine/generic_match.h"

namespace factlint {

namespace {

// Six hex digits: enough to tell apart the buckets that share a readable
// prefix (they differ only in change, scope or base year).
std::string ShortHash(std::string_view text) {
  char buf[9];
  std::snprintf(buf, sizeof buf, "%06llx",
                static_cast<unsigned long long>(Fnv1a64(text) & 0xffffff));
  return buf;
}

// Spaces and colons of a subject (English text) would split the id.
std::string IdPart(std::string s) {
  for (char& ch : s)
    if (ch == ' ' || ch == '\t' || ch == ':') ch = '-';
  return s;
}

std::string Readable(const Document& doc, const Claim& c) {
  const int year = ClaimYear(doc, c);
  std::string id = std::string(kGenericIdPrefix) + IdPart(c.subject) + ":" +
                   c.dimension.str() + ":" + (year ? std::to_string(year) : "undated");
  if (c.target) id += c.forecast ? ":forecast" : ":plan";
  return id;
}

const Claim& ClaimOf(const Documents& docs, const ClaimRef& r) {
  return docs[r.doc]->extraction.claims[r.claim];
}

// The smallest sorted word set among a group's claims, joined.
std::string SmallestWords(const Documents& docs, const FactGroup& g) {
  std::string smallest;
  bool first = true;
  for (const ClaimRef& r : g.claims) {
    std::vector<Word> words = ClaimOf(docs, r).context;  // sorted by their text
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string joined;
    for (const Word& w : words) joined += w.str() + "\x1f";
    if (first || joined < smallest) smallest = joined;
    first = false;
  }
  return smallest;
}

}  // namespace

std::string GenericFactId(const Document& doc, const Claim& claim) {
  return GenericFactId(doc, claim, GenericBucket(doc, claim));
}

std::string GenericFactId(const Document& doc, const Claim& claim, std::string_view bucket) {
  return Readable(doc, claim) + ":" + ShortHash(bucket);
}

void NameGenericGroups(const Documents& docs, std::vector<FactGroup>* groups) {
  std::map<std::string, int> count;
  for (FactGroup& g : *groups) {
    const ClaimRef& r = g.claims.front();
    g.fact_id = GenericFactId(*docs[r.doc], ClaimOf(docs, r));
    ++count[g.fact_id];
  }
  for (FactGroup& g : *groups) {
    if (count[g.fact_id] < 2) continue;
    const ClaimRef& r = g.claims.front();
    const Document& doc = *docs[r.doc];
    const Claim& c = ClaimOf(docs, r);
    g.fact_id = Readable(doc, c) + ":" +
                ShortHash(GenericBucket(doc, c) + "\n" + SmallestWords(docs, g));
  }
}

std::string FingerprintFactName(const FactGroup& group) {
  return group.from_rule ? group.fact_id : "generic";
}

}  // namespace factlint
