// The fact rules' takes stored with each document: a check reads them
// instead of matching the rules over the stored documents again, and they
// are what matching the rules over the document gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include <sqlite3.h>

#include "engine/fact_rules.h"
#include "store/archive_index.h"
#include "store/content_hash.h"
#include "store/store_test_util.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
const std::string kSourceDir = FACTLINT_SOURCE_DIR;

void ExpectTakesEq(const std::vector<RuleTake>& a, const std::vector<RuleTake>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    SCOPED_TRACE("take " + std::to_string(i));
    EXPECT_EQ(a[i].claim, b[i].claim);
    EXPECT_EQ(a[i].rule, b[i].rule);
    EXPECT_EQ(a[i].reason.rule_id, b[i].reason.rule_id);
    EXPECT_EQ(a[i].reason.pattern, b[i].reason.pattern);
    EXPECT_EQ(a[i].reason.pattern_text, b[i].reason.pattern_text);
    EXPECT_EQ(a[i].reason.matched_text, b[i].reason.matched_text);
  }
}

// Each claim of `read` (a document read by keys: some of its claims, in
// their order) as its index among the claims of `whole` (the same document
// read whole).
std::vector<uint32_t> WholeIndices(const Document& read, const Document& whole) {
  std::vector<uint32_t> at;
  const std::vector<Claim>& all = whole.extraction.claims;
  uint32_t i = 0;
  for (const Claim& c : read.extraction.claims) {
    while (i < all.size() && (all[i].span != c.span || all[i].source_span != c.source_span)) ++i;
    EXPECT_LT(i, all.size()) << c.surface.str();
    at.push_back(i++);
  }
  return at;
}

// What matching the rules over `whole` takes of the claims `read` holds,
// numbered as `read` numbers them.
std::vector<RuleTake> TakesOfClaimsRead(const Document& read, const Document& whole,
                                        const FactRuleSet& rules) {
  const std::vector<uint32_t> at = WholeIndices(read, whole);
  std::vector<RuleTake> takes;
  for (RuleTake t : MatchDocumentRules(whole, rules)) {
    auto it = std::find(at.begin(), at.end(), t.claim);
    if (it == at.end()) continue;
    t.claim = static_cast<uint32_t>(it - at.begin());
    takes.push_back(std::move(t));
  }
  return takes;
}

class ArchiveTakesTest : public ::testing::Test {
 protected:
  ArchiveTakesTest() : dir_("takes") {}

  void SetUp() override {
    fs::create_directories(dir_.Path("archive"));
    for (const auto& entry : fs::directory_iterator(kSourceDir + "/seeds"))
      fs::copy_file(entry.path(), dir_.Path("archive/" + entry.path().filename().string()));
    std::string error;
    extractor_ = Extractor::Load(kSourceDir + "/rules", &error);
    ASSERT_TRUE(extractor_) << error;
    std::vector<Diagnostic> errors;
    rules_ = FactRuleSet::Load({Facts()}, &errors);
    ASSERT_TRUE(rules_) << errors.size();
    index_ = ArchiveIndex::Open(dir_.Path("a.db"), true, &error);
    ASSERT_TRUE(index_) << error;
  }

  std::string Facts() const { return kSourceDir + "/rules/facts"; }

  UpdateStats Update() {
    UpdateStats stats;
    std::string error;
    std::vector<Diagnostic> input_errors;
    EXPECT_TRUE(index_->Update({dir_.Path("archive")}, *extractor_, kSourceDir + "/rules",
                               &stats, &input_errors, &error))
        << error;
    return stats;
  }

  // Every stored document, read by the keys of all of them (their
  // reference forms: the claims filed under a key), with their stored takes
  // kept in *takes; *error says why not.
  Documents ReadByKeys(RuleMatchCache* takes, std::string* error) {
    Documents all = index_->LoadAll(false, error);
    EXPECT_EQ(all.size(), 5u) << *error;
    const std::set<std::string> keys = IndexKeys(all, rules_.get(), nullptr);
    Documents docs;
    index_->AppendKeyDocuments(keys, false, &docs, error, {}, nullptr, nullptr, takes);
    return docs;
  }
  Documents ReadByKeys(RuleMatchCache* takes) {
    std::string error;
    Documents docs = ReadByKeys(takes, &error);
    EXPECT_EQ(docs.size(), 5u) << error;
    return docs;
  }
  // The stored documents read whole, what matching the rules reads.
  Documents Whole() {
    std::string error;
    Documents all = index_->LoadAll(false, &error);
    EXPECT_EQ(all.size(), 5u) << error;
    return all;
  }

  // Indexes the archive with the fact rules' takes, runs `damage` (SQL
  // that makes one file's reference form wrong) on it, and expects a
  // reading by keys to refuse the index (when `refused`) and `index` to
  // repair the file, after which all are read.
  void ExpectRefusedThenRepaired(const char* damage, bool refused) {
    index_->SetGrouping(rules_.get(), GroupingFingerprint({Facts()}));
    Update();
    index_.reset();
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(dir_.Path("a.db").c_str(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, damage, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
    std::string error;
    index_ = ArchiveIndex::Open(dir_.Path("a.db"), true, &error);
    ASSERT_TRUE(index_) << error;
    index_->SetGrouping(rules_.get(), GroupingFingerprint({Facts()}));
    RuleMatchCache takes;
    ReadByKeys(&takes, &error);
    if (refused) {
      EXPECT_NE(error.find("damaged entry"), std::string::npos) << error;
      EXPECT_NE(error.find("rebuild it with `factlint index"), std::string::npos) << error;
    }
    const UpdateStats stats = Update();
    EXPECT_EQ(stats.repaired, 1u);
    EXPECT_EQ(stats.unchanged, 4u);
    RuleMatchCache again;
    EXPECT_EQ(ReadByKeys(&again).size(), 5u);
  }

  ScratchDir dir_;
  std::unique_ptr<Extractor> extractor_;
  std::unique_ptr<FactRuleSet> rules_;
  std::unique_ptr<ArchiveIndex> index_;
};

TEST_F(ArchiveTakesTest, StoredTakesAreThoseOfMatchingAndAreUsedWithoutMatching) {
  index_->SetGrouping(rules_.get(), GroupingFingerprint({Facts()}));
  Update();
  RuleMatchCache takes;
  Documents docs = ReadByKeys(&takes);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(takes.put(), 5u);
  const Documents whole = Whole();  // in the same (path) order
  size_t taken = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    SCOPED_TRACE(docs[d]->source.path);
    ASSERT_EQ(docs[d]->source.path, whole[d]->source.path);
    const std::vector<RuleTake>* stored = takes.Find(*docs[d]);
    ASSERT_NE(stored, nullptr);
    ExpectTakesEq(*stored, TakesOfClaimsRead(*docs[d], *whole[d], *rules_));
    taken += stored->size();
  }
  EXPECT_GT(taken, 0u);  // the seeds state facts of the shipped rules
  // Grouping with the stored takes matches no document, and forms the
  // groups matching every whole document forms (a claim filed under no
  // key is in none).
  const std::vector<FactGroup> stored = GroupFacts(docs, rules_.get(), nullptr, &takes);
  EXPECT_EQ(takes.matched(), 0u);
  const std::vector<FactGroup> matched = GroupFacts(whole, rules_.get());
  std::vector<std::vector<uint32_t>> at;
  for (size_t d = 0; d < docs.size(); ++d) at.push_back(WholeIndices(*docs[d], *whole[d]));
  ASSERT_EQ(stored.size(), matched.size());
  for (size_t g = 0; g < stored.size(); ++g) {
    EXPECT_EQ(stored[g].fact_id, matched[g].fact_id) << g;
    std::vector<ClaimRef> claims = stored[g].claims;
    for (ClaimRef& r : claims) r.claim = at[r.doc][r.claim];
    EXPECT_EQ(claims, matched[g].claims) << g;
  }
}

TEST_F(ArchiveTakesTest, TakesAreStoredAgainWhenTheFactRulesChange) {
  // Built without fact rules: nothing is taken.
  index_->SetGrouping(nullptr, "");
  Update();
  {
    index_->SetGrouping(rules_.get(), "");  // to read the takes with
    RuleMatchCache takes;
    Documents docs = ReadByKeys(&takes);
    ASSERT_EQ(docs.size(), 5u);
    for (const auto& doc : docs) EXPECT_TRUE(takes.Find(*doc)->empty());
  }
  // With the rules (another fingerprint) every file is filed and matched
  // again.
  index_->SetGrouping(rules_.get(), GroupingFingerprint({Facts()}));
  EXPECT_EQ(Update().changed, 5u);
  RuleMatchCache takes;
  Documents docs = ReadByKeys(&takes);
  ASSERT_EQ(docs.size(), 5u);
  const Documents whole = Whole();
  size_t taken = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    ExpectTakesEq(*takes.Find(*docs[d]), TakesOfClaimsRead(*docs[d], *whole[d], *rules_));
    taken += takes.Find(*docs[d])->size();
  }
  EXPECT_GT(taken, 0u);
}

// A draft's reading reads each file's reference form (with its takes, its
// path and whether it is the first path of its identity), not its row: a
// damaged form is refused there, and `index` repairs it.
TEST_F(ArchiveTakesTest, ADamagedReferenceFormIsRefusedThenRepaired) {
  ExpectRefusedThenRepaired(
      "UPDATE refs SET form = form || X'00' WHERE rowid = (SELECT max(rowid) FROM refs)",
      true);
}

// The checksum of a form covers the path its row names: a form filed under
// another file's path is damaged, never read as that file's.
TEST_F(ArchiveTakesTest, AFormUnderAnotherPathIsRefusedThenRepaired) {
  ExpectRefusedThenRepaired(
      "UPDATE refs SET path = (SELECT min(path) FROM refs) WHERE rowid = (SELECT max(rowid) "
      "FROM refs)",
      true);
}

// A form's row says whether its path is the first of its identity as the
// file's docs row says it (SumWords writes both); `index` repairs a row
// where they differ.
TEST_F(ArchiveTakesTest, AFormThatIsNotFirstWhereItsFileIsIsRepaired) {
  ExpectRefusedThenRepaired(
      "UPDATE refs SET first = 0 WHERE rowid = (SELECT max(rowid) FROM refs)", false);
}

TEST_F(ArchiveTakesTest, ReadingWithoutACacheKeepsNothing) {
  index_->SetGrouping(rules_.get(), GroupingFingerprint({Facts()}));
  Update();
  Documents docs = ReadByKeys(nullptr);
  EXPECT_EQ(docs.size(), 5u);
}

}  // namespace
}  // namespace factlint
