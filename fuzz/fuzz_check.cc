// Extraction through the checks: the input is a target document and, after
// the first form feed, a reference document; both are extracted with the
// shipped rules, grouped into facts and checked.
#include "check/registry.h"
#include "engine/document.h"
#include "engine/fact_groups.h"
#include "fuzz_util.h"
#include "text/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  size_t split = bytes.find('\f');
  std::string parts[2] = {bytes.substr(0, split),
                          split == std::string::npos ? "" : bytes.substr(split + 1)};
  Documents docs;
  for (int i = 0; i < 2; ++i) {
    LoadResult loaded = DecodeBytes(i == 0 ? "target.md" : "reference.txt", parts[i]);
    auto* source = std::get_if<SourceText>(&loaded);
    if (!source) continue;
    auto doc = BuildDocument(std::move(*source), fuzz::ShippedExtractor());
    doc->target = i == 0;
    doc->order = docs.size();
    docs.push_back(std::move(doc));
  }
  std::vector<FactGroup> facts = GroupFacts(docs, &fuzz::ShippedFactRules());
  CheckContext ctx{docs, facts, fuzz::ShippedExtractor().lexicon()};
  ctx.units = &fuzz::ShippedExtractor().scanner().units();
  ctx.messages = &fuzz::ShippedMessages();
  RunChecks(ctx);
  return 0;
}
