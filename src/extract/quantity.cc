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

bool QuantityScanner::IsUnit(std::string_view unit) const {
  if (unit.empty()) return false;
  const std::string number = "1" + std::string(unit);
  const std::vector<Quantity> read = Scan(number);
  return read.size() == 1 && read[0].span.begin == 0 && read[0].span.end == number.size() &&
         !read[0].unit.empty() && !read[0].overflow;
}

bool QuantityScanner::ReadWithUnit(std::string_view text, std::string_view unit,
                                   Quantity* q) const {
  if (!q->unit.empty() || q->span.end > text.size() || !IsUnit(unit)) return false;
  // The qualifier stays where it was written: before the number, or after
  // it, where the unit now stands between them.
  const bool qualified = !q->qualifier_span.empty() && q->qualifier_span.end <= text.size();
  const bool before = qualified && q->qualifier_span.end <= q->span.begin;
  const bool after = qualified && q->qualifier_span.begin >= q->span.end;
  const uint32_t begin = before ? q->qualifier_span.begin : q->span.begin;
  std::string written(text.substr(begin, q->span.end - begin));
  const size_t number_end = written.size();
  written += unit;
  if (after) written += text.substr(q->qualifier_span.begin, q->qualifier_span.size());
  const std::vector<Quantity> read = Scan(written);
  // One quantity, from the start through the unit, with the qualifier read.
  if (read.size() != 1 || read[0].overflow || read[0].unit.empty() ||
      read[0].span.end != number_end + unit.size() || read[0].qualifier != q->qualifier)
    return false;
  const Quantity& r = read[0];
  q->kind = r.kind;
  q->value = r.value;
  q->written = r.written;
  q->dimension = r.dimension;
  q->unit = r.unit;
  q->change = r.change;
  return true;
}

}  // namespace factlint
