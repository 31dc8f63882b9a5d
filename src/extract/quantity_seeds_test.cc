// Invariants of QuantityScanner::Scan on the real seed documents and on
// hostile input: spans inside the text, on character boundaries, in order and
// never overlapping; intervals well formed.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "extract/quantity.h"
#include "extract/quantity_test_util.h"
#include "text/normalize.h"

namespace factlint {
namespace {

bool CharBoundary(std::string_view text, size_t pos) {
  return pos == text.size() ||
         (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Checks every invariant; returns the number of quantities.
size_t CheckScan(const QuantityScanner& scanner, std::string_view text,
                 const std::string& name) {
  std::vector<Quantity> found = scanner.Scan(text);
  size_t last_end = 0;
  for (const Quantity& q : found) {
    SCOPED_TRACE(name + ": '" + q.surface + "' at " + std::to_string(q.span.begin));
    EXPECT_LT(q.span.begin, q.span.end);
    EXPECT_LE(q.span.end, text.size());
    EXPECT_GE(q.span.begin, last_end) << "overlaps the previous quantity";
    EXPECT_TRUE(CharBoundary(text, q.span.begin));
    EXPECT_TRUE(CharBoundary(text, q.span.end));
    EXPECT_EQ(text.substr(q.span.begin, q.span.size()), q.surface);
    last_end = q.span.end;
    if (!q.qualifier_span.empty()) {
      EXPECT_LE(q.qualifier_span.end, text.size());
      EXPECT_TRUE(CharBoundary(text, q.qualifier_span.begin));
      EXPECT_TRUE(CharBoundary(text, q.qualifier_span.end));
      EXPECT_NE(q.qualifier, Qualifier::kNone);
      last_end = std::max<size_t>(last_end, q.qualifier_span.end);
    }
    EXPECT_FALSE(std::isnan(q.value.lo) || std::isnan(q.value.hi));
    EXPECT_LE(q.value.lo, q.value.hi);
    EXPECT_LE(q.written.lo, q.written.hi);
    EXPECT_FALSE(q.dimension.empty());
  }
  return found.size();
}

class QuantitySeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    scanner_ = QuantityScanner::Load(SourcePath("rules/units.toml"), &error);
    ASSERT_NE(scanner_, nullptr) << error;
  }
  static std::vector<std::filesystem::path> Seeds() {
    std::vector<std::filesystem::path> seeds;
    for (const auto& e : std::filesystem::directory_iterator(SourcePath("seeds")))
      if (e.path().extension() == ".txt") seeds.push_back(e.path());
    std::sort(seeds.begin(), seeds.end());
    return seeds;
  }
  static std::string Read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
  }
  std::unique_ptr<QuantityScanner> scanner_;
};

TEST_F(QuantitySeedsTest, WhitespaceDroppedSeeds) {
  std::vector<std::filesystem::path> seeds = Seeds();
  ASSERT_EQ(seeds.size(), 5u);
  for (const auto& path : seeds) {
    std::string text;
    for (char c : Read(path))
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') text.push_back(c);
    size_t n = CheckScan(*scanner_, text, path.filename().string());
    EXPECT_GT(n, 10u) << path;
  }
}

TEST_F(QuantitySeedsTest, NormalizedSeeds) {
  for (const auto& path : Seeds()) {
    SourceText source;
    source.path = path.string();
    source.text = Read(path);
    source.encoding = "UTF-8";
    Normalized norm = Normalize(source);
    CheckScan(*scanner_, norm.text, path.filename().string() + " (normalized)");
  }
}

TEST_F(QuantitySeedsTest, SeedClaimsFound) {
  std::string text;
  for (char c : Read(SourcePath("seeds/000_04054bb1ba8821ed.txt")))
    if (c != ' ' && c != '\n' && c != '\r') text.push_back(c);
  std::vector<Quantity> found = scanner_->Scan(text);
  auto has = [&](std::string_view surface, ClaimKind kind) {
    for (const Quantity& q : found)
      if (q.surface == surface && q.kind == kind) return true;
    return false;
  };
  EXPECT_TRUE(has("3.6万亿元", ClaimKind::kCardinal));
  EXPECT_TRUE(has("2.68%", ClaimKind::kPercent));
  EXPECT_TRUE(has("47.2万人年", ClaimKind::kCardinal));
  EXPECT_TRUE(has("1405人次", ClaimKind::kCardinal));
  EXPECT_TRUE(has("1/5", ClaimKind::kFraction));
  EXPECT_TRUE(has("第14位", ClaimKind::kRank));
  EXPECT_TRUE(has("2020年", ClaimKind::kYear));
}

TEST_F(QuantitySeedsTest, HostileInputNeverBreaksInvariants) {
  std::mt19937 rng(12345);
  const std::vector<std::string> pieces = {
      "1", "0", "9", ".", ",", "%", "-", "—", "至", "年", "月", "日", "万", "亿",
      "千", "百", "十", "多", "余", "第", "前", "位", "名", "分之", "成", "个",
      "百分点", "约", "超过", "以上", "二", "〇", "两", "点", "家", "元", "G",
      "L", "/", "kWh", "\xff", "\xe4\xb8", "首位", "榜首", "时", "分", " "};
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    CheckScan(*scanner_, text, "random: " + text);
  }
  CheckScan(*scanner_, "", "empty");
  CheckScan(*scanner_, "99999999999999999999999999亿亿亿亿亿", "huge");
}

}  // namespace
}  // namespace factlint
