// The reference form of an archive file: what `check --against-db` needs of
// a stored document it compares a draft with, and nothing of the rest of
// its text. A file read whole from the index is its source text, its
// normalized text and its claims (about 9 KB on average); a reference
// document is checked through its claims, the normalized text around them
// (KeepCheckedText, engine/claim_text.h) and the source lines its notes
// quote (KeepClaimSource), about a third of that. The index stores this
// form beside each file's row (table `refs`, docs/archive-index.md), so a
// draft's reading decodes only what a reference needs.
#ifndef FACTLINT_STORE_REFERENCE_CODEC_H_
#define FACTLINT_STORE_REFERENCE_CODEC_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document.h"

namespace factlint {

// Encodes `doc`, whose normalized text was kept around its claims
// (KeepCheckedText) and source text in the lines around them
// (KeepClaimSource), with `takes` (EncodeRuleTakes of its fact rule takes):
// its path is not stored (the row's key), nor its suppressions (a reference
// document reports nothing).
std::string EncodeReference(const Document& doc, std::string_view takes);

// Decodes a reference form into a document of `path` (target false, order
// 0), its stored takes into *takes (to be decoded under the fact rules,
// DecodeRuleTakes). The document answers every question the checks and the
// report ask of a reference document (Text, Contains, Locate, the lines
// around its claims) as the document read whole would. nullptr and *error
// when the bytes are malformed.
// `keep` (if given: claim indices, ascending): the document holds only
// those claims, as DecodeExtraction decodes them, and *stored (if given)
// is how many the form holds; its texts and lines are the whole form's.
std::unique_ptr<Document> DecodeReference(std::string_view bytes, const std::string& path,
                                          std::string* takes, std::string* error,
                                          const std::vector<uint32_t>* keep = nullptr,
                                          size_t* stored = nullptr);

}  // namespace factlint

#endif  // FACTLINT_STORE_REFERENCE_CODEC_H_
