// Encoding detection and decoding for the loader: UTF-8 validation with the
// position of the first ill-formed byte, GB18030 decoding through ICU, and
// the binary-file test. Internal to src/text.
#ifndef FACTLINT_TEXT_ENCODING_H_
#define FACTLINT_TEXT_ENCODING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace factlint {

// Returns true if `bytes` is well-formed UTF-8. Otherwise sets `*bad_offset`
// to the byte offset of the first ill-formed sequence.
bool ValidateUtf8(std::string_view bytes, size_t* bad_offset);

// 1-based line and code-point column of byte `offset` in `bytes`, reading
// the bytes as UTF-8 (each ill-formed byte counts as one column). Line ends
// are "\n", "\r\n" and lone "\r".
void Utf8LineColumn(std::string_view bytes, size_t offset, uint32_t* line,
                    uint32_t* column);

// Decodes `bytes` as GB18030 into UTF-8. Returns false (leaving `*utf8`
// unspecified) if any byte sequence is invalid or unmapped.
bool DecodeGb18030(std::string_view bytes, std::string* utf8);

// True if `bytes` looks binary: a NUL byte in the first 8 KiB, or more than
// 10% C0 control characters other than tab, line feed, carriage return,
// form feed, vertical tab and escape in that prefix.
bool LooksBinary(std::string_view bytes);

}  // namespace factlint

#endif  // FACTLINT_TEXT_ENCODING_H_
