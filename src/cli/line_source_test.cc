// TextLineSource over the documents of a run that dropped their source
// text: the report shows a finding's line read again from the file, and
// shows no line, naming the file in changed(), once the file has changed.
#include "cli/line_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/engine_test_util.h"
#include "engine/load_documents.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

const char kLine[] = "在全球工业研发投入2000强企业中，中国大陆企业有525家，占比达到26.3%。";

TEST(TextLineSourceTest, ReportQuotesTheCheckedTextOrNothing) {
  const fs::path dir =
      fs::temp_directory_path() / ("factlint_line_source_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "doc.txt").string();
  std::ofstream(path, std::ios::binary) << "标题\n" << kLine << "\n";
  Documents docs;
  std::vector<Diagnostic> errors;
  LoadOptions options;
  options.jobs = 1;
  options.keep_claim_source = true;
  LoadDocuments({path}, true, engine_test::TheExtractor(), &docs, &errors, options);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_FALSE(docs[0]->extraction.claims.empty());
  ASSERT_TRUE(docs[0]->source.text.empty());
  Diagnostic d;
  d.rule_id = "fact-conflict";
  d.message = "525";
  d.location = docs[0]->Locate(docs[0]->extraction.claims[0]);
  ASSERT_EQ(d.location.line, 2u);

  auto report = [&](const TextLineSource& lines) {
    std::ostringstream out;
    WriteReport(Format::kText, {d}, lines, ReportOptions(), out);
    return out.str();
  };
  TextLineSource lines;
  lines.AddDocument(*docs[0]);
  EXPECT_NE(report(lines).find(kLine), std::string::npos);
  EXPECT_TRUE(lines.changed().empty());

  // Changed after it was checked: the report shows no line at all.
  std::ofstream(path, std::ios::binary) << "标题\n" << "另一段文字，中国大陆企业有524家。\n";
  TextLineSource changed;
  changed.AddDocument(*docs[0]);
  const std::string shown = report(changed);
  EXPECT_NE(shown.find("525"), std::string::npos);  // the finding itself
  EXPECT_EQ(shown.find("中国大陆企业"), std::string::npos);
  ASSERT_EQ(changed.changed().size(), 1u);
  EXPECT_EQ(changed.changed()[0], path);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace factlint
