#include "report/json_stream.h"

#include <cassert>
#include <string>
#include <string_view>

namespace factlint {
namespace {

constexpr int kIndentStep = 2;

// A string no report holds: control characters are escaped by dump, so the
// text below appears in the dumped document only where the placeholder is.
constexpr char kPlaceholder[] = "\x01" "factlint streamed array" "\x01";

std::string Dump(const OrderedJson& j) {
  // UTF-8 is written as is; invalid bytes become U+FFFD instead of throwing.
  return j.dump(kIndentStep, ' ', /*ensure_ascii=*/false,
                OrderedJson::error_handler_t::replace);
}

// Writes the dump of a value that starts at indentation `indent`: dump(2)
// indents the value's own lines from 0, the whole document's from
// `indent`. Strings are dumped with their line ends escaped, so every line
// end of the dump is one between lines of the layout.
void WriteAt(std::string_view dumped, size_t indent, std::ostream& out) {
  const std::string pad(indent, ' ');
  size_t start = 0;
  for (size_t nl; (nl = dumped.find('\n', start)) != std::string_view::npos; start = nl + 1) {
    out << dumped.substr(start, nl + 1 - start) << pad;
  }
  out << dumped.substr(start);
}

}  // namespace

OrderedJson StreamedArrayPlaceholder() { return OrderedJson(kPlaceholder); }

void WriteStreamedJson(const OrderedJson& document, size_t count,
                       const std::function<OrderedJson(size_t)>& element,
                       std::ostream& out) {
  const std::string skeleton = Dump(document);
  const std::string marker = Dump(StreamedArrayPlaceholder());
  const size_t at = skeleton.find(marker);
  assert(at != std::string::npos &&
         skeleton.find(marker, at + marker.size()) == std::string::npos);
  // The indentation of the line the array opens on is the array's.
  const size_t line_start = skeleton.rfind('\n', at) + 1;  // npos + 1 == 0
  const size_t indent = skeleton.find_first_not_of(' ', line_start) - line_start;
  out << std::string_view(skeleton).substr(0, at);
  if (count == 0) {
    out << "[]";
  } else {
    const std::string inner(indent + kIndentStep, ' ');
    out << "[\n";
    for (size_t i = 0; i < count; ++i) {
      out << inner;
      WriteAt(Dump(element(i)), indent + kIndentStep, out);
      out << (i + 1 < count ? ",\n" : "\n");
    }
    out << std::string(indent, ' ') << "]";
  }
  out << std::string_view(skeleton).substr(at + marker.size()) << "\n";
}

}  // namespace factlint
