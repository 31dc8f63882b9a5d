// QuantityScanner: walks normalized text left to right and, at each place a
// number can start, tries the quantity forms in turn (identifiers, 百分之,
// ranks, numbers with units, ranges). Forms that are not quantities (dates'
// month and day, times of day, ordinals such as 第12期) are consumed without
// output so that their digits are not read again.
#include "extract/quantity.h"

#include <algorithm>

#include "extract/number_parser.h"
#include "extract/precision.h"
#include "extract/quantity_scan.h"
#include "extract/quantity_words.h"
#include "extract/unit_table.h"

namespace factlint {

QuantityScanner::QuantityScanner(std::unique_ptr<UnitTable> units)
    : units_(std::move(units)), opens_(std::make_unique<std::bitset<0x10000>>()) {
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates: not characters
    char utf8[3];
    size_t n = 0;
    if (c < 0x80) {
      utf8[n++] = static_cast<char>(c);
    } else if (c < 0x800) {
      utf8[n++] = static_cast<char>(0xC0 | (c >> 6));
      utf8[n++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      utf8[n++] = static_cast<char>(0xE0 | (c >> 12));
      utf8[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      utf8[n++] = static_cast<char>(0x80 | (c & 0x3F));
    }
    if (ScanState::MayOpen(c, std::string_view(utf8, n), *units_)) opens_->set(c);
  }
}

QuantityScanner::~QuantityScanner() = default;

std::unique_ptr<QuantityScanner> QuantityScanner::Load(
    const std::string& units_toml, std::string* error) {
  std::unique_ptr<UnitTable> units = UnitTable::LoadFile(units_toml, error);
  if (!units) return nullptr;
  return std::unique_ptr<QuantityScanner>(new QuantityScanner(std::move(units)));
}

std::vector<Quantity> QuantityScanner::Scan(std::string_view text) const {
  std::vector<Quantity> out;
  if (text.size() >= UINT32_MAX) return out;  // spans are 32-bit
  ScanState state(text, *units_);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    // A character no form opens at is stepped over: ASCII and well-formed
    // three-byte characters are decoded here, anything else by CodePointAt,
    // which is how At reads it.
    const unsigned char b = bytes[i];
    if (b < 0x80) {
      if (!opens_->test(b)) {
        ++i;
        continue;
      }
    } else if ((b & 0xF0) == 0xE0 && i + 2 < text.size() && (bytes[i + 1] & 0xC0) == 0x80 &&
               (bytes[i + 2] & 0xC0) == 0x80) {
      const char32_t c = (char32_t{b & 0x0Fu} << 12) | (char32_t{bytes[i + 1] & 0x3Fu} << 6) |
                         (bytes[i + 2] & 0x3Fu);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF) && !opens_->test(c)) {
        i += 3;
        continue;
      }
    }
    i = state.Take(i, &out);
  }
  return out;
}

}  // namespace factlint
