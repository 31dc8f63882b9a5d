// Compact binary encoding of what the extractor produced for one document
// (document date, claims with every field, transitions) and of the
// normalizer's front-matter metadata, for storage in the archive index.
// Doubles are stored as their IEEE-754 bits, so every value (±infinity,
// -0.0, NaN payloads) round-trips exactly. Decoding checks every length,
// enum and index against the buffer and the document's texts, so a damaged
// blob is an error, never a crash or a wrong claim.
#ifndef FACTLINT_STORE_EXTRACTION_CODEC_H_
#define FACTLINT_STORE_EXTRACTION_CODEC_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"

namespace factlint {

// Bumped whenever the encoding changes (part of the index schema version).
inline constexpr int kExtractionCodecVersion = 2;

// Encodes everything in `extraction` except `text` (stored once, as the
// normalized text).
std::string EncodeExtraction(const Extraction& extraction);

// Decodes into *extraction (text left untouched). Spans are checked against
// the sizes of the normalized text (span, qualifier_span, sentence, clause,
// transition spans) and of the source text (source_span). Returns false and
// sets *error on malformed input.
// `keep` (if given: claim indices, ascending): only those claims are
// decoded into *extraction, renumbered in their order, with the transitions
// between two of them; the others are read past (checked as strictly, none
// of their strings copied or words interned). An index past the last claim
// is malformed input. *stored (if given): how many claims are stored.
bool DecodeExtraction(std::string_view bytes, size_t normalized_size,
                      size_t source_size, Extraction* extraction,
                      std::string* error, const std::vector<uint32_t>* keep = nullptr,
                      size_t* stored = nullptr);

// A list of claim indices, ascending (the claims of an index entry,
// IndexEntries), as stored beside the entry; decoding fails (false) unless
// the indices are ascending.
std::string EncodeClaimIndices(const std::vector<uint32_t>& claims);
bool DecodeClaimIndices(std::string_view bytes, std::vector<uint32_t>* claims);

std::string EncodeMetadata(const std::map<std::string, std::string>& metadata);
bool DecodeMetadata(std::string_view bytes,
                    std::map<std::string, std::string>* metadata,
                    std::string* error);

}  // namespace factlint

#endif  // FACTLINT_STORE_EXTRACTION_CODEC_H_
