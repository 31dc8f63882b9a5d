// Tables extracted from PDF (pdf_table.cc): recognition, the text they are
// written as, their blocks and the offset map of the inserted pipes.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace factlint {
namespace {

Normalized NormalizeText(const std::string& text) {
  SourceText s;
  s.path = "t.txt";
  s.text = text;
  return Normalize(s);
}

std::string Norm(const std::string& text) { return NormalizeText(text).text; }

size_t TableRows(const Normalized& n) {
  size_t rows = 0;
  for (const TextBlock& b : n.blocks) rows += b.kind == TextBlock::Kind::kTableRow;
  return rows;
}

TEST(PdfTableTest, SpaceSeparatedColumnsBecomeCells) {
  Normalized n = NormalizeText(
      "表1 2023—2024年我国研发投入主要指标\n"
      "指标 2023年 2024年\n"
      "全社会研发经费投入 33357亿元 36327亿元\n"
      "研发投入强度 2.65% 2.68%\n"
      "基础研究经费 2212亿元 2497亿元\n");
  EXPECT_EQ(n.text,
            "表1 2023—2024年我国研发投入主要指标\n"
            "|指标|2023年|2024年|\n"
            "|全社会研发经费投入|33357亿元|36327亿元|\n"
            "|研发投入强度|2.65%|2.68%|\n"
            "|基础研究经费|2212亿元|2497亿元|");
  ASSERT_EQ(TableRows(n), 4u);
  EXPECT_TRUE(n.blocks[0].header);
  EXPECT_FALSE(n.blocks[1].header);
}

TEST(PdfTableTest, BlankLinesAndWideGaps) {
  EXPECT_EQ(Norm("指标    2023年    2024年\n"
                 "\n"
                 "技术合同成交额    6.15万亿元    6.84万亿元\n"
                 "\n"
                 "授权发明专利    92.1万件    104.5万件\n"),
            "|指标|2023年|2024年|\n|技术合同成交额|6.15万亿元|6.84万亿元|\n"
            "|授权发明专利|92.1万件|104.5万件|");
}

TEST(PdfTableTest, HeaderForms) {
  // Bare years, no label: an empty first cell keeps the years above the values.
  EXPECT_EQ(Norm("2023  2024\n研发投入强度(%)  2.65  2.68\n"),
            "||2023|2024|\n|研发投入强度(%)|2.65|2.68|");
  // Years with their parts, a label of a few words, a short phrase as row label.
  EXPECT_EQ(Norm("主要指标   2024年一季度   2024年前三季度\n"
                 "国内生产总值 增速   5.3%   4.8%\n"),
            "|主要指标|2024年一季度|2024年前三季度|\n|国内生产总值增速|5.3%|4.8%|");
  // Three columns; an empty cell.
  EXPECT_EQ(Norm("项目 2022年 2023年 2024年\n经费 3.08 — 3.61\n"),
            "|项目|2022年|2023年|2024年|\n|经费|3.08|—|3.61|");
  // A label, one year and a column of changes from a year.
  EXPECT_EQ(Norm("指标    2022年    比2018年增长\n专利授权量（万项）   432.34   73.65%\n"),
            "|指标|2022年|比2018年增长|\n|专利授权量(万项)|432.34|73.65%|");
  // Without a label, or without a year column, it is no header.
  EXPECT_EQ(TableRows(NormalizeText("2022年    比2018年增长\n专利授权量   432.34   73.65%\n")), 0u);
  EXPECT_EQ(TableRows(NormalizeText("指标    比2017年    比2018年增长\n专利授权量   432.34   73.65%\n")), 0u);
}

// Columns of changes that name no year (同比增长) are told by the caller
// (the lexicon's [time] change_columns in a run); a stand-in here.
TEST(PdfTableTest, ChangeColumnsAfterAYear) {
  SourceText s;
  s.path = "t.txt";
  std::vector<std::string> asked;
  const ChangeColumnTest change = [&asked](std::string_view cell) {
    asked.emplace_back(cell);
    return cell.find("增长") != std::string_view::npos;
  };
  // A label, a year and its change; a change cell may be empty (—).
  s.text = "项目    2023年    同比增长\n"
           "著作权质押担保金额    98.6亿元    85.8%\n"
           "知识产权使用费年进出口总额    3765.2亿元    —\n";
  EXPECT_EQ(Normalize(s, change).text,
            "|项目|2023年|同比增长|\n|著作权质押担保金额|98.6亿元|85.8%|\n"
            "|知识产权使用费年进出口总额|3765.2亿元|—|");
  EXPECT_EQ(asked, std::vector<std::string>{"同比增长"});
  // Each year with its change.
  s.text = "指标  2022年  增长  2023年  增长\n经费  3.08  4.1%  3.33  8.1%\n";
  EXPECT_EQ(Normalize(s, change).text, "|指标|2022年|增长|2023年|增长|\n|经费|3.08|4.1%|3.33|8.1%|");
  // Without the words (no lexicon), or with a column they do not name
  // (占比), it is no header: the lines are joined as prose.
  s.text = "项目    2023年    同比增长\n著作权质押担保金额    98.6亿元    85.8%\n";
  EXPECT_EQ(TableRows(Normalize(s)), 0u);
  s.text = "项目    2023年    占比\n著作权质押担保金额    98.6亿元    2.6%\n";
  EXPECT_EQ(TableRows(Normalize(s, change)), 0u);
  // A change before any year, or without a label, is no header either.
  s.text = "项目    同比增长    2023年\n著作权质押担保金额    85.8%    98.6亿元\n";
  EXPECT_EQ(TableRows(Normalize(s, change)), 0u);
  s.text = "2023年    同比增长\n著作权质押担保金额    98.6亿元    85.8%\n";
  EXPECT_EQ(TableRows(Normalize(s, change)), 0u);
}

TEST(PdfTableTest, LinesThatDoNotFitEndTheTable) {
  Normalized n = NormalizeText(
      "指标 2023年 2024年\n"
      "研发投入强度 2.65% 2.68%\n"
      "资料来源:国家统计局\n"
      "基础研究经费 2212亿元 2497亿元\n");
  EXPECT_EQ(n.text,
            "|指标|2023年|2024年|\n|研发投入强度|2.65%|2.68%|\n"
            "资料来源:国家统计局基础研究经费2212亿元2497亿元");
  EXPECT_EQ(TableRows(n), 2u);
  // A header followed by a row with the wrong number of values is no table:
  // the lines are joined as today.
  EXPECT_EQ(Norm("指标 2023年 2024年\n强度 2.65%\n经费 1 2\n"), "指标2023年2024年强度2.65%经费1 2");
}

TEST(PdfTableTest, BackToBackTablesEachHaveTheirHeader) {
  Normalized n = NormalizeText(
      "指标 2023年 2024年\n强度 2.65% 2.68%\n"
      "指标 2024年一季度 2024年二季度\n增速 5.3% 4.7%\n");
  ASSERT_EQ(TableRows(n), 4u);
  EXPECT_TRUE(n.blocks[0].header);
  EXPECT_TRUE(n.blocks[2].header);
  // Inside a table, bare numbers that look like years are values.
  n = NormalizeText("指标 2022年 2023年\n强度 2.55 2.65\n经费(亿元) 2023 2024\n");
  ASSERT_EQ(TableRows(n), 3u);
  EXPECT_FALSE(n.blocks[2].header);
}

TEST(PdfTableTest, ProseWithTwoYearsIsNoTable) {
  // No spaces: a sentence.
  EXPECT_EQ(TableRows(NormalizeText("2023年和2024年分别增长5.2%和5.0%\n研发 1 2\n")), 0u);
  // Double-spaced PDF text wrapped after 2023年.
  const std::string wrapped =
      "研发经费投入强度 2022年为2.56%, 2023年\n"
      "\n"
      "为 2.65%, 2024年达到 2.68%。\n"
      "\n"
      "基础研究经费增长 2022年 2023年\n"
      "\n"
      "分别为 10.4% 和 9.0%。\n"
      "\n"
      "其中 2023 年 与 2024 年\n"
      "\n"
      "经费 增长 8.1% 8.3%\n"
      "\n"
      "下一段。\n";
  Normalized n = NormalizeText(wrapped);
  EXPECT_EQ(TableRows(n), 0u);
  EXPECT_EQ(n.text.find('|'), std::string::npos);
  // A header without rows is no table.
  EXPECT_EQ(Norm("指标 2023年 2024年\n\n全年增长较快。\n"), "指标2023年2024年\n全年增长较快。");
}

// Editors paste space-aligned tables into Markdown drafts too: they are
// tables there as well. A fenced code block is no text at all.
TEST(PdfTableTest, MarkdownDraftsHoldThemToo) {
  SourceText s;
  s.path = "t.md";
  s.markdown = true;
  s.text = "前言。\n\n指标 2023年 2024年\n研发投入强度 2.65% 2.68%\n";
  Normalized n = Normalize(s);
  EXPECT_EQ(TableRows(n), 2u);
  EXPECT_NE(n.text.find("|研发投入强度|2.65%|2.68%|"), std::string::npos) << n.text;
  s.text = "```\n指标 2023年 2024年\n研发投入强度 2.65% 2.68%\n```\n";
  EXPECT_EQ(TableRows(Normalize(s)), 0u);
}

TEST(PdfTableTest, PipesMapToTheSpacesTheyReplace) {
  const std::string src = "  指标   2023年  2024年 \n强度\t2.65%　　2.68%\n";
  Normalized n = NormalizeText(src);
  ASSERT_EQ(n.text, "|指标|2023年|2024年|\n|强度|2.65%|2.68%|");
  ASSERT_EQ(n.to_source.size(), n.text.size() + 1);
  for (size_t i = 1; i < n.to_source.size(); ++i) {
    EXPECT_LE(n.to_source[i - 1], n.to_source[i]) << i;
  }
  auto source_of = [&](size_t pipe) { return n.to_source[pipe]; };
  std::vector<size_t> pipes;
  for (size_t i = 0; i < n.text.size(); ++i) {
    if (n.text[i] == '|') pipes.push_back(i);
  }
  ASSERT_EQ(pipes.size(), 8u);
  EXPECT_EQ(source_of(pipes[0]), src.find("指标"));        // leading: first character
  EXPECT_EQ(source_of(pipes[1]), src.find("   2023"));      // first space of the gap
  EXPECT_EQ(source_of(pipes[2]), src.find("  2024"));
  EXPECT_EQ(source_of(pipes[3]), src.find("4年 \n") + 1);  // trailing: last character
  EXPECT_EQ(source_of(pipes[5]), src.find('\t'));
  EXPECT_EQ(source_of(pipes[6]), src.find("　"));
  // Cells map back to their source text.
  const size_t cell = n.text.find("2.68%");
  Span s = n.ToSource(Span{static_cast<uint32_t>(cell), static_cast<uint32_t>(cell + 5)}, src);
  EXPECT_EQ(src.substr(s.begin, s.size()), "2.68%");
  // Every line of the table is a block over its source line.
  ASSERT_EQ(n.blocks.size(), 2u);
  EXPECT_EQ(src.substr(n.blocks[1].source_begin, n.blocks[1].source_end - n.blocks[1].source_begin),
            "强度\t2.65%　　2.68%");
  EXPECT_EQ(n.BlockAt(n.to_source[pipes[4]]), &n.blocks[1]);
}

}  // namespace
}  // namespace factlint
