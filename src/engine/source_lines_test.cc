// SourceLines: the lines of a document whose source text the run dropped
// are read again from its file, exactly as they were, and not at all once
// the file has changed.
#include "engine/source_lines.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <tuple>

#include "engine/claim_text.h"
#include "engine/engine_test_util.h"
#include "engine/load_documents.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

const char kText[] =
    "---\ndate: 2025-03-01\n---\n\n"
    "在全球工业研发投入2000强企业中，中国大陆企业有525家，占比达到26.3%。\r\n"
    "一段没有数字的话。\n\n"
    "<!-- factlint-disable-next-line fact-conflict -->\n"
    "2024年全社会研发经费投入3.6万亿元，比上年增长8.3%。\n";

class SourceLinesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("factlint_source_lines_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "doc.md").string();
    Write(kText);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& text) { std::ofstream(path_, std::ios::binary) << text; }

  // The document as a run that only checks reads it, and as one that
  // keeps its text.
  std::unique_ptr<Document> Load(bool keep_claim_source) {
    Documents docs;
    std::vector<Diagnostic> errors;
    LoadOptions options;
    options.jobs = 1;
    options.keep_claim_source = keep_claim_source;
    LoadDocuments({path_}, true, engine_test::TheExtractor(), &docs, &errors, options);
    EXPECT_TRUE(errors.empty());
    EXPECT_EQ(docs.size(), 1u);
    return docs.empty() ? nullptr : std::move(docs[0]);
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SourceLinesTest, LinesReadAgainAreTheLinesExtracted) {
  auto whole = Load(false);
  auto kept = Load(true);
  ASSERT_TRUE(whole && kept);
  EXPECT_TRUE(kept->reread_source);
  EXPECT_TRUE(kept->source.text.empty());
  EXPECT_EQ(kept->lines, nullptr);  // only the positions of claims are kept
  EXPECT_EQ(kept->LineCount(), whole->lines->line_count());
  EXPECT_EQ(kept->LineCount(), whole->LineCount());
  EXPECT_EQ(kept->SourceSize(), whole->lines->size());
  EXPECT_EQ(kept->SourceSize(), whole->SourceSize());
  ASSERT_GE(whole->extraction.claims.size(), 3u);
  SourceLines source;
  for (const Claim& c : whole->extraction.claims) {
    Location a = kept->Locate(c);
    Location b = whole->Locate(c);
    EXPECT_EQ(std::tie(a.line, a.column, a.end_line, a.end_column),
              std::tie(b.line, b.column, b.end_line, b.end_column));
    EXPECT_EQ(source.Line(*kept, a.line), whole->lines->Line(b.line));
    std::optional<LineIndex::Piece> piece = source.Around(*kept, c.source_span);
    ASSERT_TRUE(piece.has_value());
    EXPECT_EQ(piece->text.substr(c.source_span.begin - piece->begin, c.source_span.size()),
              std::string_view(kText).substr(c.source_span.begin, c.source_span.size()));
  }
  for (uint32_t line = 0; line <= whole->lines->line_count() + 1; ++line)
    EXPECT_EQ(source.Line(*kept, line), source.Line(*whole, line)) << line;
  // The directives were read before the text was dropped.
  ASSERT_EQ(kept->Suppressions().size(), 1u);
  EXPECT_EQ(kept->Suppressions()[0].rule, whole->Suppressions()[0].rule);
  EXPECT_TRUE(source.changed().empty());
}

TEST_F(SourceLinesTest, AChangedFileGivesNoLines) {
  auto kept = Load(true);
  ASSERT_TRUE(kept);
  const Claim& c = kept->extraction.claims.at(0);
  const uint32_t line = kept->Locate(c).line;
  // The same size, another text: the hash tells them apart.
  std::string changed = kText;
  changed.replace(changed.find("525"), 3, "524");
  Write(changed);
  SourceLines source;
  EXPECT_FALSE(source.Line(*kept, line).has_value());
  EXPECT_FALSE(source.Around(*kept, c.source_span).has_value());
  ASSERT_EQ(source.changed().size(), 1u);
  EXPECT_EQ(source.changed()[0], path_);
  // A file that is gone is changed too.
  fs::remove(path_);
  SourceLines gone;
  EXPECT_FALSE(gone.Line(*kept, line).has_value());
  EXPECT_EQ(gone.changed().size(), 1u);
  // Put back as it was, it is read again.
  Write(kText);
  SourceLines back;
  EXPECT_TRUE(back.Line(*kept, line).has_value());
  EXPECT_TRUE(back.changed().empty());
}

// A run keeps a few files read again; asking across more than that reads
// them again and answers the same.
TEST_F(SourceLinesTest, FilesBeyondTheKeptFewAreReadAgain) {
  std::vector<std::unique_ptr<Document>> docs;
  for (int i = 0; i < 3; ++i) {
    path_ = (dir_ / ("doc" + std::to_string(i) + ".md")).string();
    Write(std::string(kText) + std::string(i, '\n'));
    docs.push_back(Load(true));
  }
  SourceLines source(/*files_kept=*/1);
  for (int round = 0; round < 2; ++round)
    for (const auto& doc : docs)
      EXPECT_EQ(source.Line(*doc, 5), "在全球工业研发投入2000强企业中，中国大陆企业有525家，占比达到26.3%。");
  EXPECT_TRUE(source.changed().empty());
}

}  // namespace
}  // namespace factlint
