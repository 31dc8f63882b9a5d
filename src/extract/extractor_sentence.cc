// The per-sentence step of the extractor: which quantities are claims, their
// time, change, base year, target flag, subject and context, and the
// transitions between them.
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "base/strings.h"
#include "extract/extractor_internal.h"
#include "extract/quantity_words.h"
#include "extract/sentence_time.h"
#include "extract/time.h"
#include "extract/time_scene.h"

namespace factlint {
namespace {

// An idiom overlaps the quantity and is not just a part of a longer number
// (之一 inside 三分之一).
bool InIdiom(const SpanSet& idioms, Span q) {
  for (Span x : idioms.Overlapping(q)) {
    bool holds = q.begin <= x.begin && x.end <= q.end && q.size() > x.size();
    if (!holds) return true;
  }
  return false;
}

// Start of a quantity, its qualifier included.
uint32_t BeginOf(const Quantity& q) {
  if (!q.qualifier_span.empty() && q.qualifier_span.begin < q.span.begin) {
    return q.qualifier_span.begin;
  }
  return q.span.begin;
}

// A bare four-digit number such as 2024 in "2024中关村论坛" names an event.
bool YearLike(const Quantity& q) {
  if (q.kind != ClaimKind::kCardinal || !q.unit.empty() ||
      q.qualifier != Qualifier::kNone || q.chinese_numerals ||
      q.surface.size() != 4 ||
      !std::all_of(q.surface.begin(), q.surface.end(),
                   [](char ch) { return ch >= '0' && ch <= '9'; }))
    return false;
  int year = std::stoi(q.surface);
  return year >= 1900 && year <= 2100;
}

bool IsChangeKind(ClaimKind k) {
  return k == ClaimKind::kPercent || k == ClaimKind::kPercentPoints ||
         k == ClaimKind::kMultiple || k == ClaimKind::kFraction;
}

// `pre` without the qualifiers and particles that may stand between a verb
// and its number (增长了, 达到约).
std::string_view BeforeQualifiers(const Lexicon& lex, std::string_view pre) {
  for (bool changed = true; changed;) {
    changed = false;
    pre = TrimRight(pre);
    for (std::string_view f : lex.verb_fillers()) {
      if (EndsWith(pre, f)) {
        pre.remove_suffix(f.size());
        changed = true;
        break;
      }
    }
  }
  return pre;
}

// `pre` ends with the word `v`; an English word is a word of its own (the
// up of setup is none).
bool EndsWithWord(std::string_view pre, std::string_view v) {
  if (v.empty() || !EndsWith(pre, v)) return false;
  const size_t b = pre.size() - v.size();
  return !IsAsciiLetter(static_cast<unsigned char>(v.front())) || b == 0 ||
         !IsAsciiLetter(static_cast<unsigned char>(pre[b - 1]));
}

// `pre` ends with a comparison and its base, in one clause: 比去年, 较2016年,
// 与上年相比 ([context] comparisons, comparisons_alone).
bool AfterComparison(const Lexicon& lex, std::string_view pre) {
  constexpr size_t kMaxBase = 8 * 3;  // 比上年同期, 比2016年: a few characters
  for (const auto* list : {&lex.comparisons(), &lex.comparisons_alone()})
    for (const std::string& w : *list) {
      const size_t at = pre.rfind(w);
      if (at == std::string_view::npos) continue;
      const std::string_view base = pre.substr(at + w.size());
      if (base.size() <= kMaxBase && base.find_first_of(",;:") == std::string_view::npos &&
          (list == &lex.comparisons_alone() ? base.empty() : !base.empty()))
        return true;
    }
  return false;
}

// The direction a change verb right before a number states (增长48%), and
// whether an average word stands before the verb (年均增长25.5%).
Direction ChangeBefore(const Lexicon& lex, std::string_view pre, bool* annual) {
  *annual = false;
  pre = BeforeQualifiers(lex, pre);
  size_t best = 0;
  Direction dir = Direction::kNone;
  // An English verb is a word of its own: the up of setup is none.
  auto ends_with = [&](const std::string& v) { return EndsWithWord(pre, v); };
  for (const std::string& v : lex.up_verbs()) {
    if (v.size() > best && ends_with(v)) { best = v.size(); dir = Direction::kUp; }
  }
  for (const std::string& v : lex.down_verbs()) {
    if (v.size() > best && ends_with(v)) { best = v.size(); dir = Direction::kDown; }
  }
  // 比去年多100万人: a word that states a change only after a comparison.
  if (dir == Direction::kNone) {
    for (const auto& [list, d] : {std::pair(&lex.compared_up_verbs(), Direction::kUp),
                                  std::pair(&lex.compared_down_verbs(), Direction::kDown)})
      for (const std::string& v : *list)
        if (v.size() > best && ends_with(v) &&
            AfterComparison(lex, TrimRight(pre.substr(0, pre.size() - v.size())))) {
          best = v.size();
          dir = d;
        }
  }
  // A level verb that ends with the change verb states a level: 新增 is not 增.
  for (const std::string& v : lex.level_verbs()) {
    if (v.size() > best && ends_with(v)) return Direction::kNone;
  }
  if (dir != Direction::kNone) {
    std::string_view rest = TrimRight(pre.substr(0, pre.size() - best));
    for (std::string_view terms : lex.change_terms()) {  // 年均实际增长
      if (EndsWith(rest, terms)) rest = TrimRight(rest.substr(0, rest.size() - terms.size()));
    }
    for (const std::string& w : lex.average_words()) {
      if (EndsWith(rest, w)) *annual = true;
    }
  }
  return dir;
}

// True when a level or change verb stands right before the number (为5%,
// 涨幅达3%, 增长5%); false for a figure that follows its noun (涨幅3%左右).
bool VerbBefore(const Lexicon& lex, std::string_view pre) {
  auto ends_with_verb = [&](std::string_view p) {
    for (const auto* list : {&lex.level_verbs(), &lex.up_verbs(), &lex.down_verbs()})
      for (const std::string& v : *list)
        if (EndsWithWord(p, v)) return true;
    return false;
  };
  return ends_with_verb(TrimRight(pre)) || ends_with_verb(BeforeQualifiers(lex, pre));
}

// In a sentence that corrects an earlier text (one holding a [corrections]
// word: 更正, 有误, 应为, 勘误), the quoted passages (“…”), what stands between 原文
// and 应为 and what follows 而非 in its clause: the wrong figures.
std::vector<Span> CorrectedSpans(const Lexicon& lex, std::string_view text, const Sentence& sen) {
  std::vector<Span> out;
  const Span sentence = sen.span;
  std::string_view s = text.substr(sentence.begin, sentence.size());
  for (size_t open = s.find("“"); open != std::string_view::npos; open = s.find("“", open + 3)) {
    size_t close = s.find("”", open + 3);
    if (close == std::string_view::npos) break;
    out.push_back({sentence.begin + static_cast<uint32_t>(open),
                   sentence.begin + static_cast<uint32_t>(close + 3)});
  }
  size_t from = FindFirstWord(s, lex.correction_originals());
  if (from != std::string_view::npos) {
    size_t to = FindFirstWord(s, lex.correction_replacements(), from);
    // The passage starts after 原文, which names nothing of its figures.
    for (const std::string& w : lex.correction_originals())
      if (!w.empty() && s.substr(from).starts_with(w)) {
        from += w.size();
        break;
      }
    if (to != std::string_view::npos)
      out.push_back({sentence.begin + static_cast<uint32_t>(from),
                     sentence.begin + static_cast<uint32_t>(to)});
  }
  for (size_t at = FindFirstWord(s, lex.correction_insteads()); at != std::string_view::npos;
       at = FindFirstWord(s, lex.correction_insteads(), at + 1)) {
    const uint32_t begin = sentence.begin + static_cast<uint32_t>(at);
    out.push_back({begin, ClauseAt(sen, begin).end});
  }
  return out;
}

// The corrected figure of a correction: a figure right after one of
// [corrections] replacement (…有误,应为8万吨). Returns where that word starts
// in `pre` (the figure's words before it), or npos.
size_t ReplacementBefore(const Lexicon& lex, std::string_view pre) {
  const std::string_view t = TrimRight(pre);
  for (const std::string& w : lex.correction_replacements())
    if (!w.empty() && EndsWith(t, w)) return t.size() - w.size();
  return std::string_view::npos;
}

// Longest stretch of a clause read for one claim's own words (bytes).
constexpr uint32_t kLocalWindow = 360;

// The claim's clause, cut to kLocalWindow bytes before the number and a third
// of that after it, on character boundaries.
Span LocalClause(std::string_view text, Span clause, uint32_t begin, uint32_t end) {
  Span w = clause;
  if (begin > w.begin + kLocalWindow) w.begin = begin - kLocalWindow;
  if (w.end > end + kLocalWindow / 3) w.end = end + kLocalWindow / 3;
  while (w.begin < begin && (static_cast<unsigned char>(text[w.begin]) & 0xC0) == 0x80) ++w.begin;
  while (w.end > end && w.end < text.size() &&
         (static_cast<unsigned char>(text[w.end]) & 0xC0) == 0x80)
    --w.end;
  return w;
}

// The place of a claim at `offset` in its sentence: the last mark before it.
std::string ScopeAt(const std::vector<ScopeMark>& marks, uint32_t offset,
                    const DocumentScan& doc) {
  auto it = std::upper_bound(marks.begin(), marks.end(), offset,
                             [](uint32_t o, const ScopeMark& m) { return o < m.end; });
  if (it == marks.begin()) return doc.scope;
  const ScopeMark* last = &*(it - 1);
  switch (last->kind) {
    case ScopeMark::kRegion: return last->text;
    case ScopeMark::kNational: return "";
    case ScopeMark::kLocal: return doc.scope.empty() ? doc.local : doc.scope;
  }
  return doc.scope;
}

// The clause before a change's number names no subject of its own: only
// fillers, bases, change verbs and qualifiers (,增长7.1%; 比上年提高0.5个百分点).
bool Subjectless(const Lexicon& lex, std::string_view pre) {
  return re2::RE2::FullMatch(re2::StringPiece(pre.data(), pre.size()), lex.subjectless_change());
}

// A claimless clause that ends with a change verb (国内旅游快速增长,
// 版权登记同样保持较快增长:) states a change of its own subject: it is no
// scene of the figures after it, and its words are not theirs (unless it
// names their subject: 研发人员总量稳步扩大,由…增加到…).
bool StatesAChange(const Lexicon& lex, std::string_view clause) {
  clause = TrimRight(clause);
  if (EndsWith(clause, ":")) clause = TrimRight(clause.substr(0, clause.size() - 1));
  for (const auto* verbs : {&lex.up_verbs(), &lex.down_verbs()})
    for (const std::string& v : *verbs)
      if (!v.empty() && clause.size() > v.size() && EndsWith(clause, v)) return true;
  return false;
}

// 同比 before the claim in its clause, or year-on-year / from a year earlier
// anywhere in its clause ([time] previous_year_bases): the base is the year
// before the claim's. Chinese words count before the figure only (同比增长5%).
bool PreviousYearBase(const DocumentScan& doc, std::string_view pre, Span claim, Span clause) {
  const std::string_view text = doc.text;
  const std::string_view post =
      claim.end < clause.end ? text.substr(claim.end, clause.end - claim.end) : std::string_view();
  for (const std::string& w : doc.lexicon.time_words().lists().previous_year_bases) {
    if (pre.find(w) != std::string_view::npos) return true;
    if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80 && post.find(w) != std::string_view::npos)
      return true;
  }
  return false;
}

// 由A提升至B: the verb between the two claims ([transitions]) and its
// direction.
Direction TransitionVerb(const Lexicon& lex, std::string_view gap) {
  std::string verb;
  if (!re2::RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), lex.transition_verb(),
                              &verb)) {
    return Direction::kNone;
  }
  for (const std::string& d : lex.transition_down()) {
    if (verb == d) return Direction::kDown;
  }
  return Direction::kUp;
}

// The sentence's last clause names a plan and ends in a colon with nothing
// after it (今年发展主要预期目标是:), or in a word of [targets] list_ends
// (主要安排如下表。): a goal list or table follows on lines of its own.
bool OpensPlanList(const DocumentScan& doc, const Sentence& s, const std::vector<bool>& has_claim) {
  if (s.clauses.empty() || has_claim.back()) return false;
  const std::string_view text = doc.text;
  const Span last = s.clauses.back();
  // The ending first: few clauses lead into a list, and it is cheaper to
  // tell than a target (an RE2 search).
  if (!doc.lexicon.LeadsIntoList(TrimRight(text.substr(last.begin, s.span.end - last.begin))))
    return false;
  // A goal named (主要预期目标是:) or a plan that sets out what follows
  // (报告提出的主要财政安排如下:, [targets] governs).
  const std::string_view words = TrimRight(text.substr(last.begin, last.size()));
  // Or names a plan's figures (财政赤字安排:, [targets] plan_lead_ends).
  const bool colon = EndsWith(TrimRight(text.substr(last.begin, s.span.end - last.begin)), ":");
  return doc.lexicon.IsTarget(words, false) || doc.lexicon.GovernsPlan(words) ||
         (colon && EndsWithAny(words, doc.lexicon.plan_lead_ends()));
}

}  // namespace

SentenceResult ExtractSentence(const DocumentScan& doc,
                               const ContextFinder& context, const Sentence& s,
                               const std::vector<const Quantity*>& quantities,
                               const SentenceScene& scene) {
  SentenceResult r;
  std::string_view text = doc.text;
  const SentenceTimes st = ReadSentenceTimes(doc, s, quantities, scene.time, scene.named);
  const std::vector<TimeExpr>& times = st.times;
  const std::vector<PartExpr>& parts = st.parts;
  std::vector<Span> time_spans;
  for (const TimeExpr& t : times) {
    time_spans.push_back(t.span);
    // The last single year named, for 同年 in the sentences after it.
    if (!t.base && !t.name && !t.edition && t.from_year != 0 && t.from_year == t.to_year &&
        (t.origin == TimeOrigin::kExplicit || t.origin == TimeOrigin::kRelative))
      r.named_year = {t.from_year, t.to_year, t.origin, "", t.span};
  }
  r.topic_time = st.topic;

  // 1. Which quantities become claims. A correction (更正:原文“524家…”有误,
  // 应为525家) quotes the wrong figure: it is not a claim.
  const bool correction = !quantities.empty() &&
                          ContainsAny(text.substr(s.span.begin, s.span.size()),
                                      doc.lexicon.correction_words());
  const std::vector<Span> corrected =
      correction ? CorrectedSpans(doc.lexicon, text, s) : std::vector<Span>();
  std::vector<const Quantity*> kept;
  // The wrong figures, each with the passage it is quoted in, in order.
  std::vector<std::pair<const Quantity*, Span>> retracted;
  std::vector<Span> skip = time_spans;
  // Times and parts of a year hold numbers that are not claims (前11个月).
  std::vector<Span> time_and_part_spans = time_spans;
  for (const PartExpr& p : parts) time_and_part_spans.push_back(p.span);
  const SpanSet in_time_set(std::move(time_and_part_spans));
  for (const Quantity* q : quantities) {
    skip.push_back({BeginOf(*q), q->span.end});
    if (q->kind == ClaimKind::kYear) continue;
    if (auto w = std::find_if(corrected.begin(), corrected.end(),
                              [&](Span w) { return w.begin <= q->span.begin && q->span.end <= w.end; });
        w != corrected.end()) {
      retracted.push_back({q, *w});
      continue;
    }
    if (InIdiom(doc.idiom_spans, q->span)) continue;
    if (in_time_set.AnyContaining(q->span)) continue;
    kept.push_back(q);
  }
  // A sentence without claims only tells whether a goal list follows it.
  if (kept.empty()) {
    r.opens_plan_list = OpensPlanList(doc, s, std::vector<bool>(s.clauses.size(), false));
    return r;
  }
  for (Span id : doc.identifier_spans.Overlapping(s.span)) {
    // A list number's pattern takes the character after it too (1.单): the
    // item's number is what the item marks as one.
    if (id.begin < scene.item_marker.end && id.end > scene.item_marker.end)
      id.end = scene.item_marker.end;
    skip.push_back(id);
  }

  // 2. The claims themselves, and the index of each one's clause in
  // s.clauses (s.clauses.size() for none).
  std::vector<size_t> clause_of;
  for (const Quantity* q : kept) {
    Claim c;
    c.span = q->span;
    c.surface = q->surface;
    c.kind = q->kind;
    c.value = q->value;
    c.dimension = q->dimension;
    c.unit = q->unit;
    c.qualifier = q->qualifier;
    c.qualifier_span = q->qualifier_span;
    // (A list item's number, (2) too, names the item.)
    c.identifier = doc.identifier_spans.AnyOverlapping(q->span) || YearLike(*q) ||
                   (scene.item_marker.begin <= q->span.begin && q->span.end <= scene.item_marker.end);
    c.sentence = s.span;
    clause_of.push_back(ClauseIndexAt(s, q->span.begin));
    c.clause = clause_of.back() < s.clauses.size() ? s.clauses[clause_of.back()] : s.span;
    r.claims.push_back(std::move(c));
  }

  // Clauses that hold a real claim; the claimless clauses just before a
  // claim's clause set its scene ("在全球工业研发投入2000强企业,…").
  // (A real claim on no clause, on a delimiter, has the sentence as clause.)
  std::vector<bool> has_claim(s.clauses.size(), false);
  bool claim_off_clauses = false;
  for (size_t i = 0; i < r.claims.size(); ++i) {
    if (r.claims[i].identifier) continue;
    if (clause_of[i] < s.clauses.size()) has_claim[clause_of[i]] = true;
    else claim_off_clauses = true;
  }

  // A claimless clause that names a plan and ends in a colon (今年发展主要预期
  // 目标是:) or opens one (到2020年,) makes the rest of the sentence a plan.
  // A clause that opens with a plan verb (力争, 预计 …) is a plan with the
  // rest of its sentence. A goal list set out after "目标是:" on lines of
  // their own is a plan throughout (in_plan_list).
  uint32_t target_from = scene.in_plan ? s.span.begin : s.span.end;
  for (size_t k = 0; k < s.clauses.size() && target_from == s.span.end; ++k) {
    Span cl = s.clauses[k];
    std::string_view words = text.substr(cl.begin, cl.size());
    bool colon = cl.end < text.size() && text[cl.end] == ':';
    if (!has_claim[k] && ((colon && doc.lexicon.IsTarget(words, false)) ||
                          doc.lexicon.IsPlanOpener(words, doc.date.year))) {
      target_from = cl.end;
    } else if (doc.lexicon.LeadsPlan(words) || doc.lexicon.GovernsPlan(words)) {
      target_from = cl.begin;
    }
  }
  r.opens_plan_list = OpensPlanList(doc, s, has_claim);

  // 2023年和2024年…分别为x和y, 一季度和二季度分别增长5.3%和4.7%: the k-th
  // value after 分别 belongs to the k-th time (or part) named before it.
  const size_t fenbie = FindFirstWord(text.substr(s.span.begin, s.span.size()),
                                      doc.lexicon.respectively());
  const uint32_t fenbie_at =
      fenbie == std::string_view::npos ? s.span.end : s.span.begin + static_cast<uint32_t>(fenbie);
  // The list is what stands between the last figure before 分别 and it: in
  // 2015年的报告回顾说,上一年新开工666万套,城乡低保标准分别提高9.97%和14.1%
  // no time is listed.
  uint32_t list_from = s.span.begin;
  for (const Claim& c : r.claims)
    if (!c.identifier && c.span.end <= fenbie_at) list_from = std::max(list_from, c.span.end);
  std::vector<const TimeExpr*> listed_times;
  for (const TimeExpr& t : times)
    if (!t.base && !t.name && t.from_year != 0 && t.span.begin >= list_from && t.span.end <= fenbie_at)
      listed_times.push_back(&t);
  std::vector<const PartExpr*> listed_parts;
  for (const PartExpr& p : parts)
    if (p.span.begin >= list_from && p.span.end <= fenbie_at) listed_parts.push_back(&p);
  std::vector<size_t> after_fenbie;  // claims of the 分别 clause after it, in order
  const Span fenbie_clause = ClauseAt(s, fenbie_at);
  for (size_t i = 0; i < r.claims.size(); ++i)
    if (!r.claims[i].identifier && r.claims[i].span.begin > fenbie_at &&
        r.claims[i].clause == fenbie_clause)
      after_fenbie.push_back(i);

  // Per sentence, once: where places are named (each claim takes the last
  // one before it), which clauses are plans, the content words of clauses.
  const std::vector<ScopeMark> scope_marks =
      doc.lexicon.ScopeMarks(text.substr(s.span.begin, s.span.size()));
  std::map<std::pair<uint32_t, bool>, bool> target_of_clause;  // by clause, period over
  const SpanSet skip_set(skip);
  std::map<size_t, std::vector<std::string>> words_of_clause;
  auto LocalWords = [&](size_t k) -> const std::vector<std::string>& {
    auto it = words_of_clause.find(k);
    if (it == words_of_clause.end()) {
      Span cl = s.clauses[k];
      // 2. 单位87个: the item's number is none of its words (the word
      // iterator would read 2.单位 as one).
      if (cl.begin < scene.item_marker.end && scene.item_marker.end <= cl.end)
        cl.begin = scene.item_marker.end;
      if (cl.size() > kLocalWindow) cl = {cl.end - kLocalWindow, cl.end};
      while (cl.begin < cl.end && (static_cast<unsigned char>(text[cl.begin]) & 0xC0) == 0x80)
        ++cl.begin;
      it = words_of_clause.emplace(k, context.ContentWords(cl, skip_set)).first;
    }
    return it->second;
  };
  // Where the sentence's first real claim starts, and where the real claims
  // before each claim end (for comparison bases).
  uint32_t first_claim = s.span.end;
  std::vector<uint32_t> claim_end_before(r.claims.size(), s.span.begin);
  for (size_t j = 0, floor = s.span.begin; j < r.claims.size(); ++j) {
    claim_end_before[j] = static_cast<uint32_t>(floor);
    if (r.claims[j].identifier) continue;
    first_claim = std::min(first_claim, r.claims[j].span.begin);
    floor = std::max<size_t>(floor, r.claims[j].span.end);
  }
  // Bases in a claimless clause before the first claim govern the sentence.
  std::vector<bool> governing_base(times.size(), false);
  for (size_t k = 0; k < times.size(); ++k) {
    if (!times[k].base || times[k].span.end > first_claim) continue;
    const size_t tc = ClauseIndexAt(s, times[k].span.begin);
    governing_base[k] = tc < s.clauses.size() ? !has_claim[tc] : !claim_off_clauses;
  }
  // The base expressions in order; for each, the last governing one up to it
  // (so each claim finds its base by binary search).
  std::vector<size_t> bases;
  std::vector<size_t> last_governing;  // index in `times`, or times.size()
  for (size_t k = 0; k < times.size(); ++k) {
    if (!times[k].base) continue;
    const size_t before = last_governing.empty() ? times.size() : last_governing.back();
    bases.push_back(k);
    last_governing.push_back(governing_base[k] ? k : before);
  }
  std::vector<size_t> listed_index(r.claims.size(), after_fenbie.size());
  for (size_t k = 0; k < after_fenbie.size(); ++k) listed_index[after_fenbie[k]] = k;

  // A table row: the label in its first cell.
  std::string row_label;
  uint32_t row_label_end = 0;
  Direction row_change = Direction::kNone;  // a label naming only a change
  {
    std::string_view row = TrimLeft(text.substr(s.span.begin, s.span.size()));
    const size_t close = StartsWith(row, "|") ? row.find('|', 1) : std::string_view::npos;
    if (close != std::string_view::npos) {
      const uint32_t label_begin = static_cast<uint32_t>(row.data() - text.data() + 1);
      uint32_t label_end = label_begin + static_cast<uint32_t>(close - 1);
      if (!scene.label_unit.empty() && scene.label_unit.end <= label_end)
        label_end = scene.label_unit.begin;
      row_label = context.RowSubject({label_begin, label_end}, time_spans);
      // | 国内生产总值(万亿元) | 74.4 | over | 比上年增长(%) | 6.7 |: a label
      // that names only a change is the change of the row above.
      const std::string_view label =
          TrimLeft(TrimRight(text.substr(label_begin, label_end - label_begin)));
      if (!label.empty() && !scene.label_above.empty() && Subjectless(doc.lexicon, label)) {
        bool annual = false;
        row_change = ChangeBefore(doc.lexicon, label, &annual);
        if (row_change != Direction::kNone)
          row_label = context.RowSubject(scene.label_above, time_spans);
      }
      row_label_end = static_cast<uint32_t>(row.data() - text.data() + close);
    }
  }
  std::vector<std::string_view> pre_of(r.claims.size());
  // The nearest real claim so far, and the nearest with a subject (for
  // claims that name none); the question's subject, once read.
  size_t last_real = r.claims.size(), last_with_subject = r.claims.size();
  bool question_read = false;
  bool lead_in_read = false;
  std::vector<Span> lead_in_times;
  std::vector<std::string> lead_in_words;
  Span lead_in_clause;  // the lead-in's last clause
  std::string question_subject;
  std::vector<std::string> question_subject_words;
  // 城乡低保标准分别提高9.97%和14.1%: the place (1, 2 …) of a figure after
  // 分别 that neither items nor times nor parts pair with anything; 0 else.
  std::vector<size_t> respective(r.claims.size(), 0);
  for (size_t i = 0; i < r.claims.size(); ++i) {
    Claim& c = r.claims[i];
    const Quantity& q = *kept[i];
    const uint32_t begin = BeginOf(q);
    size_t listed = listed_index[i];

    // Time: its own, its table cell's, else the scene's.
    const TimeExpr* listed_time =
        listed < after_fenbie.size() && listed_times.size() >= 2 &&
                listed_times.size() == after_fenbie.size()
            ? listed_times[listed]
            : nullptr;
    const PartExpr* listed_part =
        listed < after_fenbie.size() && listed_parts.size() >= 2 &&
                listed_parts.size() == after_fenbie.size()
            ? listed_parts[listed]
            : nullptr;
    c.time = ClaimTime(st, {begin, q.span.end}, s, listed_time, listed_part, scene.cells,
                       scene.time, scene.range);

    // Base year: 较2020年, 比上年, 较“十三五”末, 同比; also in a clause of its
    // own before the claim (与2020年相比,2024年…增长42%) when no other claim
    // stands between.
    // What a claim's own words are read from: its clause, but at most a
    // window of it before the number (a table or a list without commas can
    // make one clause of thousands of characters; reading all of it for
    // every claim made extraction quadratic).
    Span local = LocalClause(text, c.clause, begin, q.span.end);
    // 1. 城市5个: the item's number is none of its words.
    if (local.begin < scene.item_marker.end && scene.item_marker.end <= begin)
      local.begin = scene.item_marker.end;
    std::string_view pre = text.substr(local.begin, begin - std::min(begin, local.begin));
    if (begin < local.begin) pre = {};
    pre_of[i] = pre;
    // A correction's figure (…有误,应为8万吨) is read without its 应为; it
    // corrects the last wrong figure of its kind before it, and takes that
    // figure's time when its own clause names none.
    const std::pair<const Quantity*, Span>* corrects = nullptr;
    uint32_t subject_end = begin;
    if (correction) {
      if (const size_t at = ReplacementBefore(doc.lexicon, pre); at != std::string_view::npos) {
        subject_end = local.begin + static_cast<uint32_t>(at);
        for (const auto& r : retracted)
          if (r.first->span.end <= begin && r.first->dimension == q.dimension) corrects = &r;
      }
    }
    if (corrects != nullptr &&
        std::none_of(time_spans.begin(), time_spans.end(),
                     [&](Span t) { return t.begin >= c.clause.begin && t.end <= begin; })) {
      const Quantity& wrong = *corrects->first;
      c.time = ClaimTime(st, {BeginOf(wrong), wrong.span.end}, s, nullptr, nullptr, scene.cells,
                         scene.time, scene.range);
      // A day named outside the wrong passage (本报4月27日…一文中) dates the
      // text corrected, not its figure.
      if (std::none_of(parts.begin(), parts.end(), [&](const PartExpr& p) {
            return p.span.begin >= corrects->second.begin && p.span.end <= wrong.span.begin;
          }))
        c.time.part = Word();
    }
    // A base in a claimless clause before the sentence's first claim
    // (同2012年相比,…增长1.5倍,…增长20.5%) governs every change of the sentence.
    // The last base before the claim that starts after the claims before
    // it (or in its clause), else the last governing one.
    const uint32_t base_floor = std::min(claim_end_before[i], c.clause.begin);
    const size_t n_before = static_cast<size_t>(
        std::partition_point(bases.begin(), bases.end(),
                             [&](size_t k) { return times[k].span.end <= begin; }) -
        bases.begin());
    size_t base_index = times.size();
    if (n_before > 0) {
      base_index = times[bases[n_before - 1]].span.begin >= base_floor
                       ? bases[n_before - 1]
                       : last_governing[n_before - 1];
    }
    // English: a base after the figure in its clause (up 48% from 2020).
    if (n_before < bases.size() && times[bases[n_before]].trails_from <= begin)
      base_index = bases[n_before];
    // The year a base names: 上年 is the year before the claim's.
    auto base_year = [&](const TimeExpr& t) {
      std::string_view w = text.substr(t.span.begin, t.span.size());
      const auto& names = doc.lexicon.previous_year_names();
      bool previous = std::find(names.begin(), names.end(), w) != names.end();
      return previous && c.time.known() ? c.time.to_year - 1 : t.to_year;
    };
    if (base_index < times.size()) c.base_year = base_year(times[base_index]);
    // A cell under a base's column header (| 比上年 |), unless the cell says
    // it holds a share (| 占申请总数35.18% |), which has no base.
    for (const auto& [cell, t] : scene.base_cells)
      if (c.base_year == 0 && cell.begin <= begin && c.span.end <= cell.end &&
          !ContainsAny(text.substr(cell.begin, begin - cell.begin),
                       doc.lexicon.share_words().marks))
        c.base_year = base_year(t);
    // A table cell is read with its column's header before it (| 同比增长 |
    // over 85.8% as 同比增长85.8%).
    std::string_view head;
    for (const auto& [cell, h] : scene.head_cells)
      if (cell.begin <= begin && c.span.end <= cell.end)
        head = TrimLeft(TrimRight(text.substr(h.begin, h.size())));
    if (c.base_year == 0 && c.time.known() &&
        (PreviousYearBase(doc, pre, c.span, c.clause) || PreviousYearBase(doc, head, {}, {})))
      c.base_year = c.time.to_year - 1;

    // Change: 增长48%, 下降0.5个百分点, 比上年增加1.6万亿元; "和36.0%" repeats
    // the verb before it.
    if (!c.identifier && (IsChangeKind(c.kind) || c.kind == ClaimKind::kCardinal)) {
      c.change = ChangeBefore(doc.lexicon, pre, &c.annual);
      if (c.change == Direction::kNone) c.change = q.change;  // doubled, halved
      // A table cell: the change its row's label (| 比上年增长(%) |) or its
      // column's header (| 总量比2018年增长 |) names.
      if (c.change == Direction::kNone && begin >= row_label_end && row_label_end != 0) {
        c.change = row_change;
        if (c.change == Direction::kNone && !head.empty()) {
          bool annual = false;
          c.change = ChangeBefore(doc.lexicon, head, &annual);
          c.annual = annual;
        }
      }
      std::string_view tp = TrimRight(pre);
      if (c.change == Direction::kNone && i > 0 && r.claims[i - 1].clause == c.clause &&
          std::any_of(doc.lexicon.list_joiners().begin(), doc.lexicon.list_joiners().end(),
                      [&](const std::string& j) { return EndsWith(tp, j); })) {
        c.change = r.claims[i - 1].change;
        c.annual = r.claims[i - 1].annual;
        if (c.base_year == 0) c.base_year = r.claims[i - 1].base_year;
      }
      if (c.change != Direction::kNone) {
        c.subjectless = Subjectless(doc.lexicon, pre);
        auto any_in = [](std::string_view where, const std::vector<std::string>& words) {
          return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
            return where.find(w) != std::string_view::npos;
          });
        };
        // The measure is the change's own, or, for a change without a
        // subject (,比上年增长5.0%), that of the clause before it.
        std::string_view before;
        const size_t ci = clause_of[i];
        if (ci > 0 && ci < s.clauses.size())
          before = text.substr(s.clauses[ci - 1].begin, s.clauses[ci - 1].size());
        c.real = any_in(pre, doc.lexicon.real_words()) ||
                 any_in(pre, doc.lexicon.real_measures()) ||
                 (c.subjectless && any_in(before, doc.lexicon.real_measures()));
      }
    }

    // 年均增长13.4% under 过去五年 after a sentence that opened with 2012年底:
    // an average annual rate is over several years, not the one carried.
    if (c.annual && c.time.from_year == c.time.to_year && scene.range.known() &&
        (c.time.origin == TimeOrigin::kContext || c.time.origin == TimeOrigin::kSection ||
         c.time.origin == TimeOrigin::kDocument || c.time.origin == TimeOrigin::kConfigured))
      c.time = scene.range;

    // 全年 under a period of several years carried from the section or the
    // paragraph (# “十二五”收官 … 全年新登记注册企业增长21.6%) is one year: the
    // period's last that is over at the document's date (2016 for a
    // “十三五” paragraph of a report of 2017).
    if (c.time.from_year != c.time.to_year && c.time.known() &&
        (c.time.origin == TimeOrigin::kContext || c.time.origin == TimeOrigin::kSection) &&
        ContainsAny(text.substr(s.span.begin, s.span.size()), doc.lexicon.whole_year_words())) {
      const int last = doc.date.year ? std::min(c.time.to_year, doc.date.year - 1) : c.time.to_year;
      if (last >= c.time.from_year) c.time.from_year = c.time.to_year = last;
    }

    // 累计 over several years (“十四五”期间累计…) is a total of the period,
    // not a year's value; 全年累计 is the year's.
    c.cumulative = c.time.from_year != c.time.to_year &&
                   std::any_of(doc.lexicon.cumulative_words().begin(),
                               doc.lexicon.cumulative_words().end(),
                               [&](const std::string& w) { return pre.find(w) != std::string_view::npos; });
    c.scope = ScopeAt(scope_marks, begin - s.span.begin, doc);
    // 控制在 ([targets] aims) about a period already over reports an outcome.
    const bool period_over = c.time.known() && doc.date.year != 0 && c.time.to_year < doc.date.year;
    auto clause_target = target_of_clause.find({c.clause.begin, period_over});
    if (clause_target == target_of_clause.end())
      clause_target =
          target_of_clause
              .emplace(std::make_pair(c.clause.begin, period_over),
                       doc.lexicon.IsTarget(text.substr(c.clause.begin, c.clause.size()), period_over))
              .first;
    const bool period_ahead = c.time.known() && doc.date.year != 0 && c.time.to_year > doc.date.year &&
                              (c.time.origin == TimeOrigin::kExplicit || c.time.origin == TimeOrigin::kRelative);
    c.target = period_ahead || c.clause.begin >= target_from || clause_target->second ||
               std::any_of(scene.plan_cells.begin(), scene.plan_cells.end(),
                           [&](Span cell) { return cell.begin <= begin && q.span.end <= cell.end; });
    // What a plan holds as issued (《建设方案》明确…部署了50项重点任务) is a
    // fact about the plan, not a goal, whatever governs its sentence.
    if (c.target && q.span.end <= c.clause.end &&
        doc.lexicon.CountsPlanContents(pre, text.substr(q.span.end, c.clause.end - q.span.end)))
      c.target = false;
    // A forecast word in the claim's own clause, before it (预计全年…2.72%左右;
    // not 预计今年财政收入继续恢复增长,…支出规模28.5万亿元, a budget).
    c.forecast = c.target && begin >= c.clause.begin &&
                 doc.lexicon.IsForecast(text.substr(c.clause.begin, begin - c.clause.begin));
    // A goal's items go on in the clauses after it (预期目标为5%左右,居民消费
    // 价格涨幅3%左右): the next clause's figure, written after its noun with
    // no verb and no time of its own (not ,2024年实际5.2%), is a plan of the
    // same kind as the claim before.
    const bool own_time = std::any_of(time_spans.begin(), time_spans.end(), [&](Span t) {
      return t.begin >= c.clause.begin && t.end <= begin;
    });
    if (!c.target && !c.identifier && last_real < i && r.claims[last_real].target &&
        clause_of[last_real] + 1 == clause_of[i] && !EndsItem(text, s.clauses[clause_of[last_real]]) &&
        c.change == Direction::kNone &&
        !own_time && !VerbBefore(doc.lexicon, pre)) {
      c.target = true;
      c.forecast = r.claims[last_real].forecast;
    }
    // A goal that names no time, under a heading that names a plan (# “十四五”
    // 规划纲要草案里的硬指标): a goal of the plan's period.
    if (c.target && c.time.origin == TimeOrigin::kDocument && scene.plan_period.known())
      c.time = scene.plan_period;

    // Subject: a respective list, the phrase before the number, or the
    // subject of the claim before it in the sentence.
    std::vector<std::string> question_words;
    std::vector<std::string> corrected_words;  // the wrong figure's, when it names the subject
    size_t subject_from = r.claims.size();  // the claim whose subject it takes
    bool subject_from_lead = false;         // named by the clause before its own
    bool subject_from_lead_in = false;      // named by its list's lead-in
    if (!c.identifier) {
      std::vector<std::string> items;
      if (fenbie_at < begin) items = context.RespectiveItems(s.span, begin, time_spans);
      if (items.empty() && listed < after_fenbie.size() && after_fenbie.size() >= 2 &&
          listed_time == nullptr && listed_part == nullptr)
        respective[i] = listed + 1;
      if (!items.empty()) {
        std::string_view head = text.substr(s.span.begin, begin - s.span.begin);
        uint32_t fenbie =
            s.span.begin + static_cast<uint32_t>(FindLastWord(head, doc.lexicon.respectively()));
        size_t index = 0;
        for (size_t j = 0; j < i; ++j) {
          if (!r.claims[j].identifier && r.claims[j].span.begin > fenbie) ++index;
        }
        if (index < items.size()) c.subject = items[index];
      }
      // A table cell's subject is its row's label (|城镇新增就业|1269万人|…).
      if (c.subject.empty() && !row_label.empty() && begin >= row_label_end) {
        c.subject = row_label;
        // | 出版科技著作 | 60930种 | 40646种 | under | 其中高等学校 |: a part of
        // the row's figure, named with its column.
        for (const auto& [cell, part] : scene.part_cells)
          if (cell.begin <= begin && q.span.end <= cell.end) c.subject = row_label + "(" + part + ")";
      }
      // (A qualifier after the figure, 90%以上的…, is the figure's.)
      const uint32_t figure_end = c.qualifier_span.begin >= q.span.end && !c.qualifier_span.empty()
                                      ? c.qualifier_span.end
                                      : q.span.end;
      if (c.subject.empty())
        c.subject = context.Subject(local, {subject_end, figure_end}, time_spans, &c.subject_after);
      // “最大储油量6万吨”有误,应为8万吨: a corrected figure that names nothing
      // measures what the wrong one did (read in its passage and clause).
      if (c.subject.empty() && corrects != nullptr) {
        const Quantity& wrong = *corrects->first;
        const Span clause = ClauseAt(s, wrong.span.begin);
        const Span passage{std::max(corrects->second.begin, clause.begin),
                           std::min(corrects->second.end, clause.end)};
        c.subject = context.Subject(passage, {BeginOf(wrong), wrong.span.end}, time_spans);
        if (!c.subject.empty()) corrected_words = context.ContentWords(passage, skip_set);
      }
      // 基础研究人才队伍持续壮大,由2021年的…增长到…: named by the claimless
      // clause before its own.
      if (const size_t ci = clause_of[i];
          c.subject.empty() && ci > 0 && ci < s.clauses.size() && !has_claim[ci - 1] &&
          !doc.lexicon.IsSpeakerClause(text.substr(s.clauses[ci - 1].begin, s.clauses[ci - 1].size()))) {
        Span lead = s.clauses[ci - 1];
        if (lead.begin < scene.item_marker.end && scene.item_marker.end <= lead.end)
          lead.begin = scene.item_marker.end;
        c.subject = context.LeadSubject(lead, pre, time_spans);
        subject_from_lead = !c.subject.empty();
      }
      // A list item's first figure that its words do not name whole takes
      // what the lead-in of its list names (ContextFinder::ItemSubject).
      if (!scene.lead_in.empty() && last_with_subject >= i) {
        if (!lead_in_read) {
          lead_in_read = true;
          for (const TimeExpr& t :
               FindTimeExpressions(text.substr(scene.lead_in.begin, scene.lead_in.size()),
                                   scene.lead_in.begin, doc.date, doc.lexicon.time_words()))
            lead_in_times.push_back(t.span);
        }
        const std::string item =
            context.ItemSubject(scene.lead_in, lead_in_times, scene.item_index, c.subject.str(),
                                &lead_in_clause);
        if (!item.empty()) {
          c.subject = item;
          subject_from_lead_in = true;
        }
      }
      // 集群跃居全球第一: a rank's subject without its ranking words, with
      // the place it is ranked in; 数量达到24个，首次跃居全球第一: one whose
      // words name nothing ranked ranks the figure before it.
      std::string rank_scope;
      bool rank_of_before = false;
      if (c.kind == ClaimKind::kRank && !c.subject.empty()) {
        const std::string ranked(doc.lexicon.RankedSubject(c.subject, &rank_scope));
        rank_of_before = ranked.empty() && last_with_subject < i;
        if (!ranked.empty()) c.subject = ranked;
        // 在全球百强创新集群排名中,…,北京排名第四: a rank that names no place
        // is ranked in the place the claimless clauses opening its sentence
        // name.
        if (rank_scope.empty()) {
          size_t k = 0;
          while (k < s.clauses.size() && !has_claim[k]) ++k;
          if (k > 0 && k < s.clauses.size())
            rank_scope = doc.lexicon.RankScopeNamed(text.substr(s.span.begin, s.clauses[k].begin - s.span.begin));
        }
      }
      // Else the subject of the nearest real claim before it that has one.
      if ((c.subject.empty() || rank_of_before) && last_with_subject < i) {
        c.subject = r.claims[last_with_subject].subject;
        subject_from = last_with_subject;
      }
      // 答:1206万人。 The question names what the figure measures (read once
      // per sentence).
      if (c.subject.empty() && !scene.question.empty() &&
          !(scene.question.begin <= s.span.begin && s.span.end <= scene.question.end)) {
        if (!question_read) {
          question_read = true;
          const std::vector<TimeExpr> question_times = FindTimeExpressions(
              text.substr(scene.question.begin, scene.question.size()), scene.question.begin,
              doc.date, doc.lexicon.time_words());
          std::vector<Span> spans;
          for (const TimeExpr& t : question_times) spans.push_back(t.span);
          question_subject = context.QuestionSubject(scene.question, spans);
          if (!question_subject.empty())
            question_subject_words = context.ContentWords(scene.question, SpanSet(spans));
        }
        c.subject = question_subject;
        if (!c.subject.empty()) question_words = question_subject_words;
      }
      c.subject_elsewhere = !c.subject.empty() &&
                            text.substr(c.clause.begin, c.clause.size()).find(c.subject) ==
                                std::string_view::npos;
      // The place a rank is in stays with its subject, in brackets.
      if (!rank_scope.empty() && !c.subject.empty())
        c.subject = std::string(c.subject.str()) + "(" + rank_scope + ")";
      c.subject = doc.lexicon.CanonicalSubject(c.subject);
    }

    // Context: the clause's content words and those of claimless clauses
    // right before it, within its item of a list: a semicolon ends an item
    // (…;国际收支保持基本平衡;粮食产量1.4万亿斤左右), and a speaker's clause
    // (她特别提到,…) ends the words of the figure.
    const size_t ci = clause_of[i];
    std::vector<std::string> words;
    for (size_t k = ci, n = 0; k-- > 0 && n < 2 && ci < s.clauses.size(); ++n) {
      if (has_claim[k] || EndsItem(text, s.clauses[k]) ||
          doc.lexicon.IsSpeakerClause(text.substr(s.clauses[k].begin, s.clauses[k].size())) ||
          (!(subject_from_lead && k + 1 == ci) &&
           StatesAChange(doc.lexicon, text.substr(s.clauses[k].begin, s.clauses[k].size()))))
        break;
      const std::vector<std::string>& more = LocalWords(k);
      words.insert(words.begin(), more.begin(), more.end());
    }
    // The clause's words as LocalWords keeps them (not copied), or those of
    // the claim's window of a long clause.
    std::vector<std::string> window_words;
    if (c.clause.size() > kLocalWindow) window_words = context.ContentWords(local, skip_set);
    const std::vector<std::string>& own = c.clause.size() <= kLocalWindow
                                              ? LocalWords(ci < s.clauses.size() ? ci : 0)
                                              : window_words;
    words.insert(words.end(), own.begin(), own.end());
    // An item whose subject its list's lead-in names takes the lead-in's
    // words too (同年新增的全国版权示范: ⏎ 2. 单位87个), as an answer takes its
    // question's.
    if (subject_from_lead_in) {
      if (lead_in_words.empty())
        lead_in_words = context.ContentWords(lead_in_clause, SpanSet(lead_in_times));
      words.insert(words.begin(), lead_in_words.begin(), lead_in_words.end());
    }
    // A corrected figure that names nothing has the words of the passage it
    // corrects, not those of the notice around it (本报…一文中).
    if (!corrected_words.empty()) words = corrected_words;
    // A claim whose clause has no words of its own (,相比2018年增长了26.76%)
    // shares the words of the claim whose subject it takes; a change without
    // a subject of its own (,同比增长15.3%) that takes none, those of the
    // claim right before it.
    if (words.empty()) words = question_words;
    if (words.empty()) {
      const size_t from = subject_from < i ? subject_from : c.subjectless ? last_real : i;
      if (from < i) words.assign(r.claims[from].context.begin(), r.claims[from].context.end());
    }
    std::vector<Word> context;
    for (const std::string& w : words)
      if (std::find(context.begin(), context.end(), w) == context.end()) context.push_back(w);
    c.context = WordList(context);
    if (!c.identifier) {
      last_real = i;
      if (!c.subject.empty()) last_with_subject = i;
    }
  }

  // 农村贫困人口减少1240万, 八千多万农业转移人口: a bare count of a noun that
  // counts people (or other things) is a count of them.
  for (Claim& c : r.claims)
    if (!c.identifier && c.kind == ClaimKind::kCardinal && c.dimension == "number")
      if (const std::string_view counted = doc.lexicon.CountedDimension(c.subject.str());
          !counted.empty())
        c.dimension = std::string(counted);
  // The figures of such a 分别 stay apart by their place, once every
  // subject is read (the second takes the first's): 城乡低保标准(1), (2).
  for (size_t i = 0; i < r.claims.size(); ++i)
    if (respective[i] != 0 && !r.claims[i].subject.empty())
      r.claims[i].subject =
          std::string(r.claims[i].subject.str()) + "(" + std::to_string(respective[i]) + ")";

  // 3. Transitions: 由A提升至B between neighbouring claims.
  for (size_t i = 0; i + 1 < r.claims.size(); ++i) {
    const Claim& a = r.claims[i];
    const Claim& b = r.claims[i + 1];
    if (a.identifier || b.identifier || a.dimension != b.dimension) continue;
    uint32_t b_begin = BeginOf(*kept[i + 1]);
    if (b_begin < a.span.end) continue;
    std::string_view gap = text.substr(a.span.end, b_begin - a.span.end);
    if (gap.size() > 60) continue;
    const uint32_t a_begin = BeginOf(*kept[i]);
    const Span a_local = LocalClause(text, a.clause, a_begin, a.span.end);
    std::string_view lead = text.substr(a_local.begin, a_begin - std::min(a_local.begin, a_begin));
    const size_t from = FindLastWord(lead, doc.lexicon.transition_from());
    if (from == std::string_view::npos) continue;
    Direction verb = TransitionVerb(doc.lexicon, gap);
    if (verb == Direction::kNone) continue;
    Transition t;
    t.from = i;
    t.to = i + 1;
    t.verb = verb;
    t.span = {a.clause.begin + static_cast<uint32_t>(from), b.span.end};
    r.transitions.push_back(t);
  }
  ResolvePeriodEnds(text, doc.date, doc.lexicon, pre_of, r.transitions, &r.claims);
  return r;
}

}  // namespace factlint
