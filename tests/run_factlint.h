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
  int code = -1;  // 124 when the run was stopped by the time limit
};

// How long one run may take before it is killed and fails the test (exit
// code 124): a hang becomes a failure, never a blocked test suite.
inline constexpr int kRunTimeLimitSeconds = 120;

// `stdin_path` empty: standard input is /dev/null. `env` entries are
// "NAME=value" set for this run only.
RunResult RunFactlint(const std::vector<std::string>& args,
                      const std::string& stdin_path = "",
                      const std::vector<std::string>& env = {});

std::string ReadFile(const std::string& path);
// A fresh directory under /tmp (factlint-cli-XXXXXX), removed with
// everything in it when the test binary's tests are over.
std::string TempDir();
void WriteFile(const std::string& path, const std::string& content);

// True when FACTLINT_UPDATE_GOLDEN=1: golden tests rewrite their expected
// files instead of comparing.
bool UpdateGolden();

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_RUN_FACTLINT_H_
