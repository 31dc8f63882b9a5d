// The index encoding and baselines. Input starting with 'T' is text: it is
// extracted, encoded and must decode again to the same bytes. Input starting
// with 'B' is a baseline (JSON); anything else is decoded as a stored claim
// blob and as metadata, which must fail cleanly or succeed.
#include <cstdlib>

#include "diag/baseline.h"
#include "engine/document.h"
#include "fuzz_util.h"
#include "store/extraction_codec.h"
#include "text/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (!bytes.empty() && bytes[0] == 'T') {
    LoadResult loaded = DecodeBytes("fuzz.txt", bytes.substr(1));
    auto* source = std::get_if<SourceText>(&loaded);
    if (!source) return 0;
    auto doc = BuildDocument(std::move(*source), fuzz::ShippedExtractor());
    std::string encoded = EncodeExtraction(doc->extraction);
    Extraction decoded;
    if (!DecodeExtraction(encoded, doc->normalized.text.size(),
                          doc->source.text.size(), &decoded, &error) ||
        EncodeExtraction(decoded) != encoded)
      std::abort();  // the index would not give back what it stored
    return 0;
  }
  if (!bytes.empty() && bytes[0] == 'B') {
    if (auto baseline = ParseBaseline(std::string_view(bytes).substr(1), &error)) {
      DiagnosticList none;
      FilterBaseline(*baseline, &none);
    }
    return 0;
  }
  Extraction extraction;
  DecodeExtraction(bytes, 1 << 20, 1 << 20, &extraction, &error);
  std::map<std::string, std::string> metadata;
  DecodeMetadata(bytes, &metadata, &error);
  return 0;
}
