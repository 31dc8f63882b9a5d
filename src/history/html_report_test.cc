// The HTML report: escaping, self-containment, links between findings and
// statements, the timeline, and a stable page.
#include "history/html_report.h"

#include <cmath>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace {

using check_test::CheckHarness;
using check_test::Dated;

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

TEST(HtmlEscapeTest, EscapesMarkupCharacters) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">R&D 's</a>"),
            "&lt;a href=&quot;x&quot;&gt;R&amp;D &#39;s&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("全国技术合同成交额"), "全国技术合同成交额");
}

HtmlReport ConflictReport() {
  static CheckHarness* h = [] {
    auto* harness = new CheckHarness;
    harness->Add("a<1>.md", Dated("2025-03-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
        .Add("b.md", Dated("2025-02-01", "2024年，全国技术合同成交额为6.1万亿元。\n"))
        .Add("c.md", Dated("2025-01-15", "2024年，全国技术合同成交额达到6.8万亿元。\n"));
    return harness;
  }();
  HtmlReport r;
  r.inputs = {"a<1>.md", "b.md", "c.md"};
  r.findings = h->RunAll();
  for (const FactGroup& g : h->facts())
    r.facts.push_back(BuildFactHistory(h->context(), g, r.findings));
  return r;
}

TEST(HtmlReportTest, IsOneSelfContainedEscapedPage) {
  HtmlReport r = ConflictReport();
  ASSERT_FALSE(r.findings.empty());
  ASSERT_EQ(r.facts.size(), 1u);
  std::ostringstream out;
  WriteHtmlReport(r, out);
  const std::string html = out.str();
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh\">", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("Noto Sans CJK SC"), std::string::npos);  // the style sheet
  // Nothing is fetched: no scripts, links, imports or URLs but the SVG
  // namespace name.
  for (const char* banned : {"<script", "<link", "@import", "url(", "src=", "https:"})
    EXPECT_EQ(html.find(banned), std::string::npos) << banned;
  EXPECT_EQ(Count(html, "http:"), Count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
  // The path with markup characters is escaped everywhere.
  EXPECT_EQ(html.find("a<1>"), std::string::npos);
  EXPECT_NE(html.find("a&lt;1&gt;.md:5:"), std::string::npos);
  // The same input gives the same page.
  std::ostringstream again;
  WriteHtmlReport(ConflictReport(), again);
  EXPECT_EQ(html, again.str());
}

TEST(HtmlReportTest, FindingsLinkToTheirStatementsAndBack) {
  HtmlReport r = ConflictReport();
  std::ostringstream out;
  WriteHtmlReport(r, out);
  const std::string html = out.str();
  EXPECT_EQ(Count(html, "<li class=\"finding "), r.findings.size());
  EXPECT_EQ(Count(html, "<tr id=\"s-1-"), 3u);
  // Every link to a statement row has its row, and every link to a finding
  // has its finding.
  std::regex link("href=\"#(s-[0-9]+-[0-9]+|finding-[0-9]+)\"");
  size_t links = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
    ++links;
    EXPECT_NE(html.find("id=\"" + (*it)[1].str() + "\""), std::string::npos) << (*it)[1];
  }
  EXPECT_GT(links, 0u);
  EXPECT_NE(html.find("class=\"statement flagged\""), std::string::npos);
  EXPECT_NE(html.find("href=\"#finding-1\">flagged</a>"), std::string::npos);
}

TEST(HtmlReportTest, TimelineDrawsOneBarPerStatementAndColoursTheOddOneOut) {
  HtmlReport r = ConflictReport();
  std::ostringstream svg;
  WriteTimelineSvg(r.facts[0], 1, svg);
  EXPECT_EQ(Count(svg.str(), "<rect "), 3u);
  EXPECT_EQ(Count(svg.str(), "<a href=\"#s-1-"), 3u);
  EXPECT_EQ(Count(svg.str(), "class=\"flagged\""), 1u) << svg.str();
  EXPECT_NE(svg.str().find(">2024</text>"), std::string::npos) << svg.str();
}

TEST(HtmlReportTest, AnUnboundedValueRunsToTheEdge) {
  FactHistory h;
  h.title = "t";
  HistoryStatement above;
  above.written = "超过18%";
  above.value = {18, INFINITY, false, true};
  above.period = "2024";
  above.from_year = above.to_year = 2024;
  HistoryStatement exact = above;
  exact.written = "20%";
  exact.value = Interval::Point(20);
  h.statements = {above, exact};
  std::ostringstream svg;
  WriteTimelineSvg(h, 1, svg);
  EXPECT_NE(svg.str().find("<rect x=\""), std::string::npos);
  EXPECT_NE(svg.str().find(" y=\"24.0\""), std::string::npos) << svg.str();  // the top
  EXPECT_EQ(svg.str().find("nan"), std::string::npos) << svg.str();
  EXPECT_EQ(svg.str().find("inf"), std::string::npos) << svg.str();
}

}  // namespace
}  // namespace factlint
