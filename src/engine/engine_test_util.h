// Test-only: the shipped extractor and fact rules (FACTLINT_SOURCE_DIR/rules),
// loaded once per test binary. A load failure aborts with the reason: every
// test that asks depends on them. Header only (every .cc in this directory
// that is not a *_test.cc goes into the library).
#ifndef FACTLINT_ENGINE_ENGINE_TEST_UTIL_H_
#define FACTLINT_ENGINE_ENGINE_TEST_UTIL_H_

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "engine/fact_rules.h"
#include "extract/extractor.h"

namespace factlint::engine_test {

inline std::string RulesDir() { return std::string(FACTLINT_SOURCE_DIR) + "/rules"; }

inline const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    std::string error;
    auto e = Extractor::Load(RulesDir(), &error);
    if (!e) {
      std::cerr << "cannot load extractor: " << error << "\n";
      std::abort();
    }
    return e.release();
  }();
  return *extractor;
}

inline const FactRuleSet& TheFactRules() {
  static const FactRuleSet* rules = [] {
    std::vector<Diagnostic> errors;
    auto r = FactRuleSet::Load({RulesDir() + "/facts"}, &errors);
    if (!r || !errors.empty()) {
      std::cerr << "cannot load fact rules";
      for (const Diagnostic& d : errors)
        std::cerr << ": " << d.location.path << ":" << d.location.line << " " << d.message;
      std::cerr << "\n";
      std::abort();
    }
    return r.release();
  }();
  return *rules;
}

}  // namespace factlint::engine_test

#endif  // FACTLINT_ENGINE_ENGINE_TEST_UTIL_H_
