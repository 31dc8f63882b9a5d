#include "run_factlint.h"

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace factlint::testing {
namespace {

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

}  // namespace

namespace {

// Temporary directories of the tests, removed when the test binary's tests
// are over.
class TempDirs : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ec;
    for (const std::string& d : dirs) {
      // A test may have left a directory without permissions.
      std::filesystem::permissions(d, std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ec);
      for (auto it = std::filesystem::recursive_directory_iterator(d, ec);
           it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec))
          std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                       std::filesystem::perm_options::add, ec);
      std::filesystem::remove_all(d, ec);
    }
  }
  std::vector<std::string> dirs;
};
TempDirs* const temp_dirs =
    static_cast<TempDirs*>(::testing::AddGlobalTestEnvironment(new TempDirs));

}  // namespace

std::string TempDir() {
  char tmpl[] = "/tmp/factlint-cli-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  temp_dirs->dirs.push_back(dir);
  return dir;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

bool UpdateGolden() {
  const char* v = std::getenv("FACTLINT_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

RunResult RunFactlint(const std::vector<std::string>& args,
                      const std::string& stdin_path,
                      const std::vector<std::string>& env) {
  char err_template[] = "/tmp/factlint-stderr-XXXXXX";
  int fd = mkstemp(err_template);
  if (fd >= 0) close(fd);
  // The locale chooses the language of messages: runs are in English
  // whatever the developer's locale, unless `env` sets one.
  std::string cmd = "cd " + Quote(FACTLINT_SOURCE_DIR) +
                    " && env -u LC_ALL -u LC_MESSAGES -u LANG NO_COLOR=1";
  for (const std::string& e : env) cmd += " " + Quote(e);
  cmd += " timeout -k 10 " + std::to_string(kRunTimeLimitSeconds);
  cmd += " " + Quote(FACTLINT_BINARY);
  for (const std::string& a : args) cmd += " " + Quote(a);
  cmd += " <" + (stdin_path.empty() ? std::string("/dev/null") : Quote(stdin_path));
  cmd += " 2>" + Quote(err_template);
  RunResult result;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return result;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) result.out.append(buf, n);
  int status = pclose(pipe);
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadFile(err_template);
  std::remove(err_template);
  return result;
}

}  // namespace factlint::testing
