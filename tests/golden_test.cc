// Golden end-to-end tests: every directory under fixtures/ that holds an
// `args` file is one run of the factlint binary. `args` has one argument per
// line (paths relative to the source root); an optional `stdin` file is fed
// to standard input. The full standard output must equal `expected.out` and
// the exit code `expected.code`, and standard error `expected.err` (absent
// when empty); the source root's absolute path reads `$ROOT` there.
// FACTLINT_UPDATE_GOLDEN=1 rewrites them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ListCases() {
  std::vector<std::string> cases;
  fs::path root = fs::path(FACTLINT_SOURCE_DIR) / "fixtures";
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == "args")
      cases.push_back(fs::relative(it->path().parent_path(), FACTLINT_SOURCE_DIR)
                          .string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::vector<std::string> ReadArgs(const std::string& path) {
  std::vector<std::string> args;
  std::istringstream in(ReadFile(path));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') args.push_back(line);
  return args;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, OutputMatches) {
  fs::path dir = fs::path(FACTLINT_SOURCE_DIR) / GetParam();
  std::string stdin_path;
  if (fs::exists(dir / "stdin")) stdin_path = (dir / "stdin").string();
  RunResult r = RunFactlint(ReadArgs((dir / "args").string()), stdin_path);
  // The checkout's location differs between machines (SARIF names it).
  const std::string root = FACTLINT_SOURCE_DIR;
  for (std::string* text : {&r.out, &r.err})
    for (size_t at; (at = text->find(root)) != std::string::npos;)
      text->replace(at, root.size(), "$ROOT");
  fs::path err_file = dir / "expected.err";
  std::string code = std::to_string(r.code) + "\n";
  if (UpdateGolden()) {
    WriteFile((dir / "expected.out").string(), r.out);
    WriteFile((dir / "expected.code").string(), code);
    if (r.err.empty())
      fs::remove(err_file);
    else
      WriteFile(err_file.string(), r.err);
    return;
  }
  ASSERT_TRUE(fs::exists(dir / "expected.out"))
      << "no expected.out; run with FACTLINT_UPDATE_GOLDEN=1 and review";
  EXPECT_EQ(r.out, ReadFile((dir / "expected.out").string()))
      << "stderr:\n" << r.err;
  EXPECT_EQ(code, ReadFile((dir / "expected.code").string()))
      << "stderr:\n" << r.err;
  EXPECT_EQ(r.err, fs::exists(err_file) ? ReadFile(err_file.string()) : "");
}

std::string CaseName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(info.param.find('/') + 1);
  for (char& c : name)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenTest, ::testing::ValuesIn(ListCases()),
                         CaseName);

}  // namespace
}  // namespace factlint::testing
