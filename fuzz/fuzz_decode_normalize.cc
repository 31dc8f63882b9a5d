// Decoding (UTF-8, BOM, GB18030, binary and UTF-16 refusal) and
// normalization of plain text and PDF-extracted text.
#include "fuzz_util.h"
#include "text/loader.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  factlint::LoadResult loaded = factlint::DecodeBytes("fuzz.txt", bytes);
  if (auto* source = std::get_if<factlint::SourceText>(&loaded))
    factlint::Normalize(*source);
  return 0;
}
