#include "extract/time_scene.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/strings.h"
#include "extract/time.h"

namespace factlint {
namespace {

// Text of the claim span's clause before it is a reach verb (…增加到), with
// one of [time] reach_fillers (了, a qualifier) between them skipped.
bool AfterReachVerb(const Lexicon& lex, std::string_view pre) {
  pre = TrimRight(pre);
  for (std::string_view q : lex.reach_fillers()) {
    if (EndsWith(pre, q)) {
      pre = TrimRight(pre.substr(0, pre.size() - q.size()));
      break;
    }
  }
  return std::any_of(lex.reach_verbs().begin(), lex.reach_verbs().end(),
                     [&](const std::string& v) { return EndsWith(pre, v); });
}

// A period of several years that a review names (五年来, 过去五年, a heading
// or a paragraph's opening): not a year written out in the sentence.
bool ReviewRange(const TimeRef& t) {
  return t.known() && t.from_year != t.to_year &&
         (t.origin == TimeOrigin::kRelative || t.origin == TimeOrigin::kContext ||
          t.origin == TimeOrigin::kSection || t.origin == TimeOrigin::kPeriod);
}

}  // namespace

TimeRef ParsePeriod(std::string_view s) {
  static const re2::RE2 kPeriod(
      "\\s*((?:19|20)[0-9]{2})\\s*年?\\s*(?:(?:-|—|–|~|至|到)\\s*((?:19|20)[0-9]{2})\\s*年?)?\\s*");
  std::string from, to;
  if (!re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), kPeriod, &from, &to))
    return {};
  TimeRef t;
  t.from_year = std::stoi(from);
  t.to_year = to.empty() ? t.from_year : std::stoi(to);
  if (t.to_year < t.from_year) return {};
  t.origin = TimeOrigin::kConfigured;
  return t;
}

TimeScene::TimeScene(const Normalized& norm, const DocumentDate& date, TimeRef period,
                     const Lexicon& lexicon, const QuantityScanner& scanner)
    : norm_(norm), text_(norm.text), date_(date), document_(period), lexicon_(lexicon),
      scanner_(scanner) {
  if (!document_.known() && date_.year != 0)
    document_ = {date_.year, date_.year, TimeOrigin::kDocument};
}

TimeScene::Kind TimeScene::Classify(Span line, int* level) const {
  *level = 0;
  const std::string_view words = TrimLeft(text_.substr(line.begin, line.size()));
  if (line.begin < norm_.to_source.size()) {
    if (const TextBlock* b = norm_.BlockAt(norm_.to_source[line.begin])) {
      switch (b->kind) {
        case TextBlock::Kind::kHeading:
          *level = b->level;
          return Kind::kHeading;
        case TextBlock::Kind::kListItem: return Kind::kListItem;
        case TextBlock::Kind::kTableRow: return b->header ? Kind::kTableHeader : Kind::kTableRow;
      }
    }
  }
  if (StartsWithAny(words, lexicon_.list_items())) return Kind::kListItem;
  if (StartsWithAny(words, lexicon_.questions())) return Kind::kQuestion;
  if (StartsWithAny(words, lexicon_.answers())) return Kind::kAnswer;
  return Kind::kText;
}

TimeRef TimeScene::FirstTime(Span where) const {
  const std::string_view words = text_.substr(where.begin, where.size());
  const TimeWords& time_words = lexicon_.time_words();
  const uint32_t patterns_in = time_words.PatternsIn(words);
  for (const TimeExpr& t : FindTimeExpressions(words, where.begin, date_, time_words, patterns_in)) {
    if (t.base || t.name || t.origin == TimeOrigin::kDocument) continue;
    TimeRef found{t.from_year, t.to_year, t.origin, "", t.span};
    // 2024年上半年, 2024年一季度: the part right after the year.
    for (const PartExpr& p : FindPartsOfYear(words, where.begin, date_, time_words, patterns_in))
      if (p.span.begin >= t.span.end && p.span.begin <= t.span.end + 3) found.part = p.part;
    return found;
  }
  return {};
}

TimeRef TimeScene::PlanLead(Span paragraph) const {
  const std::string_view words = TrimRight(text_.substr(paragraph.begin, paragraph.size()));
  if (!lexicon_.LeadsIntoList(words) || date_.year == 0 || !lexicon_.IsTarget(words, false)) return {};
  for (const TimeExpr& t : FindTimeExpressions(words, paragraph.begin, date_, lexicon_.time_words())) {
    if (t.base || t.name || t.origin == TimeOrigin::kDocument) continue;
    if (t.from_year >= date_.year && t.to_year > t.from_year)
      return {t.from_year, t.to_year, TimeOrigin::kContext, "", t.span};
  }
  return {};
}

void TimeScene::Enter(const Sentence& s) {
  if (s.paragraph != paragraph_) {
    paragraph_ = s.paragraph;
    size_t b = text_.rfind('\n', s.span.begin == 0 ? 0 : s.span.begin - 1);
    b = (b == std::string_view::npos || s.span.begin == 0) ? 0 : b + 1;
    size_t e = text_.find('\n', s.span.begin);
    if (e == std::string_view::npos) e = text_.size();
    EnterParagraph({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }
}

void TimeScene::EnterParagraph(Span line) {
  int level = 0;
  Kind kind = Classify(line, &level);
  // The paragraph right after a question answers it, whoever speaks
  // (答:, 国家统计局新闻发言人:); answers go on while marked as answers.
  if (kind_ == Kind::kQuestion && kind == Kind::kText) kind = Kind::kAnswer;
  if (kind_ == Kind::kAnswer && kind != Kind::kAnswer) question_ = {};
  kind_ = kind;
  topic_ = {};
  inherited_ = {};
  plan_item_ = false;
  if (kind != Kind::kListItem) plan_lead_ = {};
  item_marker_ = {};
  cells_.clear();
  plan_cells_.clear();
  base_cells_.clear();
  part_cells_.clear();
  unit_cells_.clear();
  head_cells_.clear();
  label_unit_ = {};
  label_above_ = {};
  if (kind != Kind::kTableRow) label_ = {};
  if (kind != Kind::kTableRow) in_table_ = false;  // a header starts a new table
  if (kind != Kind::kHeading) seen_text_ = true;
  switch (kind) {
    case Kind::kHeading: {
      while (!sections_.empty() && sections_.back().level >= level) sections_.pop_back();
      Section sec;
      sec.level = level;
      // (一)着力扩大内需。…: a numbered paragraph opens a section but is text.
      std::string_view words = TrimRight(text_.substr(line.begin, line.size()));
      const size_t stop = words.find("。");
      if (line.size() > 120 || (stop != std::string_view::npos && stop + 3 < words.size())) {
        sections_.push_back(sec);
        kind_ = Kind::kText;
        lead_ = item_ = {};
        break;
      }
      if (!ContainsAny(words, lexicon_.issue_words())) {
        sec.time = FirstTime(line);
        const HeadingYear bare = sec.time.set() ? HeadingYear{}
                                                : lexicon_.BareYearOfHeading(words, date_.year);
        if (bare.year != 0)
          sec.time = {bare.year, bare.to_year, TimeOrigin::kSection, "",
                      {line.begin + bare.span.begin, line.begin + bare.span.end}};
      }
      if (sec.time.set()) sec.time.origin = TimeOrigin::kSection;
      for (const TimeExpr& t : FindTimeExpressions(words, line.begin, date_, lexicon_.time_words()))
        if (t.name && t.from_year != 0 && t.to_year >= t.from_year) {
          sec.plan_period = {t.from_year, t.to_year, TimeOrigin::kSection, "", t.span};
          break;
        }
      // A report's plans run to its end: after 二、2015年工作总体部署 the
      // sections of the same level (三、把改革开放扎实推向纵深) are tasks too.
      // The document's title (a heading before any text) sums up the whole
      // (去年GDP增长5% 今年预期目标5%左右): its words do not make it a plan.
      sec.plan = seen_text_ && lexicon_.IsPlanHeading(words);
      if (sec.plan) plans_from_level_ = std::min(plans_from_level_, level);
      sec.plan = sec.plan || level >= plans_from_level_;
      sections_.push_back(sec);
      lead_ = item_ = {};
      lead_in_ = {};
      named_ = {};
      question_ = interview_ = {};
      question_plan_ = false;
      break;
    }
    case Kind::kListItem: {
      // - 2022年,授权量432.34万项。⏎- 其中,发明专利…: a part of the item
      // before, of its time.
      const std::string_view words = TrimLeft(text_.substr(line.begin, line.size()));
      inherited_ = item_.set() && StartsWithAny(words, lexicon_.share_words().part_markers)
                       ? item_
                       : plan_lead_.set() ? plan_lead_ : lead_;
      item_ = inherited_;
      plan_item_ = plan_lead_.set();
      ++item_index_;
      // 1. 城市5个: the number that opens the item stays in the text.
      if (line.begin < norm_.to_source.size())
        if (const TextBlock* b = norm_.BlockAt(norm_.to_source[line.begin]); b && b->marker_chars > 0) {
          const std::string_view item = text_.substr(line.begin, line.size());
          size_t i = item.size() - TrimLeft(item).size();
          for (int n = 0; n < b->marker_chars && i < item.size(); ++i)
            if (item[i] != ' ' && (static_cast<unsigned char>(item[i]) & 0xC0) != 0x80) ++n;
          while (i < item.size() && (static_cast<unsigned char>(item[i]) & 0xC0) == 0x80) ++i;
          item_marker_ = {line.begin, line.begin + static_cast<uint32_t>(i)};
        }
      break;
    }
    case Kind::kAnswer:
      inherited_ = question_;
      break;
    case Kind::kQuestion:
      // A question that names no time goes on with the interview's last one
      // (问:过去五年…? … 问:财政实力如何?). One that asks for goals (今年的
      // 增长目标是多少?) makes its answer a plan.
      question_ = interview_;
      // The question itself: up to its question mark (its answer may share
      // the paragraph: 问:…?⏎答:… in Markdown).
      question_span_ = line;
      if (size_t mark = text_.substr(line.begin, line.size()).find('?');
          mark != std::string_view::npos)
        question_span_.end = line.begin + static_cast<uint32_t>(mark + 1);
      {
        // 城镇化和粮食安全方面呢?: asked again of something else, a question
        // about goals still is one.
        std::string_view asked = text_.substr(question_span_.begin, question_span_.size());
        if (EndsWith(asked, "?")) asked.remove_suffix(1);
        const bool follow_up = question_plan_ && !FirstTime(question_span_).set() &&
                               EndsWithAny(TrimRight(asked), lexicon_.follow_up_ends());
        question_plan_ = follow_up || lexicon_.IsTarget(text_.substr(line.begin, line.size()), false);
      }
      break;
    case Kind::kTableHeader:
    case Kind::kTableRow:
      ReadTableRow(line);
      break;
    case Kind::kText: {
      lead_ = item_ = {};
      plan_lead_ = PlanLead(line);
      lead_in_ = lexicon_.LeadsIntoList(TrimRight(text_.substr(line.begin, line.size()))) ? line : Span{};
      item_index_ = static_cast<size_t>(-1);  // the first item after it is 0
      const std::string_view unit = lexicon_.UnitLineUnit(text_.substr(line.begin, line.size()));
      unit_line_ = !unit.empty() && scanner_.IsUnit(unit) ? std::string(unit) : std::string();
      return;  // a unit line stays for a table right after it
    }
  }
  unit_line_.clear();
}

void TimeScene::ReadTableRow(Span line) {
  // Cells between the pipes of the line.
  std::vector<Span> cells;
  std::string_view row = text_.substr(line.begin, line.size());
  size_t open = row.find('|');
  while (open != std::string_view::npos) {
    size_t close = row.find('|', open + 1);
    if (close == std::string_view::npos) break;
    cells.push_back({line.begin + static_cast<uint32_t>(open + 1),
                     line.begin + static_cast<uint32_t>(close)});
    open = close;
  }
  // A Markdown header row stands right above its delimiter row (|---|---|):
  // it opens a table of its own, also right after another table.
  static const re2::RE2 kRule("^[\\s|:\\-—]*$");
  if (in_table_ && line.end < text_.size()) {
    std::string_view next = text_.substr(line.end + 1);
    next = next.substr(0, std::min(next.find('\n'), next.size()));
    if (next.find('|') != std::string_view::npos && next.find('-') != std::string_view::npos &&
        re2::RE2::FullMatch(re2::StringPiece(next.data(), next.size()), kRule))
      in_table_ = false;
  }
  if (!in_table_) {  // the header row
    in_table_ = true;
    columns_.clear();
    column_plans_.clear();
    column_bases_.clear();
    column_parts_.clear();
    column_units_.clear();
    heads_.clear();
    label_ = {};
    // A header cell that is a bare year (2023, as PDF tables write their
    // columns) names it; elsewhere a bare four-digit number is no time.
    static const re2::RE2 kBareYear("\\s*((?:19|20)[0-9]{2})\\s*");
    for (Span c : cells) {
      TimeRef t = FirstTime(c);
      int year = 0;
      const std::string_view cell = text_.substr(c.begin, c.size());
      if (!t.known() && re2::RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), kBareYear,
                                            &year)) {
        t = {year, year, TimeOrigin::kExplicit, "", c};
      }
      columns_.push_back(t);
      // A column of goals (| 2024年预期目标 |) holds targets.
      column_plans_.push_back(lexicon_.IsTarget(cell, false) ||
                              ContainsAny(cell, lexicon_.plan_columns()));
      // A column of changes from a base (| 比上年 |).
      TimeExpr base;
      for (const TimeExpr& e : FindTimeExpressions(cell, c.begin, date_, lexicon_.time_words()))
        if (e.base) {
          base = e;
          break;
        }
      column_bases_.push_back(base);
      // A column of a part of the row's figure (| 其中高等学校 |, | 高校占比 |).
      const ShareWords& shares = lexicon_.share_words();
      const std::string_view name = TrimLeft(TrimRight(cell));
      column_parts_.push_back(
          !t.known() && !base.base &&
                  (ContainsAny(name, shares.part_markers) || ContainsAny(name, shares.of_whole))
              ? std::string(name)
              : std::string());
      Span written;
      column_units_.push_back(CellUnit(c, &written));
      heads_.push_back(written.empty() ? c : Span{c.begin, written.begin});
    }
    // (单位:万项) on the line before the table: the unit over the labels.
    if (!column_units_.empty() && column_units_[0].empty()) column_units_[0] = unit_line_;
    // | 2022年 | 比2018年增长 |, | 2022年 | 比上年 |: a column of changes that
    // names no year of its own holds the changes of the nearest single year
    // on its left; a base counted from another year ([time] anchored_years:
    // 上年) counts from that one.
    for (size_t k = 0; k < columns_.size(); ++k) {
      TimeExpr& base = column_bases_[k];
      if (!base.base || columns_[k].set()) continue;
      for (size_t j = k; j-- > 0;) {
        const TimeRef& year = columns_[j];
        if (!year.known() || year.from_year != year.to_year || !year.part.empty()) continue;
        int from = base.origin == TimeOrigin::kRelative ? 0 : base.to_year;
        const std::string_view cell = text_.substr(base.span.begin, base.span.size());
        for (const std::string& w : lexicon_.anchored_years())
          if (cell.find(w) != std::string_view::npos) from = lexicon_.AnchoredYear(w, year.to_year);
        if (from != 0 && from < year.to_year) {
          columns_[k] = year;
          base.from_year = base.to_year = from;
        }
        break;
      }
    }
    // A column of changes that names no year (Lexicon::IsChangeColumn:
    // | 变化 |, | 同比增长 |). After two or more columns of years that stand
    // together (| 2017年 | 2022年 | 变化 |), each row's change runs from the
    // first year to the last. Otherwise it holds the changes of the nearest
    // single year (or part of one) on its left, the one it belongs to
    // (| 2023年 | 同比增长 |, | 2022年 | 增长 | 2023年 | 增长 |), with the
    // base its words name as they would in prose (同比: the year before; the
    // extractor reads them).
    auto change_column = [&](size_t k) {
      return !columns_[k].set() && !column_bases_[k].base && !column_plans_[k] &&
             lexicon_.IsChangeColumn(text_.substr(cells[k].begin, cells[k].size()));
    };
    auto single_year = [&](size_t k) {
      const TimeRef& t = columns_[k];
      return t.known() && t.from_year == t.to_year && t.part.empty();
    };
    std::vector<size_t> years;  // columns of a single year
    for (size_t k = 0; k < columns_.size(); ++k)
      if (single_year(k) && !column_bases_[k].base) years.push_back(k);
    bool together = years.size() >= 2 &&
                    columns_[years.front()].from_year < columns_[years.back()].from_year;
    for (size_t k = years.empty() ? 0 : years.front(); together && k < years.back(); ++k)
      together = !change_column(k);
    for (size_t k = 0; k < cells.size() && k < columns_.size(); ++k) {
      if (!change_column(k)) continue;
      if (together && k > years.back()) {
        const TimeRef& from = columns_[years.front()];
        columns_[k] = columns_[years.back()];
        TimeExpr base;
        base.span = from.evidence;
        base.from_year = base.to_year = from.from_year;
        base.origin = TimeOrigin::kExplicit;
        base.base = true;
        column_bases_[k] = base;
        continue;
      }
      for (size_t j = k; j-- > 0;) {
        const TimeRef& t = columns_[j];  // a year or a part of one (2024年一季度)
        if (t.known() && t.from_year == t.to_year && !column_bases_[j].base) {
          columns_[k] = t;
          break;
        }
      }
    }
    return;
  }
  if (re2::RE2::FullMatch(re2::StringPiece(row.data(), row.size()), kRule)) return;
  // Units written apart: the column's, else the row label's, else the one
  // over the labels (| 指标(亿元) | 2022年 |), for every value.
  const std::string label_unit = cells.empty() ? std::string() : CellUnit(cells[0], &label_unit_);
  label_above_ = label_;
  if (!cells.empty()) label_ = label_unit_.empty() ? cells[0] : Span{cells[0].begin, label_unit_.begin};
  for (size_t k = 1; k < cells.size() && k < heads_.size(); ++k)
    head_cells_.push_back({cells[k], heads_[k]});
  const std::string table_unit = column_units_.empty() ? std::string() : column_units_[0];
  for (size_t k = 1; k < cells.size(); ++k) {
    const std::string& unit = k < column_units_.size() && !column_units_[k].empty()
                                  ? column_units_[k]
                              : !label_unit.empty() ? label_unit
                                                    : table_unit;
    if (!unit.empty()) unit_cells_.push_back({cells[k], unit});
  }
  for (size_t k = 0; k < cells.size() && k < columns_.size(); ++k) {
    if (column_plans_[k]) plan_cells_.push_back(cells[k]);
    if (column_bases_[k].base) base_cells_.push_back({cells[k], column_bases_[k]});
    if (!column_parts_[k].empty()) part_cells_.push_back({cells[k], column_parts_[k]});
    if (!columns_[k].known()) continue;
    TimeRef t = columns_[k];
    t.origin = TimeOrigin::kSection;
    cells_.push_back({cells[k], t});
  }
}

std::string TimeScene::CellUnit(Span cell, Span* written) const {
  *written = {};
  std::string_view c = TrimRight(text_.substr(cell.begin, cell.size()));
  if (!EndsWith(c, ")")) return "";
  const size_t open = c.rfind('(');
  if (open == std::string_view::npos) return "";
  const std::string_view unit = c.substr(open + 1, c.size() - open - 2);
  if (!scanner_.IsUnit(unit)) return "";
  *written = {cell.begin + static_cast<uint32_t>(open), cell.begin + static_cast<uint32_t>(c.size())};
  return std::string(unit);
}

void TimeScene::Leave(const Sentence& s, const TimeRef& topic) {
  if (!topic.set()) return;
  TimeRef t = topic;
  // 目前,…: a time as of the document carries as one, so the figures after it
  // are as of their document too, not of a year the text states (a part of
  // the document's year, 4月…, is stated).
  if (t.origin != TimeOrigin::kDocument || !t.part.empty()) t.origin = TimeOrigin::kContext;
  topic_ = t;
  if (kind_ == Kind::kText) lead_ = t;
  if (kind_ == Kind::kListItem) item_ = t;
  if (kind_ == Kind::kQuestion) question_ = interview_ = t;
}

void TimeScene::Name(const TimeRef& year) {
  if (year.known() && year.from_year == year.to_year) named_ = year;
}

TimeRef TimeScene::Current() const {
  if (topic_.set()) return topic_;
  if (inherited_.set()) return inherited_;
  for (auto it = sections_.rbegin(); it != sections_.rend(); ++it)
    if (it->time.set()) return it->time;
  return document_;
}

TimeRef TimeScene::Range() const {
  auto range = [](const TimeRef& t) { return t.known() && t.from_year != t.to_year; };
  if (range(topic_)) return topic_;
  if (range(inherited_)) return inherited_;
  for (auto it = sections_.rbegin(); it != sections_.rend(); ++it)
    if (range(it->time)) return it->time;
  return {};
}

Span TimeScene::Question() const {
  if (kind_ == Kind::kAnswer || kind_ == Kind::kQuestion) return question_span_;
  return {};
}

TimeRef TimeScene::PlanPeriod() const {
  for (auto it = sections_.rbegin(); it != sections_.rend(); ++it)
    if (it->plan_period.known()) return it->plan_period;
  return {};
}

bool TimeScene::InPlan() const {
  // (The answer may share the question's paragraph: 问:…?⏎答:… in Markdown.)
  if ((kind_ == Kind::kAnswer || kind_ == Kind::kQuestion) && question_plan_) return true;
  if (kind_ == Kind::kListItem && plan_item_) return true;
  return std::any_of(sections_.begin(), sections_.end(), [](const Section& s) { return s.plan; });
}

void ResolvePeriodEnds(std::string_view text, const DocumentDate& date, const Lexicon& lexicon,
                       const std::vector<std::string_view>& pre,
                       const std::vector<Transition>& transitions,
                       std::vector<Claim>* claims) {
  // The last year of a period; a period not over at the document's date
  // stays as it is (the comparability rule reads it as of the document).
  auto end_of = [&](const TimeRef& t) {
    TimeRef e = t;
    if (date.year == 0 || t.to_year < date.year) e.from_year = t.to_year;
    return e;
  };
  std::vector<bool> done(claims->size(), false);
  // An average annual rate in the sentence (从8.2万亿元增加到23.8万亿元、年均
  // 增长24%) says the change spans several years: a single year of the
  // scene cannot be its ends.
  const bool annual = std::any_of(claims->begin(), claims->end(),
                                  [](const Claim& c) { return c.annual; });
  for (const Transition& tr : transitions) {
    Claim& from = (*claims)[tr.from];
    Claim& to = (*claims)[tr.to];
    // Both ends took the time of one expression (not each its own year)
    // that names a period or a year, not a point (2012年底,…由45.9%提高到
    // 52.6%: the start is not the year before).
    const std::string_view after =
        from.time.evidence.end <= text.size() ? text.substr(from.time.evidence.end) : "";
    // A plan's change over a period of several years (“十三五”时期…由10.23年
    // 提高到10.8年) starts from where the period starts: that level is a fact.
    const bool plan_start = from.target && to.target && from.time.from_year < from.time.to_year;
    if (!from.time.known() || !(from.time == to.time) || (from.target && !plan_start) ||
        from.time.origin == TimeOrigin::kDocument || StartsWithAny(after, lexicon.period_ends()) ||
        (annual && from.time.from_year == from.time.to_year))
      continue;
    const TimeRef period = from.time;
    from.time.from_year = from.time.to_year = period.from_year - 1;
    from.target = from.forecast = false;
    to.time = end_of(period);
    done[tr.from] = done[tr.to] = true;
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    Claim& c = (*claims)[i];
    if (done[i] || c.identifier || !ReviewRange(c.time) || c.cumulative || i >= pre.size())
      continue;
    if (c.target) {
      // A plan's change over the period (人均预期寿命提高1岁) is measured from the
      // year before it too; its levels are goals of the period.
      if (c.change != Direction::kNone && c.base_year == 0 && !c.annual)
        c.base_year = c.time.from_year - 1;
    } else if (c.change == Direction::kNone && !c.annual) {
      if (AfterReachVerb(lexicon, pre[i]) && !ContainsAny(pre[i], lexicon.period_additions()))
        c.time = end_of(c.time);
    } else if (c.base_year == 0 && !c.annual) {
      c.base_year = c.time.from_year - 1;  // 五年来…提高十一点六个百分点
    }
  }
}

}  // namespace factlint
