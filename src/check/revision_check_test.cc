// fact-revised: a later publication restating a past period's figure
// differently is a revision (a warning at the older figure), not a
// contradiction; close publications and drafts are still contradictions.
#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace check_test {
namespace {

const std::string kEarly =
    Dated("2024-03-01", "2023年，全国技术合同成交额达到6.1万亿元。\n");
const std::string kLate =
    Dated("2025-06-01", "2023年，全国技术合同成交额达到6.2万亿元。\n");

TEST(RevisionCheckTest, LaterPublicationRevisesTheOlderFigure) {
  CheckHarness h;
  h.Add("2024.md", kEarly).Add("2025.md", kLate);
  auto revised = h.Run("fact-revised");
  ASSERT_EQ(revised.size(), 1u) << Describe(revised) << h.Dump();
  const Diagnostic& d = revised[0];
  EXPECT_EQ(d.severity, Severity::kWarning);
  EXPECT_EQ(d.location.path, "2024.md");
  EXPECT_EQ(PositionOf(d.location), PositionOf(kEarly, "6.1万亿元"));
  EXPECT_NE(d.message.find("(2023): 6.1万亿元 here was revised to 6.2万亿元 by 2025.md "
                           "(document of 2025-06-01)"),
            std::string::npos)
      << d.message;
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].location.path, "2025.md");
  // Not also a contradiction.
  EXPECT_TRUE(h.Run("fact-conflict").empty()) << Describe(h.Run("fact-conflict"));
}

TEST(RevisionCheckTest, PublicationsCloseInTimeContradictEachOther) {
  CheckHarness h;
  h.Add("a.md", Dated("2024-03-01", "2023年，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("b.md", Dated("2024-04-01", "2023年，全国技术合同成交额达到6.2万亿元。\n"));
  EXPECT_TRUE(h.Run("fact-revised").empty());
  EXPECT_EQ(h.Run("fact-conflict").size(), 1u);
}

TEST(RevisionCheckTest, AFigureStatedBeforeItsPeriodEndedIsNotRevisedByIt) {
  // The later document speaks during 2023 itself: an estimate against an
  // estimate, a contradiction.
  CheckHarness h;
  h.Add("a.md", Dated("2023-01-05", "2023年，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("b.md", Dated("2023-11-01", "2023年，全国技术合同成交额达到6.2万亿元。\n"));
  EXPECT_TRUE(h.Run("fact-revised").empty());
  EXPECT_EQ(h.Run("fact-conflict").size(), 1u);
}

TEST(RevisionCheckTest, ADraftUsingAnOldFigureIsAnErrorNamingTheNewer) {
  // A draft is not a statistical publication: against the archive's newer
  // figure it is a contradiction, whatever its date.
  CheckHarness h;
  h.AddReference("2025.md", kLate)
      .Add("draft.md", Dated("2026-03-01", "2023年，全国技术合同成交额为6.1万亿元。\n"));
  EXPECT_TRUE(h.Run("fact-revised").empty());
  auto found = h.Run("fact-conflict");
  ASSERT_EQ(found.size(), 1u) << Describe(found);
  EXPECT_NE(found[0].message.find("6.1万亿元 here, but 6.2万亿元 elsewhere"), std::string::npos)
      << found[0].message;
}

// An archive that holds a figure and its revision: a draft following the
// newer figure is right; one following the older is wrong when written
// after the revision, and was right when written before it.
TEST(RevisionCheckTest, ADraftAgainstAnArchiveHoldingARevision) {
  const std::string early = Dated("2024-03-01", "2023年，全国技术合同成交额达到6.1万亿元。\n");
  auto run = [&](const std::string& draft) {
    CheckHarness h;
    h.AddReference("early.md", early).AddReference("late.md", kLate).Add("draft.md", draft);
    return h.Run("fact-conflict");
  };
  EXPECT_TRUE(run(Dated("2026-03-01", "2023年，全国技术合同成交额为6.2万亿元。\n")).empty());
  auto stale = run(Dated("2026-03-01", "2023年，全国技术合同成交额为6.1万亿元。\n"));
  ASSERT_EQ(stale.size(), 1u) << Describe(stale);
  EXPECT_NE(stale[0].message.find("6.1万亿元 here, but 6.2万亿元 elsewhere"), std::string::npos)
      << stale[0].message;
  EXPECT_TRUE(run(Dated("2024-04-01", "2023年，全国技术合同成交额为6.1万亿元。\n")).empty());
}

TEST(RevisionCheckTest, TheRevisedStartOfAChangeIsARevisionNotASeriesError) {
  // 2012 GDP: 51.9万亿元 in the report of March 2013, 54万亿元 (the start of
  // the five-year change) in the report of March 2018, after the census.
  CheckHarness h;
  h.Add("2013.md", Dated("2013-03-05", "2012年，国内生产总值达到51.9万亿元。\n"))
      .Add("2018.md", Dated("2018-03-05",
                            "五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，"
                            "年均增长7.1%。\n"));
  auto revised = h.Run("fact-revised");
  ASSERT_EQ(revised.size(), 1u) << Describe(revised) << h.Dump();
  EXPECT_EQ(revised[0].location.path, "2013.md");
  EXPECT_TRUE(h.Run("fact-series").empty()) << Describe(h.Run("fact-series"));
  EXPECT_TRUE(h.Run("fact-conflict").empty()) << Describe(h.Run("fact-conflict"));
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
