#include "extract/extractor.h"

#include <cstdio>

#include "extract/extractor_internal.h"
#include "extract/extractor_lexicon.h"
#include "extract/sentence.h"
#include "extract/time.h"
#include "extract/time_scene.h"

namespace factlint {
namespace {

// The sentence ends with 。！？ (not ; or a line break): a goal list is over.
bool EndsSentence(std::string_view text, const Sentence& s) {
  std::string_view t = text.substr(s.span.begin, s.span.size());
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\r'))
    t.remove_suffix(1);
  for (std::string_view end : {"。", "!", "?", "”", "’"})
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return true;
  return false;
}

}  // namespace

std::string DocumentDate::ToString() const {
  if (year == 0) return "unknown";
  char buf[32];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::Load(const std::string& rules_dir,
                                           std::string* error) {
  std::unique_ptr<Extractor> ex(new Extractor());
  ex->scanner_ = QuantityScanner::Load(rules_dir + "/units.toml", error);
  if (!ex->scanner_) return nullptr;
  ex->lexicon_ = Lexicon::Load(rules_dir + "/lexicon.toml", error);
  if (!ex->lexicon_) return nullptr;
  return ex;
}

Normalized Extractor::Normalize(const SourceText& source) const {
  const Lexicon& lexicon = *lexicon_;
  return factlint::Normalize(
      source, [&lexicon](std::string_view cell) { return lexicon.IsChangeColumn(cell); });
}

Extraction Extractor::Extract(const SourceText& source,
                              const Normalized& norm) const {
  Extraction out;
  const std::string& text = norm.text;
  out.date = FindDocumentDate(norm, lexicon_->time_words());
  if (out.date.year == 0) out.date = FindSessionDate(text, lexicon_->session_dating());
  std::vector<Quantity> quantities = scanner_->Scan(text);
  std::erase_if(quantities, [&](const Quantity& q) {
    if (!q.overflow) return false;
    out.problems.push_back({q.span, norm.ToSource(q.span, source.text), q.surface});
    return true;
  });
  DocumentScan doc{text, out.date, *lexicon_,
                   SpanSet(lexicon_->IdentifierSpans(text)),
                   SpanSet(lexicon_->IdiomSpans(text))};
  // The title: front matter or the first Markdown heading, else the first
  // line of a plain-text file when it is short and not a sentence.
  std::string title;
  if (auto it = norm.metadata.find("title"); it != norm.metadata.end()) {
    title = it->second;
  } else if (!source.markdown) {
    size_t b = text.find_first_not_of(" \t\r\n");
    size_t e = b == std::string::npos ? b : text.find('\n', b);
    std::string_view first = b == std::string::npos
                                 ? std::string_view()
                                 : std::string_view(text).substr(b, e == std::string::npos ? e : e - b);
    if (first.size() <= 120 && first.find("。") == std::string_view::npos) title = first;
  }
  doc.scope = lexicon_->TitleScope(title);
  doc.local = "本地:" + source.path;
  ContextFinder context(text, *lexicon_);
  TimeRef period;
  if (auto it = norm.metadata.find("period"); it != norm.metadata.end())
    period = ParsePeriod(it->second);
  TimeScene scene(norm, out.date, period, *lexicon_, *scanner_);
  // After "今年发展主要预期目标是:" the goals may follow on lines of their own,
  // up to the first that ends a sentence (at most a dozen).
  int plan_list_until = -1;  // last paragraph of the goal list
  int plan_list_from = -1;
  size_t qi = 0;
  for (const Sentence& s : SplitSentences(text, lexicon_->abbreviations())) {
    std::vector<const Quantity*> mine;
    while (qi < quantities.size() && quantities[qi].span.begin < s.span.begin) ++qi;
    scene.Enter(s);
    while (qi < quantities.size() && quantities[qi].span.begin < s.span.end) {
      // A bare number in a table cell whose unit the header or the row's
      // label writes apart (| 专利申请数(万项) | 536.46 |) is read with it.
      Quantity& q = quantities[qi++];
      for (const auto& [cell, unit] : scene.unit_cells())
        if (cell.begin <= q.span.begin && q.span.end <= cell.end) scanner_->ReadWithUnit(text, unit, &q);
      mine.push_back(&q);
    }
    bool in_list = s.paragraph > plan_list_from && s.paragraph <= plan_list_until;
    SentenceResult r = ExtractSentence(
        doc, context, s, mine,
        {scene.Current(), scene.Range(), scene.cells(), scene.plan_cells(),
         scene.base_cells(), scene.part_cells(), scene.label_unit(), scene.label_above(),
         scene.head_cells(), scene.Question(),
         in_list || scene.InPlan(), scene.PlanPeriod(), scene.Named(), scene.LeadIn(),
         scene.ItemIndex(), scene.ItemMarker()});
    if (r.opens_plan_list) {
      plan_list_from = s.paragraph;
      plan_list_until = s.paragraph + 12;
    } else if (in_list && EndsSentence(text, s)) {
      plan_list_until = s.paragraph;
    }
    scene.Leave(s, r.topic_time);
    scene.Name(r.named_year);
    size_t base = out.claims.size();
    for (Claim& c : r.claims) {
      c.source_span = norm.ToSource(c.span, source.text);
      if (!c.time.evidence.empty()) c.time.evidence = norm.ToSource(c.time.evidence, source.text);
      out.claims.push_back(std::move(c));
    }
    for (Transition t : r.transitions) {
      t.from += base;
      t.to += base;
      out.transitions.push_back(t);
    }
  }
  return out;
}

}  // namespace factlint
