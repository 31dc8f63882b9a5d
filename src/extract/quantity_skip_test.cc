// QuantityScanner::Scan steps over the characters no quantity form opens at
// (ScanState::MayOpen, kept in a table) without asking ScanState::At. These
// tests hold it to the scan that asks At at every character, over the seeds
// and over generated text of every kind of character: ASCII, the forms'
// own characters, other CJK, full-width forms, combining marks, astral
// characters and invalid UTF-8.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/fixture_cases_test_util.h"
#include "extract/number_parser.h"
#include "extract/quantity_scan.h"

namespace factlint {
namespace {

// The scan before the table: a step (Take) at every character.
std::vector<Quantity> ScanAtEveryCharacter(std::string_view text, const UnitTable& units) {
  std::vector<Quantity> out;
  ScanState state(text, units);
  size_t i = 0;
  while (i < text.size()) i = state.Take(i, &out);
  return out;
}

void ExpectSameScan(std::string_view text, const QuantityScanner& scanner) {
  const std::vector<Quantity> fast = scanner.Scan(text);
  const std::vector<Quantity> slow = ScanAtEveryCharacter(text, scanner.units());
  ASSERT_EQ(fast.size(), slow.size()) << text;
  for (size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].span, slow[i].span) << text;
    EXPECT_EQ(fast[i].qualifier_span, slow[i].qualifier_span) << text;
    EXPECT_EQ(fast[i].surface, slow[i].surface) << text;
    EXPECT_EQ(fast[i].kind, slow[i].kind) << text;
    EXPECT_EQ(fast[i].unit, slow[i].unit) << text;
    EXPECT_EQ(fast[i].value.lo, slow[i].value.lo) << text;
    EXPECT_EQ(fast[i].value.hi, slow[i].value.hi) << text;
  }
}

TEST(QuantitySkipTest, SeedsScanAsWithAtEveryCharacter) {
  const QuantityScanner& scanner = ShippedExtractor().scanner();
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(FACTLINT_SOURCE_DIR "/seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ExpectSameScan(ss.str(), scanner);
    ++files;
  }
  EXPECT_GT(files, 0);
}

TEST(QuantitySkipTest, GeneratedTextScansAsWithAtEveryCharacter) {
  const QuantityScanner& scanner = ShippedExtractor().scanner();
  const std::vector<std::string> pieces = {
      "2024", "3.6", "5", "%", "万亿元", "家", "个百分点", "百分之", "千分之", "半数",
      "第", "前", "榜首", "首位", "十", "拾", "五", "两", "负", "几", "-", "−", "±", "正负",
      "增长", "企业", "研发", "投入", "年", "，", "。", "\n", " ", "abc", "GPT-4",
      "１２", "％", "㎡", "e\xCC\x81", "\xF0\x9F\x98\x80", "\xF0\xA0\x80\x80",
      "\xE6\x88", "\xC2", "\xFF", "\xED\xA0\x80", "\xE0\x80\x80", "\xEF\xBC\x95"};
  std::mt19937_64 rng(12);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 30);
  for (int n = 0; n < 5000; ++n) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    ExpectSameScan(text, scanner);
  }
}

// Every character of the BMP, alone and before a digit: the table's answer
// changes nothing.
TEST(QuantitySkipTest, EveryBmpCharacterScansAsWithAtEveryCharacter) {
  const QuantityScanner& scanner = ShippedExtractor().scanner();
  std::string text;
  for (char32_t c = 0x20; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (c < 0x80) {
      text += static_cast<char>(c);
    } else if (c < 0x800) {
      text += static_cast<char>(0xC0 | (c >> 6));
      text += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      text += static_cast<char>(0xE0 | (c >> 12));
      text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      text += static_cast<char>(0x80 | (c & 0x3F));
    }
    if (c % 7 == 0) text += "5%";
    if (c % 64 == 0) text += "\n";
  }
  ExpectSameScan(text, scanner);
}

}  // namespace
}  // namespace factlint
