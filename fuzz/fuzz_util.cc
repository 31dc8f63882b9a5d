#include "fuzz_util.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <vector>

namespace factlint::fuzz {

const Extractor& ShippedExtractor() {
  static const Extractor* extractor = [] {
    std::string error;
    auto loaded = Extractor::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules", &error);
    if (!loaded) {
      std::fprintf(stderr, "fuzz: cannot load rules: %s\n", error.c_str());
      std::abort();
    }
    return loaded.release();
  }();
  return *extractor;
}

const FactRuleSet& ShippedFactRules() {
  static const FactRuleSet* rules = [] {
    std::vector<Diagnostic> errors;
    auto loaded = FactRuleSet::Load({std::string(FACTLINT_SOURCE_DIR) + "/rules/facts"}, &errors);
    if (!loaded || !errors.empty()) {
      std::fprintf(stderr, "fuzz: cannot load fact rules\n");
      std::abort();
    }
    return loaded.release();
  }();
  return *rules;
}

const Messages& ShippedMessages() {
  static const Messages* messages = [] {
    std::string error;
    std::optional<Messages> m = Messages::Load(
        Messages::PathOf(std::string(FACTLINT_SOURCE_DIR) + "/rules", "en"), &error);
    if (!m) {
      std::fprintf(stderr, "fuzz: cannot load messages: %s\n", error.c_str());
      std::abort();
    }
    return new Messages(std::move(*m));
  }();
  return *messages;
}

const std::string& ScratchDir() {
  // Never destroyed, so the exit handler that removes it can still read it.
  static const std::string* const dir = [] {
    auto* d = new std::string((std::filesystem::temp_directory_path() /
                               ("factlint-fuzz-" + std::to_string(::getpid()))).string());
    std::filesystem::create_directories(*d + "/facts");
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(ScratchDir(), ec);
    });
    return d;
  }();
  return *dir;
}

}  // namespace factlint::fuzz
