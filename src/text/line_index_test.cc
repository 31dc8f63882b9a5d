#include "text/line_index.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

uint32_t SequenceBytes(const std::string& s, uint32_t i) {
  uint32_t n = 1;
  while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
  return n;
}

TEST(LineIndexTest, LineEnds) {
  std::string text = "ab\r\ncd\ref\ngh";
  LineIndex index(text);
  EXPECT_EQ(index.line_count(), 4u);
  EXPECT_EQ(index.Line(1), "ab");
  EXPECT_EQ(index.Line(2), "cd");
  EXPECT_EQ(index.Line(3), "ef");
  EXPECT_EQ(index.Line(4), "gh");
  EXPECT_EQ(index.Line(5), "");
  EXPECT_EQ(index.LineStart(2), 4u);
  EXPECT_EQ(index.LineStart(3), 7u);
  LinePosition p = index.Position(8);  // 'f'
  EXPECT_EQ(p.line, 3u);
  EXPECT_EQ(p.column, 2u);
  p = index.Position(static_cast<uint32_t>(text.size()));
  EXPECT_EQ(p.line, 4u);
  EXPECT_EQ(p.column, 3u);
}

TEST(LineIndexTest, CodePointColumnsOnChineseLines) {
  std::string text = "第一行\n研发投入超3.6万亿元";
  LineIndex index(text);
  size_t at = text.find("3.6");
  LinePosition p = index.Position(static_cast<uint32_t>(at));
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 6u);
  p = index.Position(static_cast<uint32_t>(text.find("万")));
  EXPECT_EQ(p.column, 9u);
}

TEST(LineIndexTest, ColumnsOnLongLinesMatchACountFromTheLineStart) {
  // Lines longer than the checkpoint stride, mixing one- and three-byte
  // characters, so checkpoints fall inside characters and lines.
  std::string text;
  for (int i = 0; i < 900; ++i) text += (i % 7 == 0) ? "5" : "研";
  text += "\r\n";
  for (int i = 0; i < 2500; ++i) text += (i % 3 == 0) ? "a" : "发";
  text += "\n末";
  LineIndex index(text);
  uint32_t line = 1, column = 1;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i < text.size() ? i : 0]) & 0xC0) != 0x80 ||
        i == text.size()) {
      LinePosition p = index.Position(i);
      ASSERT_EQ(p.line, line) << i;
      ASSERT_EQ(p.column, column) << i;
    }
    if (i == text.size()) break;
    char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column;  // the \r of \r\n is a column of its line, as before
    }
  }
}

TEST(LineIndexTest, TrailingNewline) {
  LineIndex index("a\n");
  EXPECT_EQ(index.line_count(), 1u);
  EXPECT_EQ(index.Position(2).line, 2u);
  LineIndex empty("");
  EXPECT_EQ(empty.line_count(), 1u);
  EXPECT_EQ(empty.Position(0).column, 1u);
}

// After KeepLines the index answers on the kept lines as over the whole
// text, with every kind of line end, and no longer reads that text.
TEST(LineIndexTest, KeptLinesAnswerAsTheWholeText) {
  const std::string text = "第一行没有\r\n第二行有525家\r第三行\n第四行有524家\n\n第六行";
  LineIndex whole(text);
  std::string copy = text;
  LineIndex kept(copy);
  const uint32_t second = whole.LineStart(2);
  const uint32_t fourth = whole.LineStart(4);
  // A range inside line 2, and an empty one at line 4's end.
  kept.KeepLines({{second + 3, second + 6}, {fourth + 4, fourth + 4}});
  copy.assign(copy.size(), 'x');  // the index must not read it any more
  EXPECT_EQ(kept.size(), whole.size());
  EXPECT_EQ(kept.line_count(), whole.line_count());
  for (uint32_t line : {2u, 4u}) {
    EXPECT_EQ(kept.Line(line), whole.Line(line));
    EXPECT_EQ(kept.LineStart(line), whole.LineStart(line));
    for (uint32_t at = whole.LineStart(line); at <= whole.LineStart(line + 1); ++at) {
      EXPECT_EQ(kept.Position(at).line, whole.Position(at).line) << at;
      EXPECT_EQ(kept.Position(at).column, whole.Position(at).column) << at;
    }
  }
  std::optional<LineIndex::Piece> piece = kept.Around(second, second + 3);
  ASSERT_TRUE(piece.has_value());
  EXPECT_EQ(piece->begin, second);
  EXPECT_EQ(piece->text, std::string_view(text).substr(second, whole.LineStart(3) - second));
  EXPECT_FALSE(kept.Around(0, 3).has_value());
  EXPECT_FALSE(kept.Around(second, whole.LineStart(3) + 1).has_value());
  EXPECT_EQ(whole.Around(0, 3)->text, text);
}

// The kept lines built again from their stored form (the archive index's
// reference form) answer as the index they were taken from.
TEST(LineIndexTest, KeptLinesBuiltAgainAnswerAsTheKeptIndex) {
  const std::string text = "第一行没有\r\n第二行有525家\r第三行\n第四行有524家\n\n第六行";
  LineIndex whole(text);
  LineIndex kept(text);
  const uint32_t second = whole.LineStart(2);
  const uint32_t fourth = whole.LineStart(4);
  kept.KeepLines({{second + 3, second + 6}, {fourth + 4, fourth + 4}});
  std::unique_ptr<LineIndex> again = LineIndex::FromKeptLines(kept.kept_lines());
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->size(), whole.size());
  EXPECT_EQ(again->line_count(), whole.line_count());
  for (uint32_t line : {2u, 4u}) {
    EXPECT_EQ(again->Line(line), whole.Line(line));
    for (uint32_t at = whole.LineStart(line); at <= whole.LineStart(line + 1); ++at) {
      EXPECT_EQ(again->Position(at).line, whole.Position(at).line) << at;
      EXPECT_EQ(again->Position(at).column, whole.Position(at).column) << at;
    }
  }
  EXPECT_EQ(again->Around(second, second + 3)->text, kept.Around(second, second + 3)->text);
  EXPECT_FALSE(again->Around(0, 3).has_value());
}

TEST(LineIndexTest, AKeptFormThatIsNotOneIsRefused) {
  LineIndex kept("一\n二\n三");
  kept.KeepLines({{4, 4}});
  const LineIndex::KeptLines good = kept.kept_lines();
  ASSERT_NE(LineIndex::FromKeptLines(good), nullptr);
  std::vector<LineIndex::KeptLines> bad(5, good);
  bad[0].starts.clear();                // no first line
  bad[1].starts.back() = bad[1].size + 1;  // a line past the end
  bad[2].text += "x";                   // more bytes than the runs hold
  bad[3].runs.push_back(bad[3].runs.front());  // runs out of order
  bad[4].runs.front().second = bad[4].size + 1;  // a run past the end
  for (size_t i = 0; i < bad.size(); ++i)
    EXPECT_EQ(LineIndex::FromKeptLines(bad[i]), nullptr) << i;
}

TEST(LineIndexDeathTest, ALineNotKeptStops) {
  LineIndex kept("一\n二\n三");
  kept.KeepLines({{4, 4}});  // the first byte of 二
  EXPECT_EQ(kept.Line(2), "二");
  EXPECT_DEATH(kept.Line(1), "outside the lines kept");
  EXPECT_DEATH(kept.Position(9), "outside the lines kept");
}

// KeptPositions gives the kept offsets' positions as the whole text's index
// does, with every kind of line end, and no longer reads the text.
TEST(LineIndexTest, KeptPositionsAnswerAsTheWholeText) {
  const std::string text = "第一行没有\r\n第二行有525家\r第三行\n第四行有524家\n\n第六行";
  LineIndex whole(text);
  std::string copy = text;
  std::vector<uint32_t> offsets;
  for (uint32_t at = 0; at <= text.size(); at += 3) offsets.push_back(at);
  offsets.push_back(static_cast<uint32_t>(text.size()) + 5);  // past the end: the end
  offsets.push_back(6);  // twice
  KeptPositions kept;
  {
    LineIndex over_copy(copy);
    kept = KeptPositions(over_copy, offsets);
  }
  copy.assign(copy.size(), 'x');  // the positions must not read it any more
  EXPECT_EQ(kept.size(), whole.size());
  EXPECT_EQ(kept.line_count(), whole.line_count());
  for (uint32_t at : offsets) {
    EXPECT_EQ(kept.Position(at).line, whole.Position(at).line) << at;
    EXPECT_EQ(kept.Position(at).column, whole.Position(at).column) << at;
  }
}

// Offsets are kept in groups read by a binary search: many of them, on
// many lines and far into long lines, each answer as the whole index.
TEST(LineIndexTest, ManyKeptPositionsAnswerAsTheWholeText) {
  std::string text;
  for (int line = 0; line < 300; ++line) {
    text += std::string(static_cast<size_t>(line % 7) * 50, 'a');
    for (int c = 0; c < line % 5; ++c) text += "研发投入";
    text += line % 3 == 0 ? "\r\n" : "\n";
  }
  text += std::string(100000, 'b');  // columns past two bytes of varint
  LineIndex whole(text);
  std::vector<uint32_t> offsets;
  for (uint32_t at = 0; at <= text.size(); at += 7) offsets.push_back(at);
  offsets.push_back(static_cast<uint32_t>(text.size()));
  KeptPositions kept(whole, offsets);
  for (uint32_t at : offsets) {
    EXPECT_EQ(kept.Position(at).line, whole.Position(at).line) << at;
    EXPECT_EQ(kept.Position(at).column, whole.Position(at).column) << at;
  }
  EXPECT_EQ(kept.Position(static_cast<uint32_t>(text.size()) + 1).line,
            whole.Position(static_cast<uint32_t>(text.size())).line);
}

TEST(LineIndexDeathTest, APositionNotKeptStops) {
  KeptPositions kept(LineIndex("一\n二\n三"), {4});
  EXPECT_EQ(kept.Position(4).line, 2u);
  EXPECT_DEATH(kept.Position(5), "only some positions were kept");
  std::vector<uint32_t> offsets;
  for (uint32_t at = 10; at < 1000; at += 10) offsets.push_back(at);
  KeptPositions many(LineIndex(std::string(1000, 'a')), offsets);
  EXPECT_EQ(many.Position(500).column, 501u);
  EXPECT_DEATH(many.Position(5), "only some positions were kept");    // before the first
  EXPECT_DEATH(many.Position(505), "only some positions were kept");  // between two
  EXPECT_DEATH(KeptPositions().Position(0), "only some positions were kept");  // none kept
}

TEST(DisplayWidthTest, Widths) {
  EXPECT_EQ(DisplayWidth("abc 1.5"), 7);
  EXPECT_EQ(DisplayWidth("研发投入"), 8);
  EXPECT_EQ(DisplayWidth("２０２４％"), 10);     // full-width forms
  EXPECT_EQ(DisplayWidth("e\u0301"), 1);         // combining acute
  EXPECT_EQ(DisplayWidth("a\u200Db"), 2);        // ZWJ is Cf
  EXPECT_EQ(DisplayWidth("\u00B1\u2026"), 2);    // ambiguous counts one
  EXPECT_EQ(DisplayWidth("\xFF"), 1);            // ill-formed byte
  EXPECT_EQ(DisplayWidth("　"), 2);              // U+3000 is full width
}

TEST(LineIndexTest, ColumnsInBytesAndUtf16Units) {
  // "研" is 3 bytes, 1 UTF-16 unit; "𠀋" (outside the BMP) is 4 bytes and a
  // surrogate pair.
  std::string line = "a研𠀋5%";
  EXPECT_EQ(ConvertColumn(line, 1, ColumnUnit::kByte), 1u);
  EXPECT_EQ(ConvertColumn(line, 3, ColumnUnit::kByte), 5u);
  EXPECT_EQ(ConvertColumn(line, 4, ColumnUnit::kByte), 9u);
  EXPECT_EQ(ConvertColumn(line, 4, ColumnUnit::kUtf16), 5u);
  EXPECT_EQ(ConvertColumn(line, 4, ColumnUnit::kCodePoint), 4u);
  // Past the end, each missing character counts one unit.
  EXPECT_EQ(ConvertColumn(line, 8, ColumnUnit::kUtf16), 9u);

  EXPECT_EQ(ColumnToByteOffset(line, 5, ColumnUnit::kUtf16), line.find('5'));
  EXPECT_EQ(ColumnToByteOffset(line, 9, ColumnUnit::kByte), line.find('5'));
  EXPECT_EQ(ColumnToByteOffset(line, 4, ColumnUnit::kCodePoint), line.find('5'));
  // Inside a character: its start.
  EXPECT_EQ(ColumnToByteOffset(line, 4, ColumnUnit::kUtf16), line.find("𠀋"));
  EXPECT_EQ(ColumnToByteOffset(line, 3, ColumnUnit::kByte), 1u);
  // Past the end: the end.
  EXPECT_EQ(ColumnToByteOffset(line, 40, ColumnUnit::kUtf16), line.size());
}

TEST(LineIndexTest, ColumnConversionsRoundTripOnEveryCharacter) {
  std::string line = "2024年研发经费𠀋达3.6万亿元😀。";
  for (ColumnUnit unit :
       {ColumnUnit::kByte, ColumnUnit::kUtf16, ColumnUnit::kCodePoint}) {
    uint32_t cp = 1;
    for (uint32_t i = 0; i < line.size(); ++cp) {
      uint32_t column = ConvertColumn(line, cp, unit);
      EXPECT_EQ(ColumnToByteOffset(line, column, unit), i) << cp;
      i += SequenceBytes(line, i);
    }
  }
}

}  // namespace
}  // namespace factlint
