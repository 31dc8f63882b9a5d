// The time scene of a document: the period a claim speaks of when its own
// sentence names none before it. From the widest level to the narrowest:
//   document   its date (as of the document), or the period configured for
//              it ([[document]] period);
//   section    a heading that names a time (一、2013年工作回顾, ## 2023年主要
//              指标, 一、过去五年工作回顾) dates its section up to the next
//              heading of the same or a higher level; a plan heading
//              (二、2014年工作总体部署) makes the section's claims targets;
//   paragraph  a sentence that opens with a time, or whose first clause with
//              a figure does (科技投入持续增加,2024年全社会…), carries it to
//              the later sentences of the paragraph;
//   lead-in    list items (——…, - …) take the time of the paragraph that
//              leads into them, or of the item before when they open with
//              a part marker (- 其中,…: [shares] part_markers); when that
//              paragraph ends leading into the list (: or a [targets]
//              list_ends word) and announces the goals ([targets] words) of a
//              period ahead of the document (今后五年, “十四五”时期), the items
//              are plans of that period; answers (答:) that of their question (问:),
//              and a question naming none that of the interview's last one.
//              The lead-in is also what an item names nothing of its own
//              from (LeadIn: 同年新增的全国版权示范: then 2. 单位87个);
//   cell       a table cell takes the year named by its column's header
//              (Markdown tables, and tables extracted from PDF whose header
//              line is a row of years).
// The scene also reads what else a table's header and labels say of its
// cells: goals, comparison bases, parts of the row's figure, and units
// written apart from the numbers (| 专利申请数(万项) | 536.46 |).
// The narrowest level that names a time wins. Words are data:
// rules/lexicon.toml [time].
#ifndef FACTLINT_EXTRACT_TIME_SCENE_H_
#define FACTLINT_EXTRACT_TIME_SCENE_H_

#include <string_view>
#include <utility>
#include <vector>

#include "extract/claim.h"
#include "extract/extractor.h"
#include "extract/extractor_lexicon.h"
#include "extract/quantity.h"
#include "extract/sentence.h"
#include "text/normalize.h"

namespace factlint {

// Parses a configured period: "2023" or "2021-2025" (also with —). Returns
// an unknown TimeRef for anything else.
TimeRef ParsePeriod(std::string_view s);

class TimeScene {
 public:
  // `period`: the configured period of the document (unknown if none).
  // `scanner` tells units written apart from numbers in tables.
  TimeScene(const Normalized& norm, const DocumentDate& date, TimeRef period,
            const Lexicon& lexicon, const QuantityScanner& scanner);

  // Called for each sentence, in order, before it is extracted.
  void Enter(const Sentence& s);
  // Called after the sentence with its topic time (a time opening it).
  void Leave(const Sentence& s, const TimeRef& topic);

  // Called after the sentence with the last single year it names (not a
  // base, not the document's), for 同年 in what follows.
  void Name(const TimeRef& year);

  // The time of a claim of the current sentence that names none.
  TimeRef Current() const;
  // The year named last before the current sentence: by an earlier sentence
  // of the paragraph, or of the text or list before it in the section (the
  // lead-in of the list before); unknown if none. 同年, 当年 ([time]
  // named_years) name it.
  TimeRef Named() const { return named_; }
  // For a list item: the paragraph of text that leads into its list (it
  // ends with a colon or a [targets] list_ends word), and the item's place
  // in the list (0 for the first); empty when the current paragraph is no
  // list item or no such paragraph leads into its list.
  Span LeadIn() const { return kind_ == Kind::kListItem ? lead_in_ : Span{}; }
  size_t ItemIndex() const { return item_index_; }
  // For a numbered list item: its number kept as text (1., (2)); empty else.
  Span ItemMarker() const { return kind_ == Kind::kListItem ? item_marker_ : Span{}; }
  // The narrowest period of several years in the scene (a paragraph's 五年
  // 来, a section's 过去五年), for an average annual rate (年均) that a
  // single carried year cannot hold; unknown if none.
  TimeRef Range() const;
  // The current paragraph is a plan: its section is the plans of the
  // document, or it answers a question about goals.
  bool InPlan() const;
  // The period of the plan the nearest heading naming one names (# “十四五”
  // 规划纲要草案里的硬指标: 2021-2025), for goals that name no time; unknown
  // if none.
  TimeRef PlanPeriod() const;
  // The question the current paragraph answers (or holds), for what its
  // figures measure when their own words do not say; empty if none.
  Span Question() const;
  // Cells of the current sentence under a header of goals (预期目标).
  const std::vector<Span>& plan_cells() const { return plan_cells_; }
  // Cells of the current sentence under a header that names a comparison
  // base (| 比上年 |, | 较2020年 |), with that base: a change in the cell is
  // measured from it.
  const std::vector<std::pair<Span, TimeExpr>>& base_cells() const { return base_cells_; }
  // Cells of the current sentence under a header naming a part of the row's
  // figure (| 其中高等学校 |, | 高校占比 |: [shares] part_markers, of_whole),
  // with that header.
  const std::vector<std::pair<Span, std::string>>& part_cells() const { return part_cells_; }
  // Cells of the current sentence (a table row) whose numbers are written
  // without their unit, with the unit their column's header (| 增速(%) |)
  // or else the row's label (| 专利申请数(万项) |) gives in parentheses.
  const std::vector<std::pair<Span, std::string>>& unit_cells() const { return unit_cells_; }
  // The unit in parentheses that ends the current row's label ("(万项)"),
  // which is no part of what the row measures; empty if none.
  Span label_unit() const { return label_unit_; }
  // The label of the row above the current one in its table, without its
  // unit (| 国内生产总值(万亿元) | over | 比上年增长(%) |); empty if none.
  Span label_above() const { return label_above_; }
  // Cells of the current row with their column's header, without its unit
  // (| 总量比2018年增长 |): what the header says of the cell (a change).
  const std::vector<std::pair<Span, Span>>& head_cells() const { return head_cells_; }
  // Cells of the current sentence (a table row) whose column header names a
  // time: a claim inside a cell takes that time.
  const std::vector<std::pair<Span, TimeRef>>& cells() const { return cells_; }

 private:
  struct Section {
    int level = 0;
    TimeRef time;
    bool plan = false;
    TimeRef plan_period;  // of a plan it names (“十四五”规划), not its time
  };
  enum class Kind { kText, kHeading, kListItem, kQuestion, kAnswer, kTableHeader, kTableRow };

  Kind Classify(Span line, int* level) const;
  void EnterParagraph(Span line);
  void ReadTableRow(Span line);
  TimeRef FirstTime(Span where) const;
  TimeRef PlanLead(Span paragraph) const;
  // The unit in parentheses that ends `cell` ("(亿元)"), and its span with
  // the parentheses; empty if none.
  std::string CellUnit(Span cell, Span* written) const;

  const Normalized& norm_;
  std::string_view text_;
  const DocumentDate& date_;
  TimeRef document_;
  const Lexicon& lexicon_;
  const QuantityScanner& scanner_;
  int paragraph_ = -1;
  Kind kind_ = Kind::kText;
  std::vector<Section> sections_;
  int plans_from_level_ = 1 << 20;  // headings of this level or deeper are plans
  TimeRef topic_;      // of the current paragraph
  TimeRef lead_;       // of the last paragraph of text, for list items after it
  TimeRef item_;       // of the last list item, for an item that goes on with it (其中…)
  TimeRef question_;   // of the last question, for its answers
  TimeRef interview_;  // of the last question that named a time, in the section
  TimeRef inherited_;  // what the current paragraph takes from a lead-in
  TimeRef named_;      // the last single year named, in the section
  Span lead_in_;       // the paragraph leading into the list, if it does
  size_t item_index_ = 0;
  Span item_marker_;
  // The period ahead whose goals the last paragraph of text announces as it
  // leads into a list (实化量化了今后五年的主要目标。要点如下:), for its items,
  // which are plans of that period; and whether the current paragraph is one.
  TimeRef plan_lead_;
  bool plan_item_ = false;
  // Table: the times of the header's columns and how its rows are split.
  std::vector<TimeRef> columns_;
  std::vector<bool> column_plans_;
  std::vector<Span> plan_cells_;
  std::vector<TimeExpr> column_bases_;  // origin kUnknown: no base
  std::vector<std::pair<Span, TimeExpr>> base_cells_;
  std::vector<std::string> column_parts_;  // "" for a column of the whole
  std::vector<std::pair<Span, std::string>> part_cells_;
  std::vector<std::string> column_units_;  // "" for a column naming none
  // The unit a paragraph right before the table gave ((单位:万项)), if any.
  std::string unit_line_;
  std::vector<std::pair<Span, std::string>> unit_cells_;
  Span label_unit_;
  Span label_above_, label_;  // rows' labels without their units
  std::vector<Span> heads_;   // the header's cells without their units
  std::vector<std::pair<Span, Span>> head_cells_;
  bool question_plan_ = false;
  bool seen_text_ = false;  // a paragraph other than a heading came before
  Span question_span_;
  bool in_table_ = false;
  std::vector<std::pair<Span, TimeRef>> cells_;
};

// Both ends of a change under one period (五年来,国内生产总值从54万亿元增加
// 到82.7万亿元): the start is the year before the period, the end its last
// year; a level reached (达到, 增加到 …) under a period of several years is its
// last year's; a change over a reviewed period of several years is measured
// from the year before it. A period not yet over at the document's date
// keeps its end as it is (read as of the document). Of a plan's change over
// a period of several years, the start is a fact of the year before it; other
// plans are left alone.
// `pre[i]`: the words right before claim i in its clause; `text` is what
// the spans of the claims and their time evidence point into.
void ResolvePeriodEnds(std::string_view text, const DocumentDate& date, const Lexicon& lexicon,
                       const std::vector<std::string_view>& pre,
                       const std::vector<Transition>& transitions,
                       std::vector<Claim>* claims);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_TIME_SCENE_H_
