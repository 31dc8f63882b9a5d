// Runs the built factlint binary from the source root, as a user would, and
// captures its standard output, standard error and exit code.
#ifndef FACTLINT_TESTS_RUN_FACTLINT_H_
#define FACTLINT_TESTS_RUN_FACTLINT_H_

#include <string>
#include <vector>

namespace factlint::testing {

struct RunResult {
  std::string out;
  std::string err;
  int code = -1;
};

// `stdin_path` empty: standard input is /dev/null. `env` entries are
// "NAME=value" set for this run only.
RunResult RunFactlint(const std::vector<std::string>& args,
                      const std::string& stdin_path = "",
                      const std::vector<std::string>& env = {});

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);

// True when FACTLINT_UPDATE_GOLDEN=1: golden tests rewrite their expected
// files instead of comparing.
bool UpdateGolden();

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_RUN_FACTLINT_H_
