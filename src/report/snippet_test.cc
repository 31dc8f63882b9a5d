#include "report/snippet.h"

#include <gtest/gtest.h>

#include "report/fake_line_source_test_util.h"

namespace factlint {
namespace {

const std::string kBlank = "      | ";  // gutter without a line number

TEST(PrepareLineTest, WideCharactersCountTwo) {
  DisplayLine line = PrepareLine("a中b");
  ASSERT_EQ(line.code_points(), 3);
  EXPECT_EQ(line.starts, (std::vector<int>{0, 1, 3, 4}));
  EXPECT_EQ(line.text, "a中b");
}

TEST(PrepareLineTest, TabsExpandToTabStops) {
  DisplayLine line = PrepareLine("ab\t中\tx");
  EXPECT_EQ(line.text, "ab      中      x");
  EXPECT_EQ(line.starts, (std::vector<int>{0, 1, 2, 8, 10, 16, 17}));
}

TEST(PrepareLineTest, ControlCharactersAndBadBytesAreReplaced) {
  DisplayLine line = PrepareLine("a\x1b[1mb\xFF");
  EXPECT_EQ(line.text, "a\xEF\xBF\xBD[1mb\xEF\xBF\xBD");
  EXPECT_EQ(line.code_points(), 7);
  EXPECT_EQ(line.starts.back(), 7);
}

TEST(PrepareLineTest, ColumnStartClamps) {
  DisplayLine line = PrepareLine("中文");
  EXPECT_EQ(line.ColumnStart(0), 0);
  EXPECT_EQ(line.ColumnStart(1), 0);
  EXPECT_EQ(line.ColumnStart(2), 2);
  EXPECT_EQ(line.ColumnStart(3), 4);
  EXPECT_EQ(line.ColumnStart(99), 4);
}

TEST(RenderSnippetTest, CaretsUnderCjkCharacters) {
  FakeLineSource lines = SampleLines();
  std::string got = RenderSnippet(ConflictDiagnostic().location, lines, false);
  // 9 wide characters, "2000", 12 wide characters: display column 46.
  std::string want = std::string("   12 | ") + kDraftLine + "\n" + kBlank +
                     std::string(46, ' ') + "^^^^^\n";
  EXPECT_EQ(got, want);
}

TEST(RenderSnippetTest, TabsAlignedInBothLines) {
  FakeLineSource lines;
  lines.Add("t.txt", 3, "\t增长\t12%");
  // "12%" is code points 5..7.
  std::string got = RenderSnippet(MakeLocation("t.txt", 3, 5, 3, 8), lines, false);
  EXPECT_EQ(got, "    3 |         增长    12%\n" + kBlank +
                     std::string(16, ' ') + "^^^\n");
}

TEST(RenderSnippetTest, MultiLineSpanUnderlinesToEndOfFirstLine) {
  FakeLineSource lines;
  lines.Add("m.txt", 1, "ab增长");
  std::string got = RenderSnippet(MakeLocation("m.txt", 1, 2, 3, 1), lines, false);
  EXPECT_EQ(got, "    1 | ab增长\n" + kBlank + " ^^^^^\n");
}

TEST(RenderSnippetTest, EmptyRangeAndEndOfLineGetOneCaret) {
  FakeLineSource lines;
  lines.Add("e.txt", 2, "abc");
  EXPECT_EQ(RenderSnippet(MakeLocation("e.txt", 2, 2, 2, 2), lines, false),
            "    2 | abc\n" + kBlank + " ^\n");
  EXPECT_EQ(RenderSnippet(MakeLocation("e.txt", 2, 4, 2, 4), lines, false),
            "    2 | abc\n" + kBlank + "   ^\n");
  EXPECT_EQ(RenderSnippet(MakeLocation("e.txt", 2, 3, 0, 0), lines, false),
            "    2 | abc\n" + kBlank + "  ^\n");
}

TEST(RenderSnippetTest, NothingWithoutRegionOrLine) {
  FakeLineSource lines = SampleLines();
  EXPECT_EQ(RenderSnippet(MakeLocation(kDraftPath, 0, 0, 0, 0), lines, false), "");
  EXPECT_EQ(RenderSnippet(MakeLocation(kDraftPath, 13, 1, 13, 2), lines, false), "");
  EXPECT_EQ(RenderSnippet(MakeLocation("nope", 12, 1, 12, 2), lines, false), "");
}

TEST(RenderSnippetTest, WideLineNumbersWidenTheGutter) {
  FakeLineSource lines;
  lines.Add("w.txt", 123456, "x");
  EXPECT_EQ(RenderSnippet(MakeLocation("w.txt", 123456, 1, 123456, 2), lines, false),
            "123456 | x\n       | ^\n");
}

TEST(RenderSnippetTest, ColourOnlyOnCarets) {
  FakeLineSource lines;
  lines.Add("c.txt", 1, "增长5%");
  std::string plain = RenderSnippet(MakeLocation("c.txt", 1, 3, 1, 5), lines, false);
  std::string color = RenderSnippet(MakeLocation("c.txt", 1, 3, 1, 5), lines, true);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_EQ(color, "    1 | 增长5%\n" + kBlank + "    \x1b[1;32m^^\x1b[0m\n");
}

TEST(RenderSnippetTest, FixLineAtFixColumn) {
  FakeLineSource lines;
  lines.Add("f.txt", 4, "企业有525家");
  std::string got = RenderSnippet(MakeLocation("f.txt", 4, 4, 4, 7), lines, false,
                                  {{4, "524"}});
  EXPECT_EQ(got, "    4 | 企业有525家\n" + kBlank + "      ^^^\n" + kBlank +
                     "      524\n");
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(RenderSnippetTest, LongLineIsCutToAWindowAroundTheCarets) {
  FakeLineSource lines;
  lines.Add("l.txt", 9, Repeat("中", 100) + "525家" + Repeat("中", 100));
  Location at = MakeLocation("l.txt", 9, 101, 9, 105);
  std::string got = RenderSnippet(at, lines, false, {}, 40);
  // Window of 34 columns from display column 190, "..." on both sides.
  EXPECT_EQ(got, "    9 | ..." + Repeat("中", 5) + "525家" + Repeat("中", 9) +
                     "...\n" + kBlank + std::string(13, ' ') + "^^^^^\n");
  // Unlimited width shows the whole line.
  EXPECT_EQ(RenderSnippet(at, lines, false, {}, 0).find("..."), std::string::npos);
}

TEST(RenderSnippetTest, WindowAtTheEndsOfALongLine) {
  FakeLineSource lines;
  lines.Add("l.txt", 1, "12%" + Repeat("x", 97));
  std::string start = RenderSnippet(MakeLocation("l.txt", 1, 1, 1, 4), lines,
                                    false, {}, 20);
  EXPECT_EQ(start, "    1 | 12%" + Repeat("x", 11) + "...\n" + kBlank + "^^^\n");
  std::string end = RenderSnippet(MakeLocation("l.txt", 1, 99, 1, 101), lines,
                                  false, {}, 20);
  EXPECT_EQ(end, "    1 | ..." + Repeat("x", 14) + "\n" + kBlank +
                     std::string(15, ' ') + "^^\n");
  // A line that fits is not touched.
  EXPECT_EQ(RenderSnippet(MakeLocation("l.txt", 1, 1, 1, 4), lines, false, {}, 100)
                .find("..."),
            std::string::npos);
}

}  // namespace
}  // namespace factlint
