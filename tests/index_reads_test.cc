// What `check --against-db` reads of the index does not grow with the
// archive: with none of the index in the page cache, a run costs the pages
// of the draft's keys, files and words, not a scan of a table. Two indexes
// hold the same statements of the draft's fact; the larger one adds 4,000
// files the draft does not select (its fact in years it cannot be compared
// with, other facts, other places). Against both the draft reads the same
// files, steps over no row in a full scan, and reads about as many pages;
// it matches the fact rules over the draft only (the files read bring their
// stored takes); its findings are those of `check --against` the whole
// archive.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kFiller = 4000;
// Of the filler's files, one in kSpread (between two filler files in path
// order, so that no two share a page of any table) states the fact for
// 2014, which a second draft selects: what a file read costs.
constexpr int kSpread = 40;

std::string Dated(const std::string& date, const std::string& body) {
  return "---\ndate: " + date + "\n---\n\n" + body;
}

// The value of FACTLINT_TIMINGS' `count: WHAT` line in `err`; -1 if absent.
long long Count(const std::string& err, const std::string& what) {
  const std::string marker = "factlint: count: " + what + ": ";
  const size_t at = err.find(marker);
  return at == std::string::npos ? -1 : std::stoll(err.substr(at + marker.size()));
}

class IndexReadsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(TempDir());
    const std::string shared = *dir_ + "/shared", filler = *dir_ + "/filler";
    fs::create_directories(shared);
    fs::create_directories(filler);
    // The statements the draft is compared with, in both indexes.
    for (int y = 2022; y <= 2026; ++y)
      WriteFile(fmt::format("{}/{}.md", shared, y),
                Dated(fmt::format("{}-03-10", y),
                      fmt::format("{}年，全国技术合同成交额达到{:.1f}万亿元。\n", y - 1,
                                  2.0 + 0.5 * (y - 2020))));
    // What only the larger index holds: the fact in years long before the
    // draft's, other facts of other places, each file its own words.
    for (int i = 0; i < kFiller; ++i) {
      const int y = 1990 + i % 20;
      std::string body =
          i % 3 == 0
              ? fmt::format("{}年，全国技术合同成交额达到{}亿元。\n", y - 1, 100 + i)
              : fmt::format("{}年，第{}号水库蓄水量达到{}万立方米，灌溉农田{}万亩。\n", y, i,
                            1000 + i, 20 + i % 50);
      WriteFile(fmt::format("{}/{:05d}.md", filler, i),
                Dated(fmt::format("{}-0{}-1{}", y, 1 + i % 9, i % 10), body));
      if (i % kSpread == 0)
        WriteFile(fmt::format("{}/{:05d}m.md", filler, i),
                  Dated(fmt::format("2015-0{}-1{}", 1 + i % 9, i % 10),
                        "2014年，全国技术合同成交额达到1.5万亿元。\n"));
    }
    small_ = new std::string(*dir_ + "/small.db");
    large_ = new std::string(*dir_ + "/large.db");
    RunResult a = RunFactlint({"index", "--no-config", shared, "--db", *small_});
    ASSERT_EQ(a.code, 0) << a.err;
    RunResult b = RunFactlint({"index", "--no-config", shared, filler, "--db", *large_});
    ASSERT_EQ(b.code, 0) << b.err;
    draft_ = new std::string(*dir_ + "/draft.md");
    WriteFile(*draft_, Dated("2025-01-10", "2024年，全国技术合同成交额达到5.9万亿元。\n"));
    spread_draft_ = new std::string(*dir_ + "/draft-2014.md");
    WriteFile(*spread_draft_, Dated("2015-01-10", "2014年，全国技术合同成交额达到1.9万亿元。\n"));
  }
  static void TearDownTestSuite() {
    for (std::string** s : {&dir_, &small_, &large_, &draft_, &spread_draft_}) {
      delete *s;
      *s = nullptr;
    }
  }

  static RunResult Check(const std::string& db) { return Check(db, *draft_); }
  static RunResult Check(const std::string& db, const std::string& draft) {
    return RunFactlint({"check", "--no-config", "--against-db", db, draft}, "",
                       {"FACTLINT_TIMINGS=1"});
  }

  static std::string* dir_;
  static std::string* small_;
  static std::string* large_;
  static std::string* draft_;
  static std::string* spread_draft_;
};

std::string* IndexReadsTest::dir_ = nullptr;
std::string* IndexReadsTest::small_ = nullptr;
std::string* IndexReadsTest::large_ = nullptr;
std::string* IndexReadsTest::draft_ = nullptr;
std::string* IndexReadsTest::spread_draft_ = nullptr;

TEST_F(IndexReadsTest, PagesReadDoNotGrowWithTheArchive) {
  RunResult small = Check(*small_), large = Check(*large_);
  ASSERT_EQ(small.code, 1) << small.err;  // 5.9 against the archive's 4.0
  ASSERT_EQ(large.code, 1) << large.err;
  // The statement of 2024 (in the document of 2025), in both.
  EXPECT_EQ(Count(small.err, "index: files selected"), 1) << small.err;
  EXPECT_EQ(Count(large.err, "index: files selected"), 1) << large.err;
  EXPECT_EQ(Count(small.err, "index: rows scanned"), 0) << small.err;
  EXPECT_EQ(Count(large.err, "index: rows scanned"), 0) << large.err;

  const long long small_pages = Count(small.err, "index: pages read");
  const long long large_pages = Count(large.err, "index: pages read");
  ASSERT_GT(small_pages, 0) << small.err;
  // Each B-tree of the larger index (fifteen: tables and SQL indexes) may
  // be a level deeper, one more page per tree; its smallest table of a row
  // per file (an SQL index of the paths) is more pages than that, and the
  // whole file hundreds, so reading any of them would show.
  const long long large_file_pages = static_cast<long long>(fs::file_size(*large_) / 4096);
  EXPECT_GT(large_file_pages, 40 * small_pages);
  EXPECT_LE(large_pages, small_pages + 16) << small.err << large.err;
}

// A file read costs a page of the one B-tree it is looked up in: its form's
// row (by the rowid its key entry names), which holds its path and whether
// it is the first of its identity, so its docs row is not read, nor any
// lookup by path or by identity made. The draft of 2014 reads one file in
// kSpread of the larger index, each on pages of its own; the pages of its
// keys' entries and its words are few.
TEST_F(IndexReadsTest, AFileReadCostsItsFormOnly) {
  RunResult run = Check(*large_, *spread_draft_);
  ASSERT_EQ(run.code, 1) << run.err;  // 1.9 against the archive's 1.5
  const long long files = Count(run.err, "index: files selected");
  EXPECT_EQ(files, kFiller / kSpread) << run.err;
  const long long pages = Count(run.err, "index: pages read");
  ASSERT_GT(files, 0) << run.err;
  EXPECT_LE(2 * pages, 3 * files) << run.err;  // 1.5 a file (1.2 measured; 2.2 with docs rows)
}

TEST_F(IndexReadsTest, StoredDocumentsAreNotMatchedAgainstTheFactRules) {
  // The index stored what the fact rules take in each file: the run
  // matches the rules over the draft alone and uses the stored takes of
  // the file it reads.
  RunResult small = Check(*small_), large = Check(*large_);
  for (const RunResult* run : {&small, &large}) {
    EXPECT_EQ(Count(run->err, "fact rules: documents matched"), 1) << run->err;
    EXPECT_EQ(Count(run->err, "fact rules: stored takes used"),
              Count(run->err, "index: files selected"))
        << run->err;
  }
}

TEST_F(IndexReadsTest, FindingsAreThoseOfTheWholeArchive) {
  RunResult indexed = RunFactlint({"check", "--no-config", "--against-db", *large_, *draft_});
  RunResult whole = RunFactlint({"check", "--no-config", "--against", *dir_ + "/shared",
                                 "--against", *dir_ + "/filler", *draft_});
  EXPECT_EQ(indexed.out, whole.out);
  EXPECT_EQ(indexed.code, whole.code);
  RunResult spread = RunFactlint({"check", "--no-config", "--against-db", *large_, *spread_draft_});
  RunResult spread_whole = RunFactlint({"check", "--no-config", "--against", *dir_ + "/shared",
                                        "--against", *dir_ + "/filler", *spread_draft_});
  EXPECT_EQ(spread.out, spread_whole.out);
  EXPECT_EQ(spread.code, spread_whole.code);
}

// A file read decodes only the claims the draft's keys need: the claims
// filed under them (with the other end of each change they end), not the
// file's other statements. Each file states the draft's fact, a change
// that ends in it, and facts of its own; the findings are those of the
// whole archive, and most claims of the files read are left unread.
TEST_F(IndexReadsTest, AFileReadDecodesOnlyTheClaimsOfTheDraftsKeys) {
  const std::string dir = *dir_ + "/mixed";
  fs::create_directories(dir + "/archive");
  for (int y = 2022; y <= 2026; ++y)
    WriteFile(fmt::format("{}/archive/{}.md", dir, y),
              Dated(fmt::format("{}-03-10", y),
                    fmt::format("全国技术合同成交额由{}年的{:.1f}万亿元增长到{}年的{:.1f}万亿元。\n"
                                "全省粮食产量达到{}亿斤，新建高标准农田{}万亩，"
                                "第{}号水库蓄水量达到{}万立方米。\n"
                                "全国研究与试验发展经费投入{:.1f}万亿元，比上年增长{:.1f}%。\n",
                                y - 3, 1.0 + 0.1 * y - 202, y - 1, 2.0 + 0.5 * (y - 2020),
                                600 + y % 7, 200 + y % 11, y, 1000 + y % 13,
                                2.0 + 0.1 * (y - 2020), 5.0 + 0.1 * (y % 5))));
  const std::string db = dir + "/archive.db";
  RunResult indexed = RunFactlint({"index", "--no-config", dir + "/archive", "--db", db});
  ASSERT_EQ(indexed.code, 0) << indexed.err;
  for (const std::string& draft : {*draft_, *spread_draft_}) {
    RunResult run = Check(db, draft);
    const long long read = Count(run.err, "index: claims read");
    const long long left = Count(run.err, "index: claims left in the forms read");
    if (draft == *draft_) {
      EXPECT_GT(Count(run.err, "index: files selected"), 0) << run.err;
      EXPECT_GT(read, 0) << run.err;
      EXPECT_GT(left, read) << run.err;  // the other facts of each file
    }
    RunResult from_index =
        RunFactlint({"check", "--no-config", "--format", "json", "--against-db", db, draft});
    RunResult whole = RunFactlint(
        {"check", "--no-config", "--format", "json", "--against", dir + "/archive", draft});
    EXPECT_EQ(from_index.out, whole.out) << draft;
    EXPECT_EQ(from_index.code, whole.code) << draft;
  }
}

}  // namespace
}  // namespace factlint::testing
