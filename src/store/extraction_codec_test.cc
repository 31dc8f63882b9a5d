#include "store/extraction_codec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "store/store_test_util.h"

namespace factlint {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Claims with every field set to something unusual.
Extraction OddExtraction() {
  Extraction e;
  e.date = {2025, 12, 19, "front-matter"};
  Claim a;
  a.span = {3, 9};
  a.source_span = {4, 12};
  a.surface = "近2500亿元";
  a.kind = ClaimKind::kDuration;
  a.value = {-kInf, kInf, false, false};
  a.dimension = "count:家";
  a.unit = "";
  a.qualifier = Qualifier::kPlus;
  a.qualifier_span = {3, 3};
  a.time = {2021, 2025, TimeOrigin::kPeriod, "H1", {1, 2}};
  a.change = Direction::kDown;
  a.base_year = -44;
  a.target = true;
  a.identifier = true;
  a.sentence = {0, 40};
  a.clause = {2, 20};
  a.subject = "全球工业研发投入2000强企业";
  a.subject_elsewhere = true;
  a.subject_after = true;
  a.context = {"中国大陆", "", "企业", std::string("a\0b", 3)};
  Claim b;  // defaults, with awkward doubles
  b.value = {-0.0, 0.1 + 0.2, true, false};
  b.surface = "";
  b.kind = ClaimKind::kPercentPoints;
  b.time.from_year = std::numeric_limits<int>::min();
  b.time.to_year = std::numeric_limits<int>::max();
  Claim c;
  c.value = {std::numeric_limits<double>::denorm_min(),
             std::numeric_limits<double>::max(), true, true};
  c.span = {40, 40};
  c.sentence = {0, 40};
  e.claims = {a, b, c};
  e.transitions = {{0, 2, Direction::kUp, {1, 30}}, {1, 0, Direction::kNone, {}}};
  return e;
}

TEST(ExtractionCodec, RoundTripsEveryField) {
  Extraction in = OddExtraction();
  std::string blob = EncodeExtraction(in);
  Extraction out;
  std::string error;
  ASSERT_TRUE(DecodeExtraction(blob, 40, 12, &out, &error)) << error;
  ExpectDateEq(in.date, out.date);
  ASSERT_EQ(in.claims.size(), out.claims.size());
  for (size_t i = 0; i < in.claims.size(); ++i)
    ExpectClaimEq(in.claims[i], out.claims[i], "claim " + std::to_string(i));
  EXPECT_TRUE(std::signbit(out.claims[1].value.lo));
  EXPECT_EQ(out.claims[0].value.hi, kInf);
  ExpectTransitionsEq(in.transitions, out.transitions);
}

TEST(ExtractionCodec, EmptyExtraction) {
  Extraction in, out;
  std::string error;
  ASSERT_TRUE(DecodeExtraction(EncodeExtraction(in), 0, 0, &out, &error));
  EXPECT_TRUE(out.claims.empty());
  EXPECT_TRUE(out.transitions.empty());
  EXPECT_EQ(out.date.year, 0);
}

TEST(ExtractionCodec, EveryTruncationIsAnError) {
  std::string blob = EncodeExtraction(OddExtraction());
  for (size_t n = 0; n < blob.size(); ++n) {
    Extraction out;
    std::string error;
    EXPECT_FALSE(DecodeExtraction(blob.substr(0, n), 40, 12, &out, &error)) << n;
    EXPECT_FALSE(error.empty());
  }
  Extraction out;
  std::string error;
  EXPECT_FALSE(DecodeExtraction(blob + "x", 40, 12, &out, &error));
}

TEST(ExtractionCodec, FlippedBytesNeverGiveInvalidClaims) {
  std::string blob = EncodeExtraction(OddExtraction());
  for (size_t i = 0; i < blob.size(); ++i) {
    for (int bit : {0x01, 0x80, 0xff}) {
      std::string bad = blob;
      bad[i] = static_cast<char>(bad[i] ^ bit);
      Extraction out;
      std::string error;
      if (!DecodeExtraction(bad, 40, 12, &out, &error)) continue;
      // What decodes must still be safe to use: spans inside the texts,
      // transitions pointing at claims.
      for (const Claim& c : out.claims) {
        EXPECT_LE(c.span.begin, c.span.end);
        EXPECT_LE(c.span.end, 40u);
        EXPECT_LE(c.sentence.end, 40u);
        EXPECT_LE(c.clause.end, 40u);
        EXPECT_LE(c.qualifier_span.end, 40u);
        EXPECT_LE(c.source_span.begin, c.source_span.end);
        EXPECT_LE(c.source_span.end, 12u);
        EXPECT_LE(static_cast<int>(c.kind), static_cast<int>(ClaimKind::kDuration));
      }
      for (const Transition& t : out.transitions) {
        EXPECT_LT(t.from, out.claims.size());
        EXPECT_LT(t.to, out.claims.size());
      }
    }
  }
}

TEST(ExtractionCodec, SpansBeyondTheTextAreRejected) {
  std::string blob = EncodeExtraction(OddExtraction());
  Extraction out;
  std::string error;
  EXPECT_FALSE(DecodeExtraction(blob, 39, 12, &out, &error));  // sentence end 40
  EXPECT_FALSE(DecodeExtraction(blob, 40, 11, &out, &error));  // source end 12
}

TEST(ExtractionCodec, TransitionIndexOutOfRangeIsRejected) {
  Extraction e = OddExtraction();
  e.transitions.push_back({0, 3, Direction::kUp, {}});
  Extraction out;
  std::string error;
  EXPECT_FALSE(DecodeExtraction(EncodeExtraction(e), 40, 12, &out, &error));
}

// A reading of some claims (an index entry's, IndexEntries) decodes those
// alone, renumbered in their order, with the transitions between two of
// them; the others are read past as strictly.
TEST(ExtractionCodec, KeptClaimsAreDecodedAloneAndRenumbered) {
  const Extraction in = OddExtraction();
  const std::string blob = EncodeExtraction(in);
  std::string error;
  {
    const std::vector<uint32_t> keep = {0, 2};
    Extraction out;
    size_t stored = 0;
    ASSERT_TRUE(DecodeExtraction(blob, 40, 12, &out, &error, &keep, &stored)) << error;
    EXPECT_EQ(stored, 3u);
    ExpectDateEq(in.date, out.date);
    ASSERT_EQ(out.claims.size(), 2u);
    ExpectClaimEq(in.claims[0], out.claims[0], "claim 0");
    ExpectClaimEq(in.claims[2], out.claims[1], "claim 2");
    // 0 -> 2 becomes 0 -> 1; 1 -> 0 has an end left out.
    ExpectTransitionsEq({{0, 1, Direction::kUp, {1, 30}}}, out.transitions);
  }
  {
    const std::vector<uint32_t> keep = {1};
    Extraction out;
    ASSERT_TRUE(DecodeExtraction(blob, 40, 12, &out, &error, &keep)) << error;
    ASSERT_EQ(out.claims.size(), 1u);
    ExpectClaimEq(in.claims[1], out.claims[0], "claim 1");
    EXPECT_TRUE(out.transitions.empty());
  }
  {
    const std::vector<uint32_t> none;
    Extraction out;
    ASSERT_TRUE(DecodeExtraction(blob, 40, 12, &out, &error, &none)) << error;
    EXPECT_TRUE(out.claims.empty());
    EXPECT_TRUE(out.transitions.empty());
  }
  // An index past the last claim, or not ascending, is malformed.
  for (const std::vector<uint32_t>& bad :
       {std::vector<uint32_t>{3}, std::vector<uint32_t>{2, 1}, std::vector<uint32_t>{1, 1}}) {
    Extraction out;
    EXPECT_FALSE(DecodeExtraction(blob, 40, 12, &out, &error, &bad)) << bad.size();
  }
  // A claim read past is checked as one decoded: its span beyond the text
  // (claim 0's sentence ends at 40), a truncation in it.
  const std::vector<uint32_t> last = {2};
  Extraction out;
  EXPECT_FALSE(DecodeExtraction(blob, 39, 12, &out, &error, &last));
  for (size_t n = 0; n < blob.size(); ++n)
    EXPECT_FALSE(DecodeExtraction(blob.substr(0, n), 40, 12, &out, &error, &last)) << n;
}

TEST(ExtractionCodec, ClaimIndicesRoundTrip) {
  for (const std::vector<uint32_t>& in :
       {std::vector<uint32_t>{}, std::vector<uint32_t>{0}, std::vector<uint32_t>{0, 1, 2},
        std::vector<uint32_t>{5, 200, 70000, UINT32_MAX}}) {
    std::vector<uint32_t> out = {9};
    ASSERT_TRUE(DecodeClaimIndices(EncodeClaimIndices(in), &out));
    EXPECT_EQ(out, in);
  }
  std::vector<uint32_t> out;
  const std::string blob = EncodeClaimIndices({1, 300});
  EXPECT_FALSE(DecodeClaimIndices(blob.substr(0, blob.size() - 1), &out));  // cut varint
  // Past the largest claim index.
  EXPECT_FALSE(DecodeClaimIndices(EncodeClaimIndices({UINT32_MAX}) + std::string(1, '\0'), &out));
}

TEST(ExtractionCodec, MetadataRoundTrip) {
  std::map<std::string, std::string> in = {
      {"date", "2026-03-05"}, {"title", "标题：中国"}, {"", ""}};
  std::map<std::string, std::string> out;
  std::string error;
  ASSERT_TRUE(DecodeMetadata(EncodeMetadata(in), &out, &error)) << error;
  EXPECT_EQ(in, out);
  std::string blob = EncodeMetadata(in);
  EXPECT_FALSE(DecodeMetadata(blob.substr(0, blob.size() - 1), &out, &error));
}

}  // namespace
}  // namespace factlint
