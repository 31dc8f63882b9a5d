// The language server against one archive index: each buffer reads only the
// indexed documents of its claims' grouping keys (CheckBuffer in
// src/cli/check_run.h), and must report exactly what `check --against` does
// with every archive file read, buffer after buffer in one run (keys that
// change, keys that stay, an archive file edited as the buffer).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/check_run.h"
#include "cli/index_command.h"
#include "buffer_run_util.h"
#include "run_factlint.h"

namespace factlint::testing {
namespace {

const std::vector<std::string> kArchive = {"fixtures/check/", "seeds/"};
const std::string kRules = std::string(FACTLINT_SOURCE_DIR) + "/rules";

TEST(CheckBufferIndexTest, EachBufferReadsItsKeysAndReportsAsTheWholeArchive) {
  Options whole;
  whole.no_config = true;
  whole.against = kArchive;
  std::optional<RunSetup> whole_setup = LoadRunSetup(whole);
  ASSERT_TRUE(whole_setup);

  const std::string db = TempDir() + "/archive.db";
  BuildIndexHere(whole, *whole_setup, kArchive, db, kRules);
  if (::testing::Test::HasFatalFailure()) return;

  std::optional<RunSetup> setup;
  auto run = LoadIndexedRun(db, kRules, &setup);
  ASSERT_TRUE(run);
  ASSERT_TRUE(run->buffer_index);
  EXPECT_TRUE(run->docs.empty());  // nothing read before a buffer

  const size_t stored = run->buffer_index->Paths().size();

  // Drafts meeting different groups, one twice in a row (its documents are
  // kept), archive files as buffers (their stored copy is not read and its
  // words not counted twice), and a draft again after them.
  const std::vector<std::string> buffers = {
      "fixtures/cli/draft-against-seeds/draft.md",
      "fixtures/cli/draft-against-seeds/draft.md",
      "eval/drafts/seeds/s01_brief.md",
      "fixtures/check/conflict/bad/2026-03-draft.md",
      "fixtures/check/revised/bad/2024-03-bulletin.md",
      "eval/drafts/seeds/s01_brief.md",
      "fixtures/cli/draft-against-seeds/draft.md",
  };
  int with_findings = 0;
  size_t fewest_read = stored;
  for (const std::string& path : buffers) {
    SCOPED_TRACE(path);
    ASSERT_TRUE(std::filesystem::exists(path));
    auto expected = RunCheckPipeline(whole, *whole_setup, {path}, kRules);
    ASSERT_TRUE(expected);
    CheckBuffer(*setup, path, ReadFile(path), run.get());
    EXPECT_EQ(Summaries(*run), Summaries(*expected));
    if (!expected->found.empty()) ++with_findings;
    fewest_read = std::min(fewest_read, run->index_docs);
    EXPECT_EQ(run->docs.size(), 1 + run->index_docs);
  }
  EXPECT_GE(with_findings, 4);
  EXPECT_LT(fewest_read, stored / 2);  // a buffer reads its keys, not the archive

  // An edit that changes the buffer's figure but not its keys.
  std::string edited = ReadFile(buffers.front());
  edited.replace(edited.find("526家"), 3, "525");
  CheckBuffer(*setup, buffers.front(), edited, run.get());
  const std::string copy = TempDir() + "/draft.md";
  WriteFile(copy, edited);
  auto expected = RunCheckPipeline(whole, *whole_setup, {copy}, kRules);
  ASSERT_TRUE(expected);
  std::vector<std::string> got = Summaries(*run), want = Summaries(*expected);
  for (std::string& s : want) {  // the copy stands for the buffer's path
    for (size_t at; (at = s.find(copy)) != std::string::npos;)
      s.replace(at, copy.size(), buffers.front());
  }
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace factlint::testing
