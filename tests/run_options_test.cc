// --jobs (docs/cli.md): the output is the same for any number of threads.
#include <gtest/gtest.h>

#include <string>
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

}  // namespace
}  // namespace factlint::testing
