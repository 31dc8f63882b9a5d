// BuildDocument: which date a document gets when the configuration, its
// front matter, its file name and its text each offer one.
#include "engine/document.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

namespace factlint {
namespace {

class DocumentDateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::Load(std::string(FACTLINT_SOURCE_DIR) + "/rules",
                                 &error)
                     .release();
    if (!extractor_) {
      std::cerr << "cannot load rules: " << error << "\n";
      std::abort();
    }
  }

  // "2025-12-19 (file-name)": the date and its origin.
  static std::string DateOf(const std::string& text,
                            const std::map<std::string, std::string>& meta) {
    SourceText source;
    source.path = "doc.md";
    source.text = text;
    source.encoding = "UTF-8";
    source.markdown = true;
    auto doc = BuildDocument(std::move(source), *extractor_, meta);
    const DocumentDate& d = doc->extraction.date;
    return d.ToString() + " (" + d.origin + ")";
  }

  static Extractor* extractor_;
};

Extractor* DocumentDateTest::extractor_ = nullptr;

const char kFrontMatter[] = "---\ndate: 2025-02-03\n---\n\n粮食产量7.1亿吨。\n";
const char kDateline[] = "科技日报 2025年6月9日\n\n粮食产量7.1亿吨。\n";
const char kPlain[] = "粮食产量7.1亿吨。\n";

TEST_F(DocumentDateTest, FileNameDatesWhatStatesNoDate) {
  EXPECT_EQ(DateOf(kPlain, {{kFileNameDateKey, "2025-12-19"}}),
            "2025-12-19 (file-name)");
  EXPECT_EQ(DateOf(kPlain, {{kFileNameDateKey, "2018"}}), "2018 (file-name)");
  EXPECT_EQ(DateOf(kPlain, {}), "unknown ()");
}

TEST_F(DocumentDateTest, ConfigurationThenFrontMatterThenFileNameThenText) {
  const std::map<std::string, std::string> named = {
      {kFileNameDateKey, "2025-06-01"}};
  std::map<std::string, std::string> configured = named;
  configured["date"] = "2025-03-05";
  configured["date-origin"] = "configuration";
  EXPECT_EQ(DateOf(kFrontMatter, configured), "2025-03-05 (configuration)");
  EXPECT_EQ(DateOf(kFrontMatter, named), "2025-02-03 (front-matter)");
  EXPECT_EQ(DateOf(kDateline, named), "2025-06-01 (file-name)");
  EXPECT_EQ(DateOf(kDateline, {}), "2025-06-09 (header)");
  // A front matter date that is no date gives way to the file name.
  EXPECT_EQ(DateOf("---\ndate: soon\n---\n\n粮食产量7.1亿吨。\n", named),
            "2025-06-01 (file-name)");
}

}  // namespace
}  // namespace factlint
