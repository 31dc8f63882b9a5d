// A check looks at the run's documents and fact groups and reports
// Diagnostics. Each check lives in its own file with its own rule id and is
// listed once in registry.cc.
#ifndef FACTLINT_CHECK_CHECK_H_
#define FACTLINT_CHECK_CHECK_H_

#include <cassert>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/messages.h"
#include "engine/canonical_facts.h"
#include "engine/fact_groups.h"

namespace factlint {

struct QuotationRules;  // check/quotation.h
class Lexicon;          // extract/extractor_lexicon.h

struct CheckContext {
  const Documents& docs;
  const std::vector<FactGroup>& facts;
  // The words of rules/lexicon.toml the checks read by ([shares]): the
  // run's extractor's.
  const Lexicon& lexicon;
  // Claims stating no year are compared across documents at most this many
  // days apart (configuration: [tolerance] same_time_window_days).
  int same_time_window_days = 183;
  // Authoritative values (facts.toml) and the unit table fixes are written
  // with; both may be null.
  const std::vector<CanonicalFact>* canonical = nullptr;
  const UnitTable* units = nullptr;
  // rules/quotation.toml: figures inside a direct quotation get no fix-it
  // (check/quotation.h); null: none is recognised.
  const QuotationRules* quotation = nullptr;
  // The word weights generic matching used (an index's, for --against-db);
  // null: GenericWeights(docs), as GroupFacts computes them.
  const WordWeights* weights = nullptr;
  // The catalogue findings are worded from (rules/messages/LANG.toml);
  // must be set before a check runs.
  const Messages* messages = nullptr;
  // The reference documents' work kept between runs (the language server's
  // RuleMatchCache): fact-unit takes the family keys of documents that are
  // not targets from it. Null: computed by each check.
  RuleMatchCache* kept = nullptr;

  const Document& doc(const ClaimRef& r) const { return *docs[r.doc]; }
  const Claim& claim(const ClaimRef& r) const {
    return docs[r.doc]->extraction.claims[r.claim];
  }
  // A message of the catalogue: Say("note.stated", fmt::arg("value", v), ...).
  template <typename... Args>
  std::string Say(std::string_view key, const Args&... named) const {
    assert(messages != nullptr);
    return messages->Format(key, named...);
  }
  // The document of `r` as a note names it: "document of 2025-12-19", with
  // its source first where one is configured (the configuration's
  // [[document]] source, or the front matter's): "政府工作报告, document of …".
  std::string DateOf(const ClaimRef& r) const;
  // "525 stated here (document of 2025-12-19)": the note at a statement.
  // When `finding` is in the same document, the note names its line
  // instead: "525 stated here (line 5 of this document)".
  std::string StatedHere(const ClaimRef& r, const ClaimRef* finding = nullptr) const;
};

// Where a check hands each finding as it is made: RunChecks keeps those in
// target documents, compactly, so that no check holds a list of its own.
using FindingSink = std::function<void(Diagnostic&&)>;

class Check {
 public:
  virtual ~Check() = default;
  virtual RuleInfo info() const = 0;
  virtual void Run(const CheckContext& ctx, const FindingSink& out) const = 0;
};

// How many other statements a finding names in notes, at most.
constexpr size_t kMaxNotes = 5;

// "525家", "超过18%": how the claim was written, qualifier included.
std::string AsWritten(const Document& doc, const Claim& claim);

// The claim as the quantity extraction read (what fix/render.h writes a
// value like).
Quantity AsQuantity(const Claim& claim);

// The claim as a statement for machine output: value as written, period
// and document date.
FactStatement StatementOf(const CheckContext& ctx, const ClaimRef& r);

}  // namespace factlint

#endif  // FACTLINT_CHECK_CHECK_H_
