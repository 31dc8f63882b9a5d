// A lexicon parsed from TOML text for the lexicon tests; a parse error fails
// the test that asked for it.
#ifndef FACTLINT_EXTRACT_LEXICON_TEST_UTIL_H_
#define FACTLINT_EXTRACT_LEXICON_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/extractor_lexicon.h"

namespace factlint {
namespace lexicon_test {

inline std::unique_ptr<Lexicon> ParseLexicon(const std::string& toml) {
  std::string error;
  auto lex = Lexicon::Parse(toml, "test.toml", &error);
  EXPECT_NE(lex, nullptr) << error;
  return lex;
}

}  // namespace lexicon_test
}  // namespace factlint

#endif  // FACTLINT_EXTRACT_LEXICON_TEST_UTIL_H_
