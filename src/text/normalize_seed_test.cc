// Normalization of the five real seed documents: known hard-wrapped
// sentences come out joined, the offset map round-trips, and normalized
// positions map back to hand-checked lines and columns of the files.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>

#include "text/line_index.h"
#include "text/loader.h"
#include "text/normalize.h"

namespace factlint {
namespace {

const char* const kSeeds[] = {
    "000_04054bb1ba8821ed.txt", "001_dff61195967c57f5.txt",
    "002_d7639a3b45169b27.txt", "003_af76cae5511be1fe.txt",
    "004_b0261aa5946ba25b.txt"};

SourceText LoadSeed(const std::string& name) {
  LoadResult r = LoadFile(std::string(FACTLINT_SOURCE_DIR "/seeds/") + name);
  EXPECT_TRUE(std::holds_alternative<SourceText>(r)) << name;
  if (!std::holds_alternative<SourceText>(r)) return SourceText{};
  return std::get<SourceText>(r);
}

TEST(SeedNormalizeTest, HardWrappedSentencesAreJoined) {
  struct Case {
    int seed;
    const char* text;
  } cases[] = {
      {0, "2024年全社会研发投入超3.6万亿元,较2020年增长48%"},
      {0, "国家综合创新能力排名由2020年的第14位提升至2024年的第10位"},
      {0, "基础研究经费达2497亿元,较2020年增长超过70%"},
      {0, "基础研究人才队伍由2021年的47.2万人年增长到2023年的57.5万人年"},
      {0, "“三新”经济增加值占GDP的比重达18%"},
      {1, "524家中国大陆企业进入全球工业研发投入2000强"},
      {1, "“三新”经济增加值占GDP比重达18%"},
      {1, "发展新质生产力要破除体制机制障碍"},  // across a page break
      {2, "1.1研究背景\n"},
      {2, "加快建设高水平技术交易市场,加大金融投资"},
      {3, "中国大陆企业有525家"},
      {4, "全年授权发明专利92.1万件,同比增长15.3%"},
  };
  for (const Case& c : cases) {
    SourceText s = LoadSeed(kSeeds[c.seed]);
    Normalized n = Normalize(s);
    EXPECT_NE(n.text.find(c.text), std::string::npos)
        << "seed " << c.seed << " lacks: " << c.text;
  }
}

TEST(SeedNormalizeTest, HeadingsStaySeparateParagraphs) {
  Normalized n = Normalize(LoadSeed(kSeeds[0]));
  EXPECT_NE(n.text.find("\n科技强国根基不断夯实\n"), std::string::npos);
  EXPECT_NE(n.text.find("\n科技创新和产业创新加速融合\n"), std::string::npos);
  Normalized n2 = Normalize(LoadSeed(kSeeds[2]));
  EXPECT_EQ(n2.text.rfind("第1章\n科技成果转化概述\n", 0), 0u);
}

// Every normalized character comes from a source character whose NFKC form
// contains it; spaces and paragraph breaks come from whitespace or line ends.
TEST(SeedNormalizeTest, OffsetMapRoundTrips) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  for (const char* name : kSeeds) {
    SourceText s = LoadSeed(name);
    Normalized n = Normalize(s);
    ASSERT_EQ(n.to_source.size(), n.text.size() + 1) << name;
    EXPECT_EQ(n.to_source.back(), s.text.size());
    size_t i = 0;
    while (i < n.text.size()) {
      // Group the bytes that share one source offset.
      size_t j = i;
      while (j < n.text.size() && n.to_source[j] == n.to_source[i]) ++j;
      std::string out = n.text.substr(i, j - i);
      uint32_t src = n.to_source[i];
      ASSERT_LT(src, s.text.size());
      int32_t k = 0;
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(s.text.data() + src), k, 4, c);
      std::string source_char = s.text.substr(src, k);
      if (out == " " || out == "\n") {
        EXPECT_TRUE(c == ' ' || c == '\n' || c == '\r' || c == 0x3000 || c == '\t')
            << name << " at " << src << ": whitespace from U+" << std::hex << c;
      } else {
        icu::UnicodeString normalized;
        nfkc->normalize(icu::UnicodeString(c), normalized, status);
        std::string expected;
        normalized.toUTF8String(expected);
        EXPECT_TRUE(out == expected || out == source_char)
            << name << " at " << src << ": " << out << " from " << source_char;
      }
      if (i > 0) {
        EXPECT_GE(n.to_source[i], n.to_source[i - 1]);
      }
      i = j;
    }
  }
}

// Positions checked by hand (grep -n, counting code points in the file).
TEST(SeedNormalizeTest, PositionsMapBackToSourceLines) {
  struct Case {
    int seed;
    const char* normalized;
    uint32_t line, column;          // of the first character
    uint32_t end_line, end_column;  // exclusive end of the last character
  } cases[] = {
      {0, "2497亿元", 30, 8, 30, 14},
      {0, "国家综合创新能力", 85, 2, 85, 17},  // "国 家 综 合 创 新 能 力"
      {0, "2020年的第14位", 85, 24, 86, 8},   // "2020\n年的第 14位"
      {0, "47.2万人年", 56, 11, 56, 18},
      {0, "57.5万人年", 58, 2, 58, 9},
      {1, "524家", 57, 137, 57, 141},
      {1, "77%", 57, 133, 57, 136},
      {2, "1.1研究背景", 20, 1, 29, 2},
      {2, "Web3.0", 38, 8, 38, 14},
      {3, "525家", 25, 86, 25, 90},
      {3, "26.3%", 25, 95, 25, 100},
      {4, "92.1万件", 58, 1, 58, 7},
      {4, "15.3%", 58, 13, 58, 18},
  };
  for (const Case& c : cases) {
    SourceText s = LoadSeed(kSeeds[c.seed]);
    Normalized n = Normalize(s);
    size_t at = n.text.find(c.normalized);
    ASSERT_NE(at, std::string::npos) << c.normalized;
    Span span = n.ToSource(
        Span{static_cast<uint32_t>(at),
             static_cast<uint32_t>(at + std::string(c.normalized).size())},
        s.text);
    LineIndex index(s.text);
    LinePosition b = index.Position(span.begin);
    LinePosition e = index.Position(span.end);
    EXPECT_EQ(b.line, c.line) << c.normalized;
    EXPECT_EQ(b.column, c.column) << c.normalized;
    EXPECT_EQ(e.line, c.end_line) << c.normalized;
    EXPECT_EQ(e.column, c.end_column) << c.normalized;
  }
}

}  // namespace
}  // namespace factlint
