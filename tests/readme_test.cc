// The README shows one real run: `tools/run` (factlint check seeds/) on a
// 100-column terminal. This test runs that command in a pseudo-terminal of
// that width and compares its output with the block the README shows, so
// the README stays true when messages, snippets or extraction change.
#include <gtest/gtest.h>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sstream>
#include <string>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

// The first fenced block after the line that holds `marker`; "" if none.
std::string FencedBlockAfter(const std::string& markdown, const std::string& marker) {
  size_t at = markdown.find(marker);
  if (at == std::string::npos) return "";
  size_t open = markdown.find("\n```", at);
  if (open == std::string::npos) return "";
  size_t start = markdown.find('\n', open + 1);
  size_t close = markdown.find("\n```", start);
  if (start == std::string::npos || close == std::string::npos) return "";
  return markdown.substr(start + 1, close - start);
}

// Runs factlint with `args` from the source root on a terminal `columns`
// wide (so snippets are cut as a user sees them). `env` entries are
// "NAME=value" to set or "NAME" to unset, in the child only; FORCE_COLOR is
// unset. Returns what the terminal showed, "\r\n" line ends made "\n".
std::string RunOnTerminal(const std::vector<std::string>& args, int columns,
                          const std::vector<std::string>& env) {
  winsize size{};
  size.ws_row = 50;
  size.ws_col = static_cast<unsigned short>(columns);
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) return "forkpty failed";
  if (pid == 0) {
    if (chdir(FACTLINT_SOURCE_DIR) != 0) _exit(127);
    unsetenv("FORCE_COLOR");
    for (const std::string& e : env) {
      size_t eq = e.find('=');
      if (eq == std::string::npos) unsetenv(e.c_str());
      else setenv(e.substr(0, eq).c_str(), e.substr(eq + 1).c_str(), 1);
    }
    std::vector<char*> argv = {const_cast<char*>(FACTLINT_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(FACTLINT_BINARY, argv.data());
    _exit(127);
  }
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = read(master, buf, sizeof buf)) > 0;) out.append(buf, n);
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  for (size_t p; (p = out.find("\r\n")) != std::string::npos;) out.replace(p, 2, "\n");
  return out;
}

TEST(ReadmeTest, ShownRunIsRealOutput) {
  std::string readme = ReadFile(std::string(FACTLINT_SOURCE_DIR) + "/README.md");
  std::string shown = FencedBlockAfter(readme, "`tools/run` finds the one contradiction");
  ASSERT_FALSE(shown.empty()) << "the README no longer shows the run of tools/run";
  // tools/run runs `factlint check seeds/`; the README says the terminal
  // is 100 columns wide.
  ASSERT_NE(readme.find("on a 100-column terminal"), std::string::npos);
  std::string run = ReadFile(std::string(FACTLINT_SOURCE_DIR) + "/tools/run");
  ASSERT_NE(run.find("build/factlint check \"$@\" seeds/"), std::string::npos);
  EXPECT_EQ(RunOnTerminal({"check", "seeds/"}, 100, {"NO_COLOR=1"}), shown);
}

TEST(ReadmeTest, TermDumbTurnsColourOffOnATerminal) {
  // On a terminal colour is on by default; TERM=dumb (Emacs' shell, some CI
  // consoles) turns it off.
  std::string xterm = RunOnTerminal({"check", "seeds/"}, 100, {"NO_COLOR", "TERM=xterm"});
  std::string dumb = RunOnTerminal({"check", "seeds/"}, 100, {"NO_COLOR", "TERM=dumb"});
  EXPECT_NE(xterm.find("\x1b["), std::string::npos) << xterm;
  EXPECT_EQ(dumb.find("\x1b["), std::string::npos) << dumb;
  EXPECT_NE(dumb.find("[fact-conflict]"), std::string::npos) << dumb;
}

}  // namespace
}  // namespace factlint::testing
