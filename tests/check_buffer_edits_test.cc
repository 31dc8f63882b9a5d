// The language server keeps what depends only on the reference documents
// between changes of a buffer (the index documents of its keys, their fact
// rules' matches and generic buckets: CheckRun::rule_matches; their index
// word counts: CheckRun::reference_counts). A sequence of edits of one buffer
// in one run must report after each edit exactly what a fresh `check
// --against` of the whole archive reports for a file with that text: edits
// that keep the buffer's keys, edits that change them, and a figure only the
// archive stated edited into the buffer.
#include <gtest/gtest.h>

#include <map>
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
const std::string kDraft = "fixtures/cli/draft-against-seeds/draft.md";

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(CheckBufferEditsTest, EditsOfOneBufferReportAsAFreshCheck) {
  Options whole;
  whole.no_config = true;
  whole.against = kArchive;
  std::optional<RunSetup> whole_setup = LoadRunSetup(whole);
  ASSERT_TRUE(whole_setup);

  const std::string dir = TempDir();
  const std::string db = dir + "/edits.db";
  BuildIndexHere(whole, *whole_setup, kArchive, db, kRules);
  if (::testing::Test::HasFatalFailure()) return;
  std::optional<RunSetup> setup;
  auto run = LoadIndexedRun(db, kRules, &setup);
  ASSERT_TRUE(run);

  const std::string draft = ReadFile(kDraft);
  // 6.8万亿元 is stated in the archive only (fixtures/check/conflict).
  const std::string with_trade = draft + "2024年，全国技术合同成交额达到6.9万亿元。\n";
  struct Edit {
    const char* what;
    std::string text;
    bool same_keys;  // as the edit before
  };
  const std::vector<Edit> edits = {
      {"the draft", draft, false},
      {"a figure of a fact rule", Replaced(draft, "526家", "524家"), true},
      {"another figure, same keys", Replaced(draft, "526家", "525家"), true},
      {"a figure only the archive stated", with_trade, false},
      {"that figure agreeing", Replaced(with_trade, "6.9万亿元", "6.8万亿元"), true},
      {"that figure disagreeing again", with_trade, true},
      // A word the buffer had not used (and other keys): its index count is
      // looked up, the counts looked up before are kept.
      {"a new word beside it",
       Replaced(with_trade, "全国技术合同成交额达到", "全国技术合同成交额稳步达到"), false},
      {"back to the draft", draft, false},
  };
  const std::string copy = dir + "/draft.md";
  size_t kept_matches = 0;
  const Document* first_read = nullptr;
  std::map<std::string, const Document*> held;  // index documents by path
  size_t taken_again = 0;
  int findings_changed = 0;
  std::vector<std::string> last;
  for (const Edit& edit : edits) {
    SCOPED_TRACE(edit.what);
    CheckBuffer(*setup, kDraft, edit.text, run.get());
    WriteFile(copy, edit.text);
    auto expected = RunCheckPipeline(whole, *whole_setup, {copy}, kRules);
    ASSERT_TRUE(expected);
    const std::vector<std::string> want = Summaries(*expected, copy, kDraft);
    EXPECT_EQ(Summaries(*run), want);
    if (want != last) ++findings_changed;
    last = want;
    // The index documents and their rule matches are kept while the keys
    // are, and the buffer's, matched once for its keys, for its grouping.
    ASSERT_GT(run->index_docs, 0u);
    EXPECT_EQ(run->rule_matches.size(), run->index_docs + 1);
    EXPECT_NE(run->rule_matches.Find(*run->docs.front()), nullptr);
    if (edit.same_keys) {
      EXPECT_EQ(run->docs[1].get(), first_read);
      EXPECT_EQ(run->rule_matches.size(), kept_matches);
    }
    // An index document the edit before read too is the same document,
    // whether the keys changed or not: it is not read again.
    std::map<std::string, const Document*> now;
    for (size_t d = run->docs.size() - run->index_docs; d < run->docs.size(); ++d) {
      const Document* doc = run->docs[d].get();
      now[doc->source.path] = doc;
      auto before = held.find(doc->source.path);
      if (before == held.end()) continue;
      EXPECT_EQ(doc, before->second) << doc->source.path;
      if (!edit.same_keys) ++taken_again;
    }
    held = std::move(now);
    kept_matches = run->rule_matches.size();
    first_read = run->docs[1].get();
  }
  EXPECT_GE(findings_changed, 5);  // the edits change what is reported
  EXPECT_GT(taken_again, 0u);       // documents kept across changes of keys
}

}  // namespace
}  // namespace factlint::testing
