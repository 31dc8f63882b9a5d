// The TOML readers: the first byte chooses configuration (parsed in
// memory), a fact rule file or a canonical facts file (both read from a
// scratch file, as the loaders read them).
#include <fstream>

#include "config/config.h"
#include "engine/canonical_facts.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<Diagnostic> errors;
  switch (data[0] % 3) {
    case 0:
      ParseConfig(fuzz::ScratchDir() + "/.factlint.toml", text, &errors);
      break;
    case 1: {
      std::string path = fuzz::ScratchDir() + "/facts/rules.toml";
      std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
      FactRuleSet::Load({fuzz::ScratchDir() + "/facts"}, &errors);
      break;
    }
    default: {
      std::string path = fuzz::ScratchDir() + "/facts.toml";
      std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
      LoadCanonicalFacts(path, fuzz::ShippedFactRules(),
                         fuzz::ShippedExtractor().scanner(), &errors);
      break;
    }
  }
  return 0;
}
