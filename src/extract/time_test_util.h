// The shipped lexicon's time words, loaded once, for the time tests.
#ifndef FACTLINT_EXTRACT_TIME_TEST_UTIL_H_
#define FACTLINT_EXTRACT_TIME_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>

#include "extract/extractor_lexicon.h"
#include "extract/time.h"

namespace factlint {
namespace time_test {

inline const Lexicon& TheLexicon() {
  static const Lexicon* lexicon = [] {
    std::string error;
    auto lex = Lexicon::Load(FACTLINT_SOURCE_DIR "/rules/lexicon.toml", &error);
    EXPECT_NE(lex, nullptr) << error;
    return lex.release();
  }();
  return *lexicon;
}

inline const TimeWords& Words() { return TheLexicon().time_words(); }

}  // namespace time_test
}  // namespace factlint

#endif  // FACTLINT_EXTRACT_TIME_TEST_UTIL_H_
