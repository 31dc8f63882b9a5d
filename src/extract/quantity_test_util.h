// Test helpers shared by the extract module's tests: where the sources are.
#ifndef FACTLINT_EXTRACT_QUANTITY_TEST_UTIL_H_
#define FACTLINT_EXTRACT_QUANTITY_TEST_UTIL_H_

#include <string>

namespace factlint {

inline std::string SourcePath(const std::string& relative) {
#ifdef FACTLINT_SOURCE_DIR
  return std::string(FACTLINT_SOURCE_DIR) + "/" + relative;
#else
  return relative;
#endif
}

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_QUANTITY_TEST_UTIL_H_
