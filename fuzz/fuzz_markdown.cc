// Markdown: front matter, fences, comments, code spans and tables.
#include "fuzz_util.h"
#include "text/loader.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  factlint::LoadResult loaded = factlint::DecodeBytes("fuzz.md", bytes);
  if (auto* source = std::get_if<factlint::SourceText>(&loaded))
    factlint::Normalize(*source);
  return 0;
}
