// CheckBuffer (src/cli/check_run.h), the language server's run: a buffer
// checked against reference material loaded once must give what `check`
// gives for a file with that text, and a later buffer must replace it.
#include <gtest/gtest.h>

#include "cli/check_run.h"
#include "run_factlint.h"

namespace factlint::testing {
namespace {

const std::string kDir = "fixtures/lsp";
const std::string kDraft = kDir + "/draft.md";
const std::string kArchived = kDir + "/archive/2026-03-05-briefing.md";
const std::string kRules = std::string(FACTLINT_SOURCE_DIR) + "/rules";

Options ProjectOptions() {
  Options o;
  o.config = kDir + "/.factlint.toml";
  return o;
}

std::vector<std::string> Summaries(const DiagnosticList& found) {
  std::vector<std::string> out;
  for (const Diagnostic& d : found) {
    std::string s = d.rule_id + " " + d.location.path + ":" + std::to_string(d.location.line) +
                    ":" + std::to_string(d.location.column) + " " + d.message;
    for (const Note& n : d.notes)
      s += " | " + n.location.path + ":" + std::to_string(n.location.line) + " " + n.message;
    out.push_back(s);
  }
  return out;
}

TEST(CheckBufferTest, BufferIsCheckedAsCheckChecksTheFile) {
  Options o = ProjectOptions();
  std::optional<RunSetup> setup = LoadRunSetup(o);
  ASSERT_TRUE(setup);
  auto file_run = RunCheckPipeline(o, *setup, {kDraft}, kRules);
  ASSERT_TRUE(file_run);
  ASSERT_FALSE(file_run->found.empty());

  auto run = LoadReferenceRun(o, *setup, kRules);
  ASSERT_TRUE(run);
  const size_t reference = run->docs.size();
  CheckBuffer(*setup, kDraft, ReadFile(kDraft), run.get());
  EXPECT_EQ(Summaries(run->found), Summaries(file_run->found));
  EXPECT_TRUE(run->docs.front()->target);
  EXPECT_EQ(run->docs.size(), reference + 1);

  // The next buffer replaces the first: the figure agrees now.
  std::string fixed = ReadFile(kDraft);
  fixed.replace(fixed.find("524家"), 3, "525");
  CheckBuffer(*setup, kDraft, fixed, run.get());
  EXPECT_TRUE(run->found.empty()) << Summaries(run->found).front();
  EXPECT_EQ(run->docs.size(), reference + 1);
}

TEST(CheckBufferTest, AnEditedReferenceFileStandsInForItsSavedText) {
  Options o = ProjectOptions();
  std::optional<RunSetup> setup = LoadRunSetup(o);
  ASSERT_TRUE(setup);
  auto run = LoadReferenceRun(o, *setup, kRules);
  ASSERT_TRUE(run);
  // The archived briefing edited to 526: it is not contradicted by its own
  // saved 525, which is left out while it is the buffer.
  std::string edited = ReadFile(kArchived);
  edited.replace(edited.find("525家"), 3, "526");
  CheckBuffer(*setup, kArchived, edited, run.get());
  EXPECT_TRUE(run->found.empty()) << Summaries(run->found).front();
  // Back to the draft: the saved briefing is reference material again.
  CheckBuffer(*setup, kDraft, ReadFile(kDraft), run.get());
  std::vector<std::string> found = Summaries(run->found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("fact-conflict"), std::string::npos);
  EXPECT_NE(found[0].find(kArchived), std::string::npos);
}

}  // namespace
}  // namespace factlint::testing
