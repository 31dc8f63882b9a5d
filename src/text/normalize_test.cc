#include "text/normalize.h"

#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "text/normalize_internal.h"

namespace factlint {
namespace {

Normalized NormalizeText(const std::string& text, bool markdown = false) {
  SourceText s;
  s.path = markdown ? "t.md" : "t.txt";
  s.text = text;
  s.markdown = markdown;
  return Normalize(s);
}

std::string Norm(const std::string& text, bool markdown = false) {
  return NormalizeText(text, markdown).text;
}

TEST(NormalizeTest, Nfkc) {
  EXPECT_EQ(Norm("增长４８％，达到（２０２４年）：ＡＩ"), "增长48%,达到(2024年):AI");
  EXPECT_EQ(Norm("共识①。"), "共识①。");  // footnote marker is not a digit
}

// A numbered list item keeps its number as text (1., (2), ③); the block
// says how many characters it has, spaces aside. A bullet is dropped.
TEST(NormalizeTest, ListItemsRecordTheNumberTheyKeep) {
  Normalized n = NormalizeText("引导语：\n\n1. 城市5个\n（2）单位78个\n③ 园区18个\n- 基地3个\n", true);
  EXPECT_EQ(n.text.find("1.城市5个") != std::string::npos, true) << n.text;
  std::vector<int> markers;
  for (const TextBlock& b : n.blocks)
    if (b.kind == TextBlock::Kind::kListItem) markers.push_back(b.marker_chars);
  EXPECT_EQ(markers, (std::vector<int>{2, 3, 1, 0}));
}

TEST(NormalizeTest, OffsetsMapEveryByte) {
  std::string src = "达　２４９７亿元";
  Normalized n = NormalizeText(src);
  EXPECT_EQ(n.text, "达2497亿元");
  ASSERT_EQ(n.to_source.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_source[0], 0u);                          // 达
  EXPECT_EQ(n.to_source[3], src.find("２"));             // 2
  EXPECT_EQ(n.to_source[4], src.find("４"));             // 4
  EXPECT_EQ(n.to_source.back(), src.size());
  Span s = n.ToSource(Span{3, 7}, src);                  // "2497"
  EXPECT_EQ(src.substr(s.begin, s.size()), "２４９７");
}

TEST(NormalizeTest, SpacesNextToCjkAreDropped) {
  EXPECT_EQ(Norm("国 家 综 合 创 新"), "国家综合创新");
  EXPECT_EQ(Norm("基础研究经费达 2497亿元"), "基础研究经费达2497亿元");
  EXPECT_EQ(Norm("9月 18日"), "9月18日");
  EXPECT_EQ(Norm("占 GDP 比重"), "占GDP比重");
  EXPECT_EQ(Norm("AI agent 和 Web 3.0"), "AI agent和Web 3.0");
  EXPECT_EQ(Norm("  a \t  b  "), "a b");
}

TEST(NormalizeTest, HardWrappedLinesJoin) {
  // A wrapped number: the break between 2020 and 年 disappears.
  EXPECT_EQ(Norm("排名由 2020\n年的第 14位提升至第10位。"),
            "排名由2020年的第14位提升至第10位。");
  // A break inside a sentence ending in a comma.
  EXPECT_EQ(Norm("基础研究是科学体系的源头，\n是技术问题的总机关。"),
            "基础研究是科学体系的源头,是技术问题的总机关。");
  // Two Latin words joined by a break keep one space, mapped to the break.
  std::string src = "the AI\nagent works.";
  Normalized n = NormalizeText(src);
  EXPECT_EQ(n.text, "the AI agent works.");
  EXPECT_EQ(n.to_source[6], src.find('\n'));
}

TEST(NormalizeTest, SentenceEndsAndHeadingsStaySeparate) {
  EXPECT_EQ(Norm("第一句话结束了。\n第二段开始。"), "第一句话结束了。\n第二段开始。");
  std::string doc =
      "科技投入持续增加，研发投入超\n\n3.6万亿元，较2020年增长48%\n\n"
      "显著，成效斐然。\n\n科技强国根基不断夯实\n\n阴和俊说：“这5年，科技创新能\n\n"
      "力稳步提升，科技强国根基不断夯实。”\n\n一、总体情况\n\n（二）具体措施\n\n"
      "第1章 概述\n\n- 列表项\n";
  EXPECT_EQ(Norm(doc),
            "科技投入持续增加,研发投入超3.6万亿元,较2020年增长48%显著,成效斐然。\n"
            "科技强国根基不断夯实\n"
            "阴和俊说:“这5年,科技创新能力稳步提升,科技强国根基不断夯实。”\n"
            "一、总体情况\n(二)具体措施\n第1章概述\n列表项");
}

TEST(NormalizeTest, ALineCutInsideASentenceGoesOnOnTheNextLines) {
  // Text whose lines are paragraphs, with a sentence cut where it names a
  // term (a link, in the page it was copied from): the list item goes on
  // over the short line and the next one.
  const std::string item =
      "——改革开放持续深化。全面深化改革开放推动构建新发展格局，供给侧结构性改革深入实施，"
      "简政放权、放管结合、优化服务改革不断深化，营商环境明显改善。推动\n"
      "区域全面经济伙伴关系协定\n"
      "（RCEP）生效实施，建成全球最大自由贸易区。\n\n";
  EXPECT_EQ(Norm(item + "——生态环境明显改善。\n"),
            "——改革开放持续深化。全面深化改革开放推动构建新发展格局,供给侧结构性改革深入实施,"
            "简政放权、放管结合、优化服务改革不断深化,营商环境明显改善。推动"
            "区域全面经济伙伴关系协定(RCEP)生效实施,建成全球最大自由贸易区。\n"
            "——生态环境明显改善。");
  // A short line after a finished sentence is still a heading.
  EXPECT_EQ(Norm("营商环境明显改善。\n区域协调发展\n(一)推动生效实施。\n"),
            "营商环境明显改善。\n区域协调发展\n(一)推动生效实施。");
}

TEST(NormalizeTest, BlankLinesAreSpacingOnlyInDoubleSpacedText) {
  // Single-spaced text: a blank line is a paragraph break.
  EXPECT_EQ(Norm("这是第一段的内容，没有结束\n\n另一段内容。"),
            "这是第一段的内容,没有结束\n另一段内容。");
  // Double-spaced: most lines are followed by one blank line; two blank
  // lines still end a paragraph.
  EXPECT_EQ(Norm("甲乙丙丁戊己庚辛壬癸\n\n甲乙丙丁戊己庚辛壬癸\n\n甲乙丙丁戊己庚辛壬\n\n"
                 "甲乙丙丁。\n\n\n\n新的段落。"),
            "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬甲乙丙丁。\n新的段落。");
}

TEST(NormalizeTest, NumbersJoinAcrossALineEndOnly) {
  // A number broken by a line end joins; across a paragraph break it does
  // not (拾万零五十六 and 十 are two numbers).
  EXPECT_EQ(Norm("全国共有企业52\n4家。"), "全国共有企业524家。");
  EXPECT_EQ(Norm("拾万零五十六\n\n\n十"), "拾万零五十六\n十");
  EXPECT_EQ(Norm("共有52\n\n\n4家。"), "共有52\n4家。");
  // One figure a line is a list of figures, not one long number.
  EXPECT_EQ(Norm("42446\n19773\n51751"), "42446\n19773\n51751");
}

TEST(NormalizeTest, ALineOfZeroWidthCharactersIsNoLine) {
  // A PDF page break left a line holding only U+200B: the sentence and the
  // number it cut go on across it, in single- and double-spaced text.
  EXPECT_EQ(Norm("国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。"),
            "国内生产总值达到74.4万亿元,增长6.7%。");
  EXPECT_EQ(Norm("加快推进重要生态屏障建\n\u200b\u200b \n设，构建自然保护地体系。"),
            "加快推进重要生态屏障建设,构建自然保护地体系。");
  // A blank line is still a paragraph break, and an ignorable inside text
  // is dropped as before.
  EXPECT_EQ(Norm("第一段结束。\n\n第二段\u200b开始。"), "第一段结束。\n第二段开始。");
}

TEST(NormalizeTest, HeadingSpreadOverLines) {
  EXPECT_EQ(Norm("破口。\n\n1.1 研\n \n\n究\n \n\n背\n \n\n景\n\n党的二十大报告提出。"),
            "破口。\n1.1研究背景\n党的二十大报告提出。");
}

TEST(NormalizeTest, MarkdownFrontMatterCodeCommentsUrls) {
  std::string md =
      "---\ndate: 2025-12-19\ntitle: \"简报\"\nsource: 科技日报\n---\n"
      "# 标题 一\n\n正文有`code 123`和<!-- 注释 99 -->内容，\n第二行见"
      "https://example.com/a?b=1。\n\n```\n代码 42\n```\n- 列表 5%\n";
  Normalized n = NormalizeText(md, /*markdown=*/true);
  EXPECT_EQ(n.text, "标题一\n正文有和内容,第二行见。\n列表5%");
  EXPECT_EQ(n.metadata.at("date"), "2025-12-19");
  EXPECT_EQ(n.metadata.at("title"), "简报");
  EXPECT_EQ(n.metadata.at("source"), "科技日报");
  // The '#' marker is gone but offsets still point into the source.
  EXPECT_EQ(n.to_source[0], md.find("标题"));
}

TEST(NormalizeTest, MultiLineCommentAndPlainTextUrl) {
  EXPECT_EQ(Norm("前文<!-- a\nb -->后文。", true), "前文后文。");
  EXPECT_EQ(Norm("详见 http://www.most.gov.cn/x.html 公告。"), "详见公告。");
  EXPECT_EQ(Norm("see (https://a.org/x) now"), "see () now");
}

TEST(NormalizeTest, ToSourceCoversWholeSourceCharacters) {
  std::string src = "增长４８％。\r\n下一行";
  Normalized n = NormalizeText(src);
  ASSERT_EQ(n.text, "增长48%。\n下一行");
  size_t pct = n.text.find('%');
  Span s = n.ToSource(Span{6, static_cast<uint32_t>(pct + 1)}, src);
  EXPECT_EQ(src.substr(s.begin, s.size()), "４８％");
  Span empty = n.ToSource(Span{3, 3}, src);
  EXPECT_TRUE(empty.empty());
  // Garbage spans are clamped, not crashes.
  Span clamped = n.ToSource(Span{1000, 2000}, src);
  EXPECT_LE(clamped.end, src.size());
}

// Markup and URLs are found wherever they stand after Chinese text, which
// the passes looking for them step over eight bytes at a time: at every
// alignment.
TEST(NormalizeTest, MarkupAndUrlsAfterChineseTextAtEveryAlignment) {
  for (int n = 0; n <= 9; ++n) {
    std::string lead;
    for (int k = 0; k < n; ++k) lead += "国";
    EXPECT_EQ(Norm(lead + "共**525家**,`代码`见http://a.cn/x。", true), lead + "共525家,见。")
        << n;
    EXPECT_EQ(Norm(lead + "详见www.most.gov.cn公告<!-- 注 -->。", true), lead + "详见公告。") << n;
  }
}

// A line ends at a line feed, a carriage return or both together, however
// they are mixed (and a text of bare carriage returns is lines too).
TEST(NormalizeTest, LinesEndAtEveryKindOfLineBreak) {
  const std::string texts[] = {"", "一", "一\n", "一\r\n二", "一\r二\r三\r", "\r\n\r\n",
                               "\n\r一\r\r\n二\n\n三", "一\r\n\r二\n"};
  for (const std::string& text : texts) {
    // The lines as a byte-by-byte reading gives them.
    std::vector<std::pair<uint32_t, uint32_t>> want;
    uint32_t begin = 0;
    for (uint32_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\n' && text[i] != '\r') continue;
      want.emplace_back(begin, i);
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      begin = i + 1;
    }
    if (begin < text.size() || text.empty()) want.emplace_back(begin, text.size());
    internal::Doc doc;
    doc.source = &text;
    internal::SplitLines(&doc);
    std::vector<std::pair<uint32_t, uint32_t>> got;
    for (const internal::Line& line : doc.lines) got.emplace_back(line.begin, line.end);
    EXPECT_EQ(got, want) << text;
  }
}

// The map answers for every byte what one entry a byte would hold, from a
// few runs: copied text is one run however long, and a change of character
// length or of distance in the source starts the next.
TEST(NormalizeTest, OffsetMapHoldsRunsAndAnswersEveryByte) {
  OffsetMap map;
  std::vector<uint32_t> want;
  auto append = [&](uint32_t len, uint32_t src) {
    map.Append(len, src);
    want.insert(want.end(), len, src);
  };
  for (uint32_t k = 0; k < 50; ++k) append(3, 10 + 3 * k);  // Han characters
  append(1, 160);                                             // a space
  append(1, 160);                                             // a pipe at the same place
  for (uint32_t k = 0; k < 4; ++k) append(1, 170 + 3 * k);   // full-width digits
  append(2, 190);                                             // m2 from one character
  append(1, 300);                                             // after a removed URL
  append(1, 301);
  append(1, 302);
  ASSERT_EQ(map.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(map[i], want[i]) << i;
  EXPECT_EQ(map.back(), 302u);
  EXPECT_LE(map.runs(), 6u);

  std::string han;
  for (int k = 0; k < 200; ++k) han += "国";
  const Normalized n = NormalizeText(han);
  ASSERT_EQ(n.text, han);
  EXPECT_EQ(n.to_source.runs(), 2u);  // the text, and its end
}

TEST(NormalizeTest, EmptyAndOddInput) {
  Normalized n = NormalizeText("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(n.to_source.size(), 1u);
  EXPECT_EQ(Norm("\n\n \r\n\t"), "");
  EXPECT_EQ(Norm("a\u200Bb\u00ADc"), "abc");  // ignorables dropped
  EXPECT_EQ(Norm("```\nunclosed", true), "");
  EXPECT_EQ(Norm("<!-- unclosed", true), "");
}

}  // namespace
}  // namespace factlint
