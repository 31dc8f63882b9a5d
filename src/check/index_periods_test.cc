// index_periods: the periods a draft claim selects from the archive index
// must hold the stored period of every claim Compare finds comparable with
// it, for every window and for facts that vary by year or not, last-year
// or not; and they must leave other periods out, or the index reads the
// whole archive again.
#include "check/index_periods.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "check/check_test_util.h"
#include "check/claim_compare.h"

namespace factlint {
namespace check_test {
namespace {

// Statements of one rule's fact (全国技术合同成交额, a last-year fact) in
// documents of several dates and none: stated years, ranges, parts of a
// year, "as of" the document, last year, goals, and a region's figure.
CheckHarness& Archive(CheckHarness& h) {
  const char* kDates[] = {"2023-06-30", "2024-01-15", "2024-12-20", "2025-01-10",
                          "2025-03-05", "2026-07-01"};
  const char* kBodies[] = {
      "2024年，全国技术合同成交额达到6.8万亿元。\n",
      "2023年，全国技术合同成交额达到6.1万亿元。\n",
      "全国技术合同成交额达到6.5万亿元。\n",
      "去年，全国技术合同成交额达到6.2万亿元。\n",
      "全年全国技术合同成交额达到6.3万亿元。\n",
      "上半年，全国技术合同成交额达到3.1万亿元。\n",
      "2021—2025年，全国技术合同成交额累计达到30万亿元。\n",
      "“十四五”以来，全国技术合同成交额累计达到25万亿元。\n",
      "2025年预期目标：全国技术合同成交额达到7万亿元。\n",
      "2024年，全国技术合同成交额比上年增长10%，达到6.8万亿元。\n",
      "2024年，北京市技术合同成交额达到0.9万亿元。\n",
      "五年来，全国技术合同成交额达到25万亿元。\n",
  };
  int n = 0;
  for (const char* date : kDates)
    for (const char* body : kBodies)
      h.Add("d" + std::to_string(n++) + ".md", Dated(date, body));
  for (const char* body : kBodies) h.Add("u" + std::to_string(n++) + ".md", body);
  return h;
}

TEST(IndexPeriodsTest, SelectionHoldsEveryClaimCompareAccepts) {
  CheckHarness h;
  Archive(h);
  size_t comparable = 0, left_out = 0, groups = 0, spans = 0;
  for (int window : {0, 30, 183, 400, 800}) {
    for (const FactGroup& found : h.facts()) {
      if (!found.from_rule) continue;
      ++groups;
      for (bool by_year : {true, false}) {
        for (bool last_year : {true, false}) {
          FactGroup group = found;
          group.by_year = by_year;
          group.last_year_as_of = last_year;
          CheckContext ctx = h.context();
          ctx.same_time_window_days = window;
          for (const ClaimRef& a : group.claims) {
            const auto periods = ComparablePeriods(ctx.doc(a), ctx.claim(a),
                                                   {by_year, last_year}, window);
            for (const ClaimRef& b : group.claims) {
              if (a == b) continue;
              const std::string stored = StoredPeriod(ctx.doc(b), ctx.claim(b));
              const bool selected = !periods || periods->count(stored);
              if (!selected) ++left_out;
              // The spans RestatesSpanEndingLastYear reads for a figure as
              // of its document, though Compare does not pair them.
              const TimeClass ta = ClassOf(ctx, a), tb = ClassOf(ctx, b);
              const int last = LastFullYear(ctx, group, a, ta);
              if (last != 0 && !tb.as_of && !tb.unresolved && tb.to_year == last &&
                  tb.from_year < last && tb.from_year > last - kLongestRestatedSpan) {
                ++spans;
                EXPECT_TRUE(selected) << ctx.claim(a).surface << " restating "
                                      << ctx.claim(b).surface << " (" << stored << ")";
              }
              if (!Compare(ctx, group, a, b).comparable) continue;
              ++comparable;
              EXPECT_TRUE(selected)
                  << ctx.doc(a).source.path << " " << ctx.claim(a).surface << " ~ "
                  << ctx.doc(b).source.path << " " << ctx.claim(b).surface << " (" << stored
                  << "), window " << window << ", by_year " << by_year << ", last year "
                  << last_year << "\n" << h.Dump();
            }
          }
        }
      }
    }
  }
  // The archive is rich enough to test both directions: many pairs are
  // compared, and many stored claims are left out of a draft's selection.
  EXPECT_GT(groups, 0u) << h.Dump();
  EXPECT_GT(comparable, 1000u);
  EXPECT_GT(spans, 0u);
  EXPECT_GT(left_out, 10000u);
}

TEST(IndexPeriodsTest, StoredPeriodsFollowClassOf) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-05", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-03-05", "全国技术合同成交额达到6.5万亿元。\n"))
      .Add("c.md", "全国技术合同成交额达到6.5万亿元。\n");
  const Documents& docs = h.docs();
  EXPECT_EQ(StoredPeriod(*docs[0], docs[0]->extraction.claims[0]), "p 2024-2024");
  EXPECT_EQ(StoredPeriod(*docs[1], docs[1]->extraction.claims[0]), "a 2025");
  EXPECT_EQ(StoredPeriod(*docs[2], docs[2]->extraction.claims[0]), "a ?");
  // As of 2025 with a window of half a year: the as-of years around it,
  // undated documents and, for a last-year fact, the year 2024 and the
  // spans of up to ten years that end in it.
  auto periods = ComparablePeriods(*docs[1], docs[1]->extraction.claims[0], {true, true}, 183);
  ASSERT_TRUE(periods);
  std::set<std::string> expected = {"a 2024", "a 2025", "a 2026", "a ?", "p 2024-2024"};
  for (int from = 2015; from <= 2023; ++from) expected.insert("p " + std::to_string(from) + "-2024");
  EXPECT_EQ(*periods, expected);
  // A stated year of a fact that is not last-year's: that year alone, and
  // the base years a change of its sentence looks up.
  periods = ComparablePeriods(*docs[0], docs[0]->extraction.claims[0], {true, false}, 183, {2021});
  ASSERT_TRUE(periods);
  EXPECT_EQ(*periods, (std::set<std::string>{"p 2021-2021", "p 2024-2024"}));
  // As of an undated document, or a fact of any year: every period.
  EXPECT_FALSE(ComparablePeriods(*docs[2], docs[2]->extraction.claims[0], {true, false}, 183));
  EXPECT_FALSE(ComparablePeriods(*docs[0], docs[0]->extraction.claims[0], {false, false}, 183));
}

// Each entry the index stores names the claims a reading of it needs: the
// claims filed under it, and the other end of a change one of them ends
// (whose period may be another entry's); no other.
TEST(IndexPeriodsTest, EntriesNameTheirClaimsAndTheChangesTheyEnd) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-05",
                      "全国技术合同成交额由2020年的2.8万亿元增长到2024年的6.8万亿元。\n"
                      "2024年，全国研究与试验发展经费投入3.6万亿元，比上年增长8.3%。\n"
                      "全省粮食产量达到650亿斤，新建高标准农田300万亩。\n"));
  const Documents& docs = h.docs();
  const std::vector<Claim>& claims = docs[0]->extraction.claims;
  const std::vector<Transition>& transitions = docs[0]->extraction.transitions;
  ASSERT_FALSE(transitions.empty());
  const IndexEntryClaims entries =
      IndexEntries(docs, &TheFactRules(), &TheExtractor().scanner().units());
  const std::vector<std::vector<std::string>> keys = GroupingKeys(docs, &TheFactRules());
  // A claim's own entry holds it.
  size_t keyed = 0;
  for (uint32_t i = 0; i < claims.size(); ++i) {
    if (keys[0][i].empty()) continue;
    ++keyed;
    bool held = false;
    for (const auto& [entry, filed] : entries)
      held = held || (entry.first == keys[0][i] &&
                      std::binary_search(filed.begin(), filed.end(), i));
    EXPECT_TRUE(held) << claims[i].surface.str();
  }
  EXPECT_GE(keyed, 3u);
  for (const auto& [entry, filed] : entries) {
    EXPECT_TRUE(std::is_sorted(filed.begin(), filed.end())) << entry.first;
    // A change's two ends are read together.
    for (const Transition& t : transitions)
      EXPECT_EQ(std::binary_search(filed.begin(), filed.end(), static_cast<uint32_t>(t.from)),
                std::binary_search(filed.begin(), filed.end(), static_cast<uint32_t>(t.to)))
          << entry.first;
    // No claim of another grouping key but an end of a change.
    for (uint32_t i : filed) {
      const bool ends_change = std::any_of(transitions.begin(), transitions.end(),
                                           [&](const Transition& t) {
                                             return t.from == i || t.to == i;
                                           });
      if (entry.first.rfind("rule ", 0) == 0 || entry.first.rfind("generic ", 0) == 0) {
        EXPECT_TRUE(keys[0][i] == entry.first || ends_change)
            << entry.first << " " << claims[i].surface.str();
      }
    }
  }
  // The 2024 end of the change, filed under its own key (the bucket of its
  // year), brings the 2020 end, filed under another, with it.
  const Transition& change = transitions.front();
  ASSERT_NE(keys[0][change.to], keys[0][change.from]);
  bool brought = false;
  for (const auto& [entry, filed] : entries)
    if (entry.first == keys[0][change.to])
      brought = std::binary_search(filed.begin(), filed.end(), static_cast<uint32_t>(change.from));
  EXPECT_TRUE(brought);
}

TEST(IndexPeriodsTest, SelectionEntriesSplitBack) {
  const std::string entry = SelectionKey("rule x\x1f", "p 2024-2024");
  EXPECT_EQ(SplitSelection(entry), std::make_pair(std::string("rule x\x1f"),
                                                  std::optional<std::string>("p 2024-2024")));
  EXPECT_EQ(SplitSelection("generic b").second, std::nullopt);
}

}  // namespace
}  // namespace check_test
}  // namespace factlint
