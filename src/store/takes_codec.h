// The fact rules' takes of one document (MatchDocumentRules), stored with
// the document in the archive index so that `check --against-db` groups a
// stored document without matching the rules over it again. The takes are
// valid for the fact rules the index was built with (its
// grouping_fingerprint, checked before any row is read); each take names
// its rule by index and id, so a row of other rules is refused as damaged.
#ifndef FACTLINT_STORE_TAKES_CODEC_H_
#define FACTLINT_STORE_TAKES_CODEC_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/fact_groups.h"
#include "engine/fact_rules.h"

namespace factlint {

// Encodes each take's claim, rule (index and id), pattern index and matched
// text; the pattern's text is the rule's, restored by DecodeRuleTakes.
std::string EncodeRuleTakes(const std::vector<RuleTake>& takes);

// Decodes takes of a document of `claims` claims under `rules`. Returns
// false and sets *error when the bytes are malformed, a claim index is out
// of range or taken twice, or a rule index is not the rule of that id.
// `keep` (if given: claim indices, ascending, as DecodeExtraction's): the
// takes of those claims only, renumbered as DecodeExtraction renumbers them.
bool DecodeRuleTakes(std::string_view bytes, const FactRuleSet& rules, size_t claims,
                     std::vector<RuleTake>* takes, std::string* error,
                     const std::vector<uint32_t>* keep = nullptr);

}  // namespace factlint

#endif  // FACTLINT_STORE_TAKES_CODEC_H_
