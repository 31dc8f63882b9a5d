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
    : units_(std::move(units)) {}

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
  size_t i = 0;
  while (i < text.size()) {
    ScanStep step = state.At(i);
    if (step.quantity) {
      Quantity& q = *step.quantity;
      size_t end = q.span.end;
      if (!q.qualifier_span.empty()) end = std::max<size_t>(end, q.qualifier_span.end);
      state.set_floor(std::max(end, step.end));
      out.push_back(std::move(q));
    }
    if (step.end > i) {
      i = step.end;
    } else {
      size_t next;
      CodePointAt(text, i, &next);
      i = next > i ? next : i + 1;
    }
  }
  return out;
}

}  // namespace factlint
