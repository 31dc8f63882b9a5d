// What the fuzz targets share: the shipped rules loaded once, and a scratch
// directory for the loaders that read files.
#ifndef FACTLINT_FUZZ_FUZZ_UTIL_H_
#define FACTLINT_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "diag/messages.h"
#include "engine/fact_rules.h"
#include "extract/extractor.h"

namespace factlint::fuzz {

// The extractor and fact rules of rules/ in the source tree, loaded on first
// use; a failure to load them aborts (the fuzz run would test nothing).
const Extractor& ShippedExtractor();
const FactRuleSet& ShippedFactRules();
// The English message catalogue of rules/messages, as the checks word findings.
const Messages& ShippedMessages();

// A directory of this process for files a loader must read from disk.
const std::string& ScratchDir();

}  // namespace factlint::fuzz

// libFuzzer's entry point, defined by each target.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

#endif  // FACTLINT_FUZZ_FUZZ_UTIL_H_
