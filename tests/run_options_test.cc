// --jobs and the progress bar (docs/cli.md): the output is the same for any
// number of threads; the bar is drawn on a terminal only, never into a pipe,
// and erased before the run prints.
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(JobsTest, CheckReportsTheSameForAnyNumberOfThreads) {
  for (const char* format : {"text", "json"}) {
    RunResult one = RunFactlint({"check", "--jobs", "1", "--format", format, "seeds/"});
    RunResult three = RunFactlint({"check", "--jobs", "3", "--format", format, "seeds/"});
    EXPECT_EQ(one.code, 1) << one.err;
    EXPECT_EQ(three.code, one.code);
    EXPECT_EQ(three.out, one.out);
    EXPECT_EQ(three.err, one.err);
  }
  // Many files, batches of several sizes.
  RunResult one = RunFactlint({"check", "-j", "1", "--format", "json", "fixtures/check/", "seeds/"});
  RunResult three = RunFactlint({"check", "-j", "3", "--format", "json", "fixtures/check/", "seeds/"});
  RunResult cores = RunFactlint({"check", "--format", "json", "fixtures/check/", "seeds/"});
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(three.out, one.out);
  EXPECT_EQ(cores.out, one.out);
  EXPECT_EQ(three.code, one.code);
}

TEST(JobsTest, AnIndexBuiltOnAnyNumberOfThreadsChecksTheSame) {
  const std::string dir = TempDir();
  std::vector<std::string> outputs;
  for (const char* jobs : {"1", "3"}) {
    const std::string db = dir + "/archive-" + jobs + ".db";
    RunResult index = RunFactlint({"index", "--jobs", jobs, "--db", db, "fixtures/check/", "seeds/"});
    ASSERT_EQ(index.code, 0) << index.err;
    EXPECT_TRUE(Contains(index.out, "indexed ")) << index.out;
    RunResult check = RunFactlint({"check", "--format", "json", "--against-db", db,
                                   "fixtures/lsp/draft.md", "seeds/000_04054bb1ba8821ed.txt"});
    outputs.push_back(index.out + check.out);
  }
  EXPECT_EQ(outputs[0], outputs[1]);
}

TEST(JobsTest, TheConfigurationSetsJobsAndTheCommandLineWins) {
  const std::string dir = TempDir();
  WriteFile(dir + "/.factlint.toml", "jobs = 2\n");
  RunResult r = RunFactlint({"check", "--config", dir + "/.factlint.toml", "--print-config", "seeds/"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "jobs = 2")) << r.out;
  r = RunFactlint({"check", "--config", dir + "/.factlint.toml", "--jobs", "1", "--print-config",
                   "seeds/"});
  EXPECT_TRUE(Contains(r.out, "jobs = 1")) << r.out;
  WriteFile(dir + "/.factlint.toml", "jobs = -1\n");
  r = RunFactlint({"check", "--config", dir + "/.factlint.toml", "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "jobs must be between 0")) << r.err;
  EXPECT_EQ(RunFactlint({"check", "--jobs", "-3", "seeds/"}).code, 2);
}

TEST(ProgressTest, NoBarWhenStandardErrorIsAPipe) {
  // RunFactlint reads standard error through a pipe.
  const std::string db = TempDir() + "/archive.db";
  RunResult index = RunFactlint({"index", "--db", db, "seeds/"});
  ASSERT_EQ(index.code, 0) << index.err;
  RunResult check = RunFactlint({"check", "seeds/"});
  for (const std::string& err : {index.err, check.err}) {
    EXPECT_FALSE(Contains(err, "\r")) << err;
    EXPECT_FALSE(Contains(err, "files")) << err;
  }
}

struct TerminalRun {
  std::string screen;  // everything written to the terminal
  int code = -1;
};

// Runs factlint with standard output and standard error on a new
// pseudo-terminal, as a person at a terminal would see it. With
// `slow_stdin`, standard input is a pipe that receives that text only after
// a second (a slow file, whatever the speed of the machine).
TerminalRun RunOnTerminal(const std::vector<std::string>& args,
                          const std::vector<std::string>& env = {},
                          const std::string* slow_stdin = nullptr) {
  TerminalRun run;
  int input[2] = {-1, -1};
  if (slow_stdin && pipe(input) != 0) return run;
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) return run;
  if (pid == 0) {
    if (slow_stdin) {
      dup2(input[0], STDIN_FILENO);
      close(input[0]);
      close(input[1]);
    }
    setenv("TERM", "xterm", 1);
    for (const std::string& e : env) putenv(const_cast<char*>(e.c_str()));
    std::vector<char*> argv = {const_cast<char*>(FACTLINT_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(FACTLINT_BINARY, argv.data());
    _exit(127);
  }
  std::thread writer;
  if (slow_stdin) {
    close(input[0]);
    writer = std::thread([&] {
      std::this_thread::sleep_for(std::chrono::seconds(1));
      ssize_t ignored = write(input[1], slow_stdin->data(), slow_stdin->size());
      (void)ignored;
      close(input[1]);
    });
  }
  char buf[4096];
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) {
      run.screen.append(buf, n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has closed the terminal
    }
  }
  close(master);
  if (writer.joinable()) writer.join();
  int status = 0;
  waitpid(pid, &status, 0);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

TEST(ProgressTest, DrawnAndErasedOnATerminal) {
  const std::string db = TempDir() + "/terminal.db";
  TerminalRun index = RunOnTerminal({"index", "--db", db, "seeds/"});
  ASSERT_EQ(index.code, 0) << index.screen;
  // The bar (the first update is drawn at once), then erased, then the
  // summary line on a clean line.
  const size_t bar = index.screen.find("\rfactlint: [");
  ASSERT_NE(bar, std::string::npos) << index.screen;
  EXPECT_TRUE(Contains(index.screen, " files\x1b[K")) << index.screen;
  const size_t erased = index.screen.find("\r\x1b[K", bar + 1);
  ASSERT_NE(erased, std::string::npos) << index.screen;
  EXPECT_LT(erased, index.screen.find("indexed 5 files")) << index.screen;

}

TEST(ProgressTest, ACheckThatLastsDrawsTheBarAQuickOneDoesNot) {
  // A quick check (the seeds) is over before the bar would be drawn.
  TerminalRun quick = RunOnTerminal({"check", "--color", "never", "seeds/"});
  EXPECT_EQ(quick.code, 1) << quick.screen;
  EXPECT_FALSE(Contains(quick.screen, "factlint: [")) << quick.screen;
  // A slow one: standard input ("-", read first) takes a second, then four
  // files of the first batch are done of six.
  const std::string draft = "在全球工业研发投入2000强企业中，中国大陆企业有523家。\n";
  TerminalRun slow = RunOnTerminal({"check", "--jobs", "1", "--color", "never",
                                    "--stdin-filename", "draft.md", "-", "seeds/"},
                                   {}, &draft);
  EXPECT_EQ(slow.code, 1) << slow.screen;
  const size_t bar = slow.screen.find("\rfactlint: [");
  ASSERT_NE(bar, std::string::npos) << slow.screen;
  EXPECT_TRUE(Contains(slow.screen, " 4/6 files\x1b[K")) << slow.screen;
  const size_t erased = slow.screen.find("\r\x1b[K", bar + 1);
  ASSERT_NE(erased, std::string::npos) << slow.screen;
  EXPECT_LT(erased, slow.screen.find("error:")) << slow.screen;
}

TEST(ProgressTest, NotDrawnWhenQuietOrOnADumbTerminal) {
  const std::string dir = TempDir();
  TerminalRun quiet = RunOnTerminal({"index", "-q", "--db", dir + "/q.db", "seeds/"});
  EXPECT_EQ(quiet.code, 0) << quiet.screen;
  EXPECT_FALSE(Contains(quiet.screen, "factlint: [")) << quiet.screen;
  TerminalRun dumb = RunOnTerminal({"check", "seeds/"}, {"TERM=dumb"});
  EXPECT_EQ(dumb.code, 1) << dumb.screen;
  EXPECT_FALSE(Contains(dumb.screen, "factlint: [")) << dumb.screen;
  EXPECT_FALSE(Contains(dumb.screen, "\x1b[K")) << dumb.screen;
  TerminalRun check_quiet = RunOnTerminal({"check", "-q", "seeds/"});
  EXPECT_FALSE(Contains(check_quiet.screen, "factlint: [")) << check_quiet.screen;
}

}  // namespace
}  // namespace factlint::testing
