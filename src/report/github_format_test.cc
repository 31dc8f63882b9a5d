#include <sstream>

#include <gtest/gtest.h>

#include "report/fake_line_source_test_util.h"
#include "report/report.h"

namespace factlint {
namespace {

std::string Render(const std::vector<Diagnostic>& diagnostics) {
  FakeLineSource lines;
  std::ostringstream out;
  WriteReport(Format::kGithub, diagnostics, lines, ReportOptions(), out);
  return out.str();
}

TEST(GithubFormatTest, ErrorWithNoteInAnotherFile) {
  EXPECT_EQ(Render({ConflictDiagnostic()}),
            "::error file=drafts/2026-03.md,line=12,col=26,endLine=12,"
            "endColumn=30,title=fact-conflict::525 mainland firms, but 524 "
            "elsewhere%0Anote: seeds/其他 报告.txt:57:3: 524 stated here\n");
}

TEST(GithubFormatTest, SeverityCommands) {
  Diagnostic d = ConflictDiagnostic();
  d.notes.clear();
  d.severity = Severity::kWarning;
  EXPECT_TRUE(Render({d}).starts_with("::warning file="));
  d.severity = Severity::kNote;
  EXPECT_TRUE(Render({d}).starts_with("::notice file="));
}

TEST(GithubFormatTest, Escaping) {
  Diagnostic d;
  d.rule_id = "rule:a,b";
  d.severity = Severity::kError;
  d.message = "100% sure,\r\nreally: yes";
  d.location = MakeLocation("dir,x/a:b%.md", 1, 2, 1, 3);
  EXPECT_EQ(Render({d}),
            "::error file=dir%2Cx/a%3Ab%25.md,line=1,col=2,endLine=1,"
            "endColumn=3,title=rule%3Aa%2Cb::100%25 sure,%0D%0Areally: yes\n");
}

TEST(GithubFormatTest, WholeFileLocation) {
  Diagnostic d;
  d.rule_id = "input-binary";
  d.severity = Severity::kWarning;
  d.message = "binary";
  d.location.path = "x.bin";
  EXPECT_EQ(Render({d}), "::warning file=x.bin,title=input-binary::binary\n");
  EXPECT_EQ(Render({}), "");
}

}  // namespace
}  // namespace factlint
