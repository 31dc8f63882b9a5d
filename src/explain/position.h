// `factlint explain` positions: FILE:LINE[:COL] as diagnostics print them
// (1-based line, column in code points), and which claims of a document
// stand there.
#ifndef FACTLINT_EXPLAIN_POSITION_H_
#define FACTLINT_EXPLAIN_POSITION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document.h"

namespace factlint {

struct SourcePosition {
  std::string file;
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based code points; 0 = the whole line
};

// Parses FILE:LINE or FILE:LINE:COL. The numbers are read from the right, so
// a FILE may itself hold colons (a:b.txt:3). nullopt with *error set when
// the text has no LINE, a number is not a positive decimal, or FILE is empty.
std::optional<SourcePosition> ParsePosition(std::string_view text,
                                            std::string* error);

// Which claims of `doc` a position picks.
struct ClaimLookup {
  std::vector<uint32_t> claims;  // indices into doc.extraction.claims
  // True when the column lies inside the claim (or its qualifier), or no
  // column was given; false when the nearest claim of the line was taken.
  bool exact = true;
};

// Without a column: every claim that starts on the line. With one: the
// claim whose span or qualifier holds it, else the nearest on the line
// (by columns; the earlier one on a tie). Empty when no claim starts on the
// line. Identifiers are claims here too: explain says why they are ignored.
ClaimLookup FindClaimsAt(const Document& doc, uint32_t line, uint32_t column);

// Up to `n` claims nearest to `line` (by lines, then text order), in text
// order: what to offer when a line holds none.
std::vector<uint32_t> NearestClaims(const Document& doc, uint32_t line, size_t n);

}  // namespace factlint

#endif  // FACTLINT_EXPLAIN_POSITION_H_
