#include "store/extraction_codec.h"

#include <cstdint>
#include <cstring>

#include "store/byte_codec.h"

namespace factlint {
namespace {

using codec::Reader;
using codec::Writer;

void PutClaim(const Claim& c, Writer* w) {
  w->Sp(c.span);
  w->Sp(c.source_span);
  w->Str(c.surface);
  w->U(static_cast<uint64_t>(c.kind));
  w->D(c.value.lo);
  w->D(c.value.hi);
  w->U(c.value.lo_closed);
  w->U(c.value.hi_closed);
  w->Str(c.dimension);
  w->Str(c.unit);
  w->U(static_cast<uint64_t>(c.qualifier));
  w->Sp(c.qualifier_span);
  w->S(c.time.from_year);
  w->S(c.time.to_year);
  w->U(static_cast<uint64_t>(c.time.origin));
  w->Str(c.time.part);
  w->Sp(c.time.evidence);
  w->U(static_cast<uint64_t>(c.change));
  w->U(c.annual);
  w->U(c.real);
  w->U(c.subjectless);
  w->U(c.cumulative);
  w->S(c.base_year);
  w->U(c.target);
  w->U(c.forecast);
  w->Str(c.scope);
  w->U(c.identifier);
  w->Sp(c.sentence);
  w->Sp(c.clause);
  w->Str(c.subject);
  w->U(c.subject_elsewhere);
  w->U(c.subject_after);
  w->U(c.context.size());
  for (const std::string& s : c.context) w->Str(s);
}

// Reads one claim; with `whole` false, reads past it (every field checked
// alike, its strings not copied and its words not interned) and returns an
// empty claim.
Claim GetClaim(size_t norm, size_t source, Reader* r, bool whole = true) {
  auto str = [&](auto& field) {
    if (whole)
      field = r->Str();
    else
      r->SkipStr();
  };
  Claim c;
  c.span = r->Sp(norm);
  c.source_span = r->Sp(source);
  str(c.surface);
  c.kind = static_cast<ClaimKind>(r->E(static_cast<int>(ClaimKind::kDuration)));
  c.value.lo = r->D();
  c.value.hi = r->D();
  c.value.lo_closed = r->B();
  c.value.hi_closed = r->B();
  str(c.dimension);
  str(c.unit);
  c.qualifier = static_cast<Qualifier>(r->E(static_cast<int>(Qualifier::kAtMost)));
  c.qualifier_span = r->Sp(norm);
  c.time.from_year = r->Int();
  c.time.to_year = r->Int();
  c.time.origin = static_cast<TimeOrigin>(r->E(static_cast<int>(TimeOrigin::kDocument)));
  str(c.time.part);
  c.time.evidence = r->Sp(source);
  c.change = static_cast<Direction>(r->E(static_cast<int>(Direction::kDown)));
  c.annual = r->B();
  c.real = r->B();
  c.subjectless = r->B();
  c.cumulative = r->B();
  c.base_year = r->Int();
  c.target = r->B();
  c.forecast = r->B();
  str(c.scope);
  c.identifier = r->B();
  c.sentence = r->Sp(norm);
  c.clause = r->Sp(norm);
  str(c.subject);
  c.subject_elsewhere = r->B();
  c.subject_after = r->B();
  size_t n = r->Count(1);
  if (!whole) {
    for (size_t i = 0; i < n && r->ok(); ++i) r->SkipStr();
    return c;
  }
  std::vector<Word> context;
  for (size_t i = 0; i < n && r->ok(); ++i) context.push_back(r->Str());
  c.context = WordList(context);
  return c;
}

}  // namespace

std::string EncodeExtraction(const Extraction& e) {
  Writer w;
  w.U(kExtractionCodecVersion);
  w.S(e.date.year);
  w.S(e.date.month);
  w.S(e.date.day);
  w.Str(e.date.origin);
  w.U(e.claims.size());
  for (const Claim& c : e.claims) PutClaim(c, &w);
  w.U(e.transitions.size());
  for (const Transition& t : e.transitions) {
    w.U(t.from);
    w.U(t.to);
    w.U(static_cast<uint64_t>(t.verb));
    w.Sp(t.span);
  }
  return w.Take();
}

bool DecodeExtraction(std::string_view bytes, size_t normalized_size,
                      size_t source_size, Extraction* e, std::string* error,
                      const std::vector<uint32_t>* keep, size_t* stored) {
  Reader r(bytes);
  if (r.U() != static_cast<uint64_t>(kExtractionCodecVersion) || !r.ok()) {
    *error = "unknown claim encoding";
    return false;
  }
  e->date.year = r.Int();
  e->date.month = r.Int();
  e->date.day = r.Int();
  e->date.origin = r.Str();
  e->claims.clear();
  size_t n = r.Count(30);  // a claim takes at least 30 bytes
  if (stored) *stored = n;
  // Each stored claim's index among those decoded (SIZE_MAX: read past).
  std::vector<size_t> renumbered;
  if (keep) {
    renumbered.assign(n, SIZE_MAX);
    for (size_t k = 0; k < keep->size(); ++k) {
      if ((*keep)[k] >= n || (k > 0 && (*keep)[k] <= (*keep)[k - 1])) r.Fail();
      else renumbered[(*keep)[k]] = k;
    }
  }
  e->claims.reserve(keep ? keep->size() : n);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const bool whole = !keep || renumbered[i] != SIZE_MAX;
    Claim c = GetClaim(normalized_size, source_size, &r, whole);
    if (whole) e->claims.push_back(std::move(c));
  }
  e->transitions.clear();
  size_t m = r.Count(5);
  for (size_t i = 0; i < m && r.ok(); ++i) {
    Transition t;
    t.from = r.U();
    t.to = r.U();
    t.verb = static_cast<Direction>(r.E(static_cast<int>(Direction::kDown)));
    t.span = r.Sp(normalized_size);
    if (t.from >= n || t.to >= n) r.Fail();
    if (!r.ok()) break;
    if (keep) {
      if (renumbered[t.from] == SIZE_MAX || renumbered[t.to] == SIZE_MAX) continue;
      t.from = renumbered[t.from];
      t.to = renumbered[t.to];
    }
    e->transitions.push_back(t);
  }
  if (!r.ok() || !r.at_end()) {
    *error = "malformed claim data";
    return false;
  }
  return true;
}

std::string EncodeClaimIndices(const std::vector<uint32_t>& claims) {
  Writer w;
  uint32_t last = 0;
  for (size_t k = 0; k < claims.size(); ++k) {
    w.U(claims[k] - (k ? last + 1 : 0));  // ascending: each after the last
    last = claims[k];
  }
  return w.Take();
}

bool DecodeClaimIndices(std::string_view bytes, std::vector<uint32_t>* claims) {
  Reader r(bytes);
  claims->clear();
  uint64_t next = 0;
  while (r.ok() && !r.at_end()) {
    next += r.U();
    if (next > UINT32_MAX) r.Fail();
    if (!r.ok()) break;
    claims->push_back(static_cast<uint32_t>(next));
    ++next;
  }
  return r.ok();
}

std::string EncodeMetadata(const std::map<std::string, std::string>& metadata) {
  Writer w;
  w.U(metadata.size());
  for (const auto& [key, value] : metadata) {
    w.Str(key);
    w.Str(value);
  }
  return w.Take();
}

bool DecodeMetadata(std::string_view bytes,
                    std::map<std::string, std::string>* metadata,
                    std::string* error) {
  Reader r(bytes);
  metadata->clear();
  size_t n = r.Count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    std::string key = r.Str();
    (*metadata)[key] = r.Str();
  }
  if (!r.ok() || !r.at_end()) {
    *error = "malformed metadata";
    return false;
  }
  return true;
}

}  // namespace factlint
