// Internals of the extractor shared by extractor.cc and
// extractor_sentence.cc: the per-sentence step that turns quantities into
// claims. Not a public interface.
#ifndef FACTLINT_EXTRACT_EXTRACTOR_INTERNAL_H_
#define FACTLINT_EXTRACT_EXTRACTOR_INTERNAL_H_

#include <string_view>
#include <vector>

#include "extract/claim.h"
#include "extract/context.h"
#include "extract/extractor.h"
#include "extract/extractor_lexicon.h"
#include "extract/quantity.h"
#include "extract/sentence.h"
#include "extract/span_set.h"

namespace factlint {

// What is known about the whole document while its sentences are read.
struct DocumentScan {
  std::string_view text;
  const DocumentDate& date;
  const Lexicon& lexicon;
  SpanSet identifier_spans;
  SpanSet idiom_spans;
  std::string scope;  // the place the document's title names; "" national
  std::string local;  // the scope of 全省/我市 in a document whose title names none
};

struct SentenceResult {
  std::vector<Claim> claims;
  std::vector<Transition> transitions;  // indices into `claims`
  TimeRef topic_time;  // a time that opens the sentence ("2023年，…"), for
                       // the sentences after it in the paragraph
  bool opens_plan_list = false;  // ends in "目标是:": the lines after list goals
  // The last single year the sentence names (not a base, not the
  // document's), for 同年 after it (TimeScene::Name).
  TimeRef named_year;
};

// The time scene of the sentence (time_scene.h): `scene` for claims with no
// time of their own, `cells` for claims inside a table cell whose column
// names a year.
struct SentenceScene {
  TimeRef time;
  TimeRef range;  // the scene's narrowest period of several years, if any
  std::vector<std::pair<Span, TimeRef>> cells;
  std::vector<Span> plan_cells;  // table cells under a header of goals
  // Table cells under a header naming a comparison base (| 比上年 |).
  std::vector<std::pair<Span, TimeExpr>> base_cells;
  // Table cells under a header naming a part of the row's figure (| 其中高等学校 |).
  std::vector<std::pair<Span, std::string>> part_cells;
  // The unit in parentheses ending the row's label ((万项)): not what it measures.
  Span label_unit;
  // The label of the row above, without its unit, for a row whose label
  // names only a change (| 比上年增长(%) |); the cells with their column's
  // header, without its unit.
  Span label_above;
  std::vector<std::pair<Span, Span>> head_cells;
  Span question;                 // the question the sentence answers, if any
  bool in_plan = false;  // a goal list after "目标是:", a plan section, an answer about goals
  // The period of the plan a heading names (# “十四五”规划纲要草案里的硬指标),
  // for goals that name no time of their own; unknown if none.
  TimeRef plan_period;
  // The year named last before the sentence (TimeScene::Named), for 同年.
  TimeRef named;
  // A list item: the paragraph leading into its list (TimeScene::LeadIn),
  // the item's place in the list, and its number kept as text (1.).
  Span lead_in;
  size_t item_index = 0;
  Span item_marker;
};

SentenceResult ExtractSentence(const DocumentScan& doc,
                               const ContextFinder& context, const Sentence& s,
                               const std::vector<const Quantity*>& quantities,
                               const SentenceScene& scene);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_EXTRACTOR_INTERNAL_H_
