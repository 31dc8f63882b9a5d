// The reference form of a stored file answers what the checks and the
// report ask of a reference document as the document read whole does.
#include "store/reference_codec.h"

#include <gtest/gtest.h>

#include "base/strings.h"
#include "engine/claim_text.h"
#include "engine/load_documents.h"
#include "store/extraction_codec.h"
#include "store/store_test_util.h"
#include "store/takes_codec.h"

namespace factlint {
namespace {

const std::string kSourceDir = FACTLINT_SOURCE_DIR;
const std::string kRules = kSourceDir + "/rules";

class ReferenceCodecTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::Load(kRules, &error).release();
    ASSERT_NE(extractor_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete extractor_; }

  // The seeds and fixtures with a stated change, as LoadDocuments reads them.
  static Documents Load() {
    Documents docs;
    std::vector<Diagnostic> errors;
    LoadDocuments({kSourceDir + "/seeds", kSourceDir + "/fixtures/cli/draft-against-seeds"},
                  /*target=*/false, *extractor_, &docs, &errors);
    EXPECT_TRUE(errors.empty());
    return docs;
  }
  static const Extractor* extractor_;
};
const Extractor* ReferenceCodecTest::extractor_ = nullptr;

TEST_F(ReferenceCodecTest, AReferenceAnswersAsTheWholeDocument) {
  Documents whole = Load(), kept = Load();
  ASSERT_EQ(whole.size(), kept.size());
  ASSERT_GE(whole.size(), 5u);
  const std::vector<std::string>& markers = extractor_->lexicon().share_words().part_markers;
  size_t claims = 0, transitions = 0, form_bytes = 0, row_bytes = 0;
  for (size_t d = 0; d < whole.size(); ++d) {
    const Document& a = *whole[d];
    Document* k = kept[d].get();
    KeepCheckedText(k, extractor_->lexicon());
    KeepClaimSource(k);
    const std::string form = EncodeReference(*k, "takes");
    std::string takes, error;
    std::unique_ptr<Document> b = DecodeReference(form, a.source.path, &takes, &error);
    ASSERT_NE(b, nullptr) << a.source.path << ": " << error;
    SCOPED_TRACE(a.source.path);
    EXPECT_EQ(takes, "takes");
    form_bytes += form.size();
    row_bytes += a.source.text.size() + a.normalized.text.size() +
                 EncodeExtraction(a.extraction).size();
    EXPECT_EQ(b->source.path, a.source.path);
    EXPECT_EQ(b->source.encoding, a.source.encoding);
    EXPECT_EQ(b->source.markdown, a.source.markdown);
    EXPECT_EQ(b->normalized.metadata, k->normalized.metadata);  // the source key alone
    EXPECT_FALSE(b->target);
    EXPECT_EQ(b->TextSize(), a.TextSize());
    EXPECT_EQ(b->lines->line_count(), a.lines->line_count());
    EXPECT_EQ(b->transition_marks, a.transition_marks);
    ExpectDateEq(b->extraction.date, a.extraction.date);
    ExpectTransitionsEq(b->extraction.transitions, a.extraction.transitions);
    for (const Transition& t : a.extraction.transitions) EXPECT_EQ(b->Text(t.span), a.Text(t.span));
    transitions += a.extraction.transitions.size();
    ASSERT_EQ(b->extraction.claims.size(), a.extraction.claims.size());
    for (size_t i = 0; i < a.extraction.claims.size(); ++i) {
      const Claim& c = a.extraction.claims[i];
      ExpectClaimEq(b->extraction.claims[i], c, "claim " + std::to_string(i));
      for (Span s : {c.sentence, c.clause, c.span, c.qualifier_span})
        EXPECT_EQ(b->Text(s), a.Text(s)) << i;
      EXPECT_EQ(b->Contains(c.sentence, markers), ContainsAny(a.Text(c.sentence), markers)) << i;
      const Location la = a.Locate(c), lb = b->Locate(c);
      EXPECT_EQ(lb.line, la.line) << i;
      EXPECT_EQ(lb.column, la.column) << i;
      EXPECT_EQ(lb.end_line, la.end_line) << i;
      EXPECT_EQ(lb.end_column, la.end_column) << i;
      // The lines a note on the claim shows.
      for (uint32_t line = la.line; line <= la.end_line; ++line)
        EXPECT_EQ(b->lines->Line(line), a.lines->Line(line)) << i;
      ++claims;
    }
  }
  EXPECT_GT(claims, 100u);
  EXPECT_GT(transitions, 0u);
  // What it is for: the forms are smaller than the rows they stand for.
  EXPECT_LT(form_bytes * 2, row_bytes) << form_bytes << " of " << row_bytes;
}

TEST_F(ReferenceCodecTest, AnyDamageDecodesToAnErrorNeverACrash) {
  Documents docs = Load();
  Document* doc = docs.front().get();
  KeepCheckedText(doc, extractor_->lexicon());
  KeepClaimSource(doc);
  const std::string form = EncodeReference(*doc, EncodeRuleTakes({}));
  std::string takes, error;
  ASSERT_NE(DecodeReference(form, "a.md", &takes, &error), nullptr) << error;
  // Every shorter form, and every byte changed, is refused or decodes to
  // something; none reads past the bytes or aborts.
  for (size_t n = 0; n < form.size(); ++n)
    EXPECT_EQ(DecodeReference(form.substr(0, n), "a.md", &takes, &error), nullptr) << n;
  for (size_t at = 0; at < form.size(); at += 7) {
    std::string damaged = form;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    DecodeReference(damaged, "a.md", &takes, &error);
  }
}

}  // namespace
}  // namespace factlint
