// Writes a JSON document whose one large array is streamed: its elements
// are turned into JSON and written one at a time, so a report of many
// findings is never held whole in memory. The bytes are those nlohmann's
// dump(2) gives for the whole document (the JSON and SARIF formats'
// contract, docs/output-formats.md).
#ifndef FACTLINT_REPORT_JSON_STREAM_H_
#define FACTLINT_REPORT_JSON_STREAM_H_

#include <cstddef>
#include <functional>
#include <ostream>

#include <nlohmann/json.hpp>

namespace factlint {

using OrderedJson = nlohmann::ordered_json;

// The value that stands for the streamed array in the document given to
// WriteStreamedJson: put it where the array goes, once.
OrderedJson StreamedArrayPlaceholder();

// Writes `document` as dump(2, ' ', false, replace) would, followed by a
// line end, with the placeholder replaced by the array of `count` elements
// `element(i)` for i = 0..count-1, each made only when it is written.
void WriteStreamedJson(const OrderedJson& document, size_t count,
                       const std::function<OrderedJson(size_t)>& element,
                       std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_JSON_STREAM_H_
