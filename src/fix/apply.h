// Applying fixes to a document's text: byte-range replacements that touch
// nothing else (line ends, spacing and every other byte stay as they were),
// encoding the result back to the file's own encoding, and replacing the
// file atomically. Overlapping edits are refused rather than guessed at.
#ifndef FACTLINT_FIX_APPLY_H_
#define FACTLINT_FIX_APPLY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "text/source.h"

namespace factlint {

// Replace text[begin, end) with `replacement`. Offsets are bytes of the
// text the edit is applied to (SourceText::text for a loaded file; the
// caller converts normalized spans). begin == end inserts.
struct Edit {
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
};

// Applies all `edits` (in any order) to `text`. Returns nullopt, and sets
// `*error` if given, when an edit is out of range, has end < begin, starts
// or ends inside a UTF-8 sequence, or overlaps another edit (two insertions
// at one offset count as overlapping; edits that merely touch do not).
std::optional<std::string> ApplyFixes(const std::string& text,
                                      const std::vector<Edit>& edits,
                                      std::string* error = nullptr);

// `utf8` in the bytes of `encoding` as SourceText::encoding names it:
// "UTF-8" unchanged, "UTF-8 BOM" with the byte order mark put back,
// "GB18030" converted with ICU. nullopt for an unknown encoding or text
// that cannot be converted (ill-formed UTF-8).
std::optional<std::string> EncodeLike(const std::string& utf8,
                                      const std::string& encoding);

// Applies `edits` to source.text, encodes the result like the source and
// replaces source.path atomically (diag/atomic_file.h). Before writing, the
// file is read again: if it no longer holds what `source` was loaded from,
// nothing is written. Returns false with a message naming the file in
// `*error`; the file is then unchanged (a read-only file is refused).
bool WriteFixedFile(const SourceText& source, const std::vector<Edit>& edits,
                    std::string* error);

}  // namespace factlint

#endif  // FACTLINT_FIX_APPLY_H_
