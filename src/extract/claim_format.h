// Writing claims out: JSON Lines (one object per claim, schema in
// docs/claims.md) for tools, and an aligned text table for people. Used by
// `factlint claims`. Positions are 1-based lines and code-point columns in
// the original file (SourceText::text); end_column is exclusive.
#ifndef FACTLINT_EXTRACT_CLAIM_FORMAT_H_
#define FACTLINT_EXTRACT_CLAIM_FORMAT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "extract/claim.h"
#include "extract/extractor.h"
#include "text/line_index.h"
#include "text/source.h"

namespace factlint {

// "[2.675, 2.685)", "(18, inf)", "525".
std::string FormatInterval(const Interval& v);

// `normalized_text` is the text `extraction` was extracted from
// (Normalized::text), which its sentences are quoted from.
void WriteClaimsJsonl(const std::string& path, const SourceText& source,
                      std::string_view normalized_text,
                      const Extraction& extraction, std::ostream& out);
// The same with the line index of source.text already built (a Document
// holds one), so that it is not built a second time.
void WriteClaimsJsonl(const std::string& path, const SourceText& source,
                      std::string_view normalized_text, const Extraction& extraction,
                      const LineIndex& lines, std::ostream& out);

// One row per claim: position, surface, kind, value, dimension, time,
// flags (T target, I identifier, + up, - down, B<year> base year), subject.
void WriteClaimsText(const std::string& path, const SourceText& source,
                     const Extraction& extraction, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_CLAIM_FORMAT_H_
