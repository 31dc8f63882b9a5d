#include "extract/context.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/strings.h"

namespace factlint {
namespace {

bool AsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when `word`, an English word ending `s`, is the end of a longer
// word there (the up of setup), so it is not stripped.
bool EnglishWordInside(std::string_view s, std::string_view word) {
  return AsciiLetter(word.front()) && AsciiLetter(s[s.size() - word.size() - 1]);
}


bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Quotes and brackets around a subject carry no meaning for it.
std::string_view TrimQuotes(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = TrimSpaces(s);
    for (std::string_view q : {"“", "”", "\"", "‘", "’", "《", "》", "(", ")", "「", "」"}) {
      if (StartsWith(s, q)) { s.remove_prefix(q.size()); changed = true; }
      if (EndsWith(s, q)) { s.remove_suffix(q.size()); changed = true; }
    }
  }
  return s;
}

}  // namespace

namespace {

// One word iterator per thread, made on first use and reused by every
// document the thread reads (each use sets its text and detaches it after).
icu::BreakIterator* ThreadWordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return words.get();
}

}  // namespace

ContextFinder::ContextFinder(std::string_view text, const Lexicon& lexicon)
    : text_(text), lexicon_(lexicon), words_(ThreadWordIterator()) {}

ContextFinder::~ContextFinder() = default;

std::vector<std::string> ContextFinder::ContentWords(
    Span clause, const std::vector<Span>& skip) const {
  return ContentWords(clause, SpanSet(skip));
}

std::vector<std::string> ContextFinder::ContentWords(Span clause,
                                                     const SpanSet& skip) const {
  std::vector<std::string> out;
  if (!words_ || clause.empty() || clause.end > text_.size()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text_.data() + clause.begin,
                             clause.size(), &status);
  if (U_FAILURE(status)) return out;
  words_->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return out;
  }
  // Other names of one thing ([context] subject_aliases) give the word of
  // the name they stand for: 研究与试验发展 reads 研发, whatever its pieces.
  std::vector<std::pair<Span, const std::string*>> aliases;
  if (!lexicon_.subject_aliases().empty()) {
    const std::string_view c = text_.substr(clause.begin, clause.size());
    for (size_t i = 0; i < c.size();) {
      if (const auto* alias = lexicon_.AliasAt(c.substr(i))) {
        aliases.push_back({{clause.begin + static_cast<uint32_t>(i),
                            clause.begin + static_cast<uint32_t>(i + alias->first.size())},
                           &alias->second});
        i += alias->first.size();
      } else {
        ++i;
      }
    }
  }
  auto add = [&](std::string word) {
    if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
  };
  size_t next_alias = 0;
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       start = end, end = words_->next()) {
    int32_t rule = words_->getRuleStatus();
    if (rule < UBRK_WORD_LETTER) continue;  // spaces, punctuation, numbers
    Span abs{clause.begin + static_cast<uint32_t>(start),
             clause.begin + static_cast<uint32_t>(end)};
    if (skip.AnyOverlapping(abs)) continue;
    while (next_alias < aliases.size() && aliases[next_alias].first.end <= abs.begin) ++next_alias;
    if (next_alias < aliases.size() && Overlaps(aliases[next_alias].first, abs)) {
      add(*aliases[next_alias].second);
      continue;
    }
    std::string_view w = text_.substr(abs.begin, abs.size());
    if (CountCodePoints(w) < 2 || HasDigit(w) || lexicon_.IsStopword(w)) continue;
    add(std::string(w));
  }
  // Detach the iterator from the UText before closing it.
  words_->setText(icu::UnicodeString());
  utext_close(ut);
  return out;
}

bool ContextFinder::NamesNothing(std::string_view s) const {
  for (const auto* list : {&lexicon_.subject_trailing(), &lexicon_.average_words(),
                           &lexicon_.change_terms(), &lexicon_.transition_from()})
    if (std::find(list->begin(), list->end(), s) != list->end()) return true;
  return false;
}

bool ContextFinder::IsVerb(std::string_view s) const {
  for (const auto* list : {&lexicon_.level_verbs(), &lexicon_.up_verbs(), &lexicon_.down_verbs()})
    if (std::find(list->begin(), list->end(), s) != list->end()) return true;
  return false;
}

std::string_view ContextFinder::Strip(std::string_view s, bool verbs) const {
  for (bool changed = true; changed;) {
    changed = false;
    s = TrimQuotes(s);
    // 年均 alone stays whole (均 is a trailing word): callers drop it.
    if (NamesNothing(s)) break;
    auto strip_list = [&](const auto& list) {
      for (const auto& w : list) {
        std::string_view word(w);
        if (!word.empty() && EndsWith(s, word) && s.size() > word.size() &&
            !EnglishWordInside(s, word)) {
          s.remove_suffix(word.size());
          changed = true;
          return;
        }
      }
    };
    // 国内生产总值年均(实际)增长: before a verb, the average and its terms
    // belong to the change, and go before the trailing words (均 would leave
    // 国内生产总值年).
    if (verbs) strip_list(lexicon_.change_terms());
    if (verbs && !changed) strip_list(lexicon_.average_words());
    if (!changed) strip_list(lexicon_.subject_trailing());
    if (!verbs) continue;
    if (!changed) strip_list(lexicon_.level_verbs());
    if (!changed) strip_list(lexicon_.up_verbs());
    if (!changed) strip_list(lexicon_.down_verbs());
  }
  return s;
}

std::string_view ContextFinder::StripLeading(std::string_view s,
                                             const std::vector<Span>& time_spans) const {
  for (bool changed = true; changed;) {
    changed = false;
    s = TrimQuotes(s);
    // `s` is a view of the text: where it starts and ends there.
    const size_t abs_begin = static_cast<size_t>(s.data() - text_.data());
    const size_t abs_end = abs_begin + s.size();
    // A time expression that starts here, or before here with only quotes
    // between (“十四五”时期 holds its opening quote, which TrimQuotes took off).
    // time_spans are in order: found by binary search, as a long sentence
    // holds thousands; the few starting at or just before here are tried.
    auto after = std::upper_bound(time_spans.begin(), time_spans.end(), abs_begin,
                                  [](size_t b, Span t) { return b < t.begin; });
    for (auto ts = after; ts != time_spans.begin();) {
      --ts;
      if (!TrimQuotes(text_.substr(ts->begin, abs_begin - ts->begin)).empty()) break;
      if (ts->end > abs_begin && ts->end <= abs_end) {
        s.remove_prefix(ts->end - abs_begin);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (std::string_view w : lexicon_.subject_leading()) {
      if (StartsWith(s, w) && s.size() > w.size()) {
        s.remove_prefix(w.size());
        changed = true;
        break;
      }
    }
  }
  return s;
}

std::string ContextFinder::RowSubject(Span label, const std::vector<Span>& time_spans) const {
  if (label.end > text_.size() || label.begin >= label.end) return "";
  // A label is a name: 专利申请 and 专利授权 keep their last words.
  return std::string(Strip(
      StripLeading(text_.substr(label.begin, label.size()), time_spans), false));
}

std::string ContextFinder::LeadSubject(Span lead, std::string_view pre,
                                       const std::vector<Span>& time_spans) const {
  if (lead.end > text_.size() || lead.begin >= lead.end) return "";
  pre = TrimSpaces(pre);
  std::string_view s = TrimSpaces(text_.substr(lead.begin, lead.size()));
  const bool from = std::any_of(lexicon_.transition_from().begin(), lexicon_.transition_from().end(),
                                [&](const std::string& m) { return !m.empty() && StartsWith(pre, m); });
  // 其中地方财政赤字:5500亿元, 养老金:由55元提高到70元: a label and a colon
  // right before the figure (or its 由).
  size_t after = lead.end;
  while (after < text_.size() && (text_[after] == ' ' || text_[after] == '\t')) ++after;
  const bool label = (pre.empty() || from) &&
                     (EndsWith(s, ":") || (after < text_.size() && text_[after] == ':'));
  if (!from && !label) return "";
  if (EndsWith(s, ":")) s.remove_suffix(1);
  // 技术与创新支持中心(TISC): a label's closing gloss is none of its name.
  for (const auto& [open, close] : lexicon_.subject_glosses())
    if (const std::string_view t = TrimSpaces(s); !close.empty() && EndsWith(t, close))
      if (const size_t p = t.rfind(open); p != std::string_view::npos && p > 0) s = t.substr(0, p);
  s = StripLeading(s, time_spans);
  for (bool changed = true; changed;) {
    const std::string_view before = s;
    s = Strip(s);
    for (const std::string& w : lexicon_.lead_trailing())
      if (!w.empty() && EndsWith(s, w) && s.size() > w.size()) {
        s.remove_suffix(w.size());
        break;
      }
    changed = s.size() != before.size();
  }
  // What is left of 持续增长 is a trend word alone, not a name.
  if (s.empty() || HasDigit(s) || IsVerb(s) || NamesNothing(s) ||
      std::find(lexicon_.lead_trailing().begin(), lexicon_.lead_trailing().end(), s) !=
          lexicon_.lead_trailing().end() ||
      CountCodePoints(s) < 2 || CountCodePoints(s) > 20)
    return "";
  return std::string(s);
}

std::string ContextFinder::ItemSubject(Span lead_in, const std::vector<Span>& lead_times,
                                       size_t index, std::string_view own, Span* last) const {
  if (lead_in.end > text_.size() || lead_in.begin >= lead_in.end) return "";
  std::string_view lead = TrimSpaces(text_.substr(lead_in.begin, lead_in.size()));
  if (!EndsWith(lead, ":")) return "";
  lead.remove_suffix(1);
  // Its last clause.
  size_t start = 0;
  for (std::string_view d : {",", ";", "。"})
    if (size_t q = lead.rfind(d); q != std::string_view::npos) start = std::max(start, q + d.size());
  std::string_view clause = TrimSpaces(lead.substr(start));
  if (last) {
    const uint32_t b = static_cast<uint32_t>(clause.data() - text_.data());
    *last = {b, b + static_cast<uint32_t>(clause.size())};
  }
  const auto& respectively = lexicon_.respectively();
  if (FindFirstWord(clause, respectively) != std::string_view::npos) {
    if (!own.empty()) return "";
    const uint32_t end = static_cast<uint32_t>(clause.data() + clause.size() - text_.data());
    const std::vector<std::string> items = RespectiveItems(lead_in, end, lead_times);
    return index < items.size() ? items[index] : "";
  }
  auto names_something = [&](std::string_view x) {
    return !x.empty() && !HasDigit(x) && !IsVerb(x) && !NamesNothing(x) &&
           CountCodePoints(x) >= 2 && CountCodePoints(x) <= 12 && !lexicon_.IsTarget(x, false);
  };
  clause = StripLeading(clause, lead_times);
  // 1. 拟安排13500亿元 under 财政赤字安排: the plan's word names nothing.
  const auto& plan_ends = lexicon_.plan_lead_ends();
  if (std::find(plan_ends.begin(), plan_ends.end(), own) != plan_ends.end()) own = {};
  if (own.empty()) {
    for (const std::string& w : lexicon_.plan_lead_ends()) {
      if (w.empty() || !EndsWith(clause, w) || clause.size() <= w.size()) continue;
      const std::string_view x = Strip(TrimSpaces(clause.substr(0, clause.size() - w.size())));
      return names_something(x) ? std::string(x) : "";
    }
    return "";
  }
  // A kind of what the lead-in names after its last 的.
  std::string bare(own);
  for (const auto& [open, close] : lexicon_.subject_glosses())
    if (size_t p = bare.find(open); p != std::string::npos) bare.erase(p);
  // (全国, 我国: [context] subject_leading, a place, is no kind.)
  const auto& leading = lexicon_.subject_leading();
  if (HasDigit(bare) || CountCodePoints(bare) > 2 || bare.empty() ||
      std::find(leading.begin(), leading.end(), bare) != leading.end())
    return "";
  size_t link = std::string_view::npos, link_size = 0;
  for (const std::string& l : lexicon_.subject_after_links())
    if (size_t q = l.empty() ? std::string_view::npos : clause.rfind(l);
        q != std::string_view::npos && (link == std::string_view::npos || q > link)) {
      link = q;
      link_size = l.size();
    }
  if (link == std::string_view::npos) return "";
  const std::string_view head = Strip(TrimSpaces(clause.substr(link + link_size)), false);
  if (!names_something(head) || EndsWith(head, bare)) return "";
  return std::string(head) + bare;
}

std::string ContextFinder::QuestionSubject(Span question,
                                           const std::vector<Span>& time_spans) const {
  if (question.end > text_.size() || question.begin >= question.end) return "";
  std::string_view q = text_.substr(question.begin, question.size());
  size_t begin = 0;
  if (size_t colon = q.find(':'); colon != std::string_view::npos && colon < 30) begin = colon + 1;
  size_t end = q.size();
  for (std::string_view mark : {"?", "？"})
    if (size_t p = q.find(mark, begin); p != std::string_view::npos) end = std::min(end, p);
  // The last clause of the question (…,城镇新增就业是多少).
  std::string_view s = q.substr(begin, end - begin);
  if (size_t comma = s.rfind(','); comma != std::string_view::npos) {
    begin += comma + 1;
    s = s.substr(comma + 1);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (const std::string& w : lexicon_.interrogatives()) {
      if (EndsWith(s, w) && s.size() > w.size()) {
        s.remove_suffix(w.size());
        changed = true;
      }
    }
  }
  // 国外有哪些值得借鉴的做法?: it asks for things, not a figure.
  if (FindFirstWord(s, lexicon_.thing_interrogatives()) != std::string_view::npos) return "";
  s = Strip(StripLeading(s, time_spans));
  if (s.empty() || HasDigit(s) || CountCodePoints(s) > 20) return "";
  return std::string(s);
}

std::string_view ContextFinder::WordsAfter(uint32_t figure_end, uint32_t clause_end) const {
  std::string_view after = text_.substr(figure_end, clause_end - std::min(clause_end, figure_end));
  size_t cut = after.size();
  for (const std::string& v : lexicon_.predicate_verbs()) {
    size_t p = after.find(v);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  after = after.substr(0, cut);
  // The clause's own end (。 of a sentence's last clause) is no word.
  while (!after.empty()) {
    int32_t i = static_cast<int32_t>(after.size());
    UChar32 c;
    U8_PREV(after.data(), 0, i, c);
    if (c < 0 || !u_ispunct(c)) break;
    after = after.substr(0, static_cast<size_t>(i));
  }
  return TrimQuotes(after);
}

std::string_view ContextFinder::LastWord(Span span) const {
  if (!words_ || span.empty() || span.end > text_.size()) return "";
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text_.data() + span.begin, span.size(), &status);
  if (U_FAILURE(status)) return "";
  words_->setText(ut, status);
  std::string_view word;
  if (U_SUCCESS(status)) {
    const int32_t end = words_->last();
    const int32_t begin = words_->previous();
    if (begin != icu::BreakIterator::DONE && begin < end)
      word = text_.substr(span.begin + begin, end - begin);
  }
  words_->setText(icu::UnicodeString());
  utext_close(ut);
  return word;
}

std::string ContextFinder::Subject(Span clause, Span quantity,
                                   const std::vector<Span>& time_spans, bool* after_figure) const {
  if (after_figure) *after_figure = false;
  if (quantity.begin < clause.begin || quantity.begin > text_.size()) return "";
  std::string_view pre = text_.substr(clause.begin, quantity.begin - clause.begin);
  // 方案部署了60项重点任务: the figure counts the verb's object, written
  // after it ([context] object_markers); the subject is the verb and it.
  if (const std::string_view head = TrimSpaces(pre);
      !head.empty() && std::any_of(lexicon_.object_markers().begin(), lexicon_.object_markers().end(),
                                   [&](const std::string& m) { return !m.empty() && EndsWith(head, m); })) {
    const std::string_view object = WordsAfter(quantity.end, clause.end);
    const bool linked = std::any_of(lexicon_.subject_after_links().begin(),
                                    lexicon_.subject_after_links().end(),
                                    [&](const std::string& l) { return StartsWith(object, l); });
    if (!HasDigit(object) && CountCodePoints(object) >= 2 && CountCodePoints(object) <= 12 && !linked) {
      size_t verb_end = head.size();
      for (const std::string& m : lexicon_.object_markers())
        if (!m.empty() && EndsWith(head, m)) verb_end = head.size() - m.size();
      const std::string_view verb =
          LastWord({clause.begin, clause.begin + static_cast<uint32_t>(verb_end)});
      if (CountCodePoints(verb) >= 2 && !HasDigit(verb)) {
        if (after_figure) *after_figure = true;
        return std::string(verb) + std::string(object);
      }
    }
  }
  // 由A提升至B: what changes is named before 由/从 ([transitions] from).
  for (const std::string& m : lexicon_.transition_from()) {
    size_t p = m.empty() ? std::string_view::npos : pre.find(m);
    if (p != std::string_view::npos && p > 0) pre = pre.substr(0, p);
  }
  // 较2020年增长48%, 比上年, 同比: the comparison is not the subject
  // ([context] comparisons_alone, comparisons, comparison_bases).
  for (const auto* marks : {&lexicon_.comparisons_alone(), &lexicon_.comparisons()}) {
    const bool alone = marks == &lexicon_.comparisons_alone();
    for (const std::string& m : *marks) {
      if (m.empty()) continue;
      for (size_t p = pre.find(m); p != std::string_view::npos; p = pre.find(m, p + 1)) {
        std::string_view after = TrimSpaces(pre.substr(p + m.size()));
        const std::vector<std::string>& bases = lexicon_.comparison_bases();
        bool base = alone || after.empty() || (after[0] >= '0' && after[0] <= '9') ||
                    std::any_of(bases.begin(), bases.end(),
                                [&](const std::string& b) { return StartsWith(after, b); });
        if (base) {
          pre = pre.substr(0, p);
          break;
        }
      }
    }
  }
  pre = StripLeading(Strip(pre), time_spans);
  pre = Strip(pre);
  // ,达到2.68%: a verb alone names nothing, nor does a word a subject goes
  // without (,年均增长12.2%); the claim before it does.
  if (IsVerb(pre) || NamesNothing(pre)) return "";
  if (!pre.empty() && !HasDigit(pre)) return std::string(pre);
  // A gloss in brackets may hold digits (细颗粒物(PM2.5)平均浓度): the
  // subject goes without it.
  if (HasDigit(pre)) {
    std::string bare(pre);
    for (const auto& [open, close] : lexicon_.subject_glosses()) {
      for (size_t p = bare.find(open); p != std::string::npos; p = bare.find(open, p)) {
        const size_t e = bare.find(close, p + open.size());
        if (e == std::string::npos) break;
        bare.erase(p, e + close.size() - p);
      }
    }
    if (!bare.empty() && !HasDigit(bare)) return std::string(Strip(bare));
  }
  // The second item of a list (新增示范城市5个、示范单位78个): its own words
  // after the last 、.
  if (size_t list = pre.rfind("、"); list != std::string_view::npos) {
    std::string_view item = Strip(pre.substr(list + std::string_view("、").size()));
    if (!item.empty() && !HasDigit(item)) return std::string(item);
  }
  // A number that opens its clause names its subject after it:
  // 524家中国大陆企业进入…
  if (!pre.empty()) return "";
  std::string_view after = WordsAfter(quantity.end, clause.end);
  // 90%以上的中央级试点单位对…: a share of what follows 的.
  for (const std::string& link : lexicon_.subject_after_links())
    if (!link.empty() && StartsWith(after, link)) {
      after = TrimQuotes(after.substr(link.size()));
      break;
    }
  if (HasDigit(after) || CountCodePoints(after) < 2 || CountCodePoints(after) > 12) return "";
  if (after_figure) *after_figure = true;
  return std::string(after);
}

std::vector<std::string> ContextFinder::RespectiveItems(
    Span sentence, uint32_t pos, const std::vector<Span>& time_spans) const {
  std::vector<std::string> items;
  if (pos <= sentence.begin || pos > text_.size()) return items;
  std::string_view head = text_.substr(sentence.begin, pos - sentence.begin);
  const std::vector<std::string>& respectively = lexicon_.respectively();
  for (size_t p = FindLastWord(head, respectively); p != std::string_view::npos;
       p = p == 0 ? std::string_view::npos : FindLastWord(head, respectively, p - 1)) {
    // The clause holding this 分别.
    std::string_view before = head.substr(0, p);
    size_t start = 0;
    for (std::string_view d : {",", "，", ";", "；", ":", "："}) {
      size_t q = before.rfind(d);
      if (q != std::string_view::npos) start = std::max(start, q + d.size());
    }
    std::string_view list = before.substr(start);
    list = Strip(StripLeading(list, time_spans));
    // Split on 、; the last item may hold a final 和/及 ("A、B和C"). Without
    // 、, a single 和/及/与 separates two items ([context]
    // respective_separators, respective_joiners).
    std::vector<std::string_view> parts;
    size_t s = 0;
    const std::vector<std::string>& separators = lexicon_.respective_separators();
    for (size_t q = FindFirstWord(list, separators);; q = FindFirstWord(list, separators, s)) {
      if (q == std::string_view::npos) {
        parts.push_back(list.substr(s));
        break;
      }
      parts.push_back(list.substr(s, q - s));
      s = q;
      for (const std::string& d : separators)
        if (!d.empty() && list.substr(q, d.size()) == d) s = std::max(s, q + d.size());
    }
    std::string_view last = parts.back();
    for (const std::string& c : lexicon_.respective_joiners()) {
      if (c.empty()) continue;
      size_t q = last.rfind(c);
      if (q != std::string_view::npos && q > 0 && q + c.size() < last.size()) {
        parts.back() = last.substr(0, q);
        parts.push_back(last.substr(q + c.size()));
        break;
      }
    }
    for (auto& part : parts) part = TrimQuotes(part);
    for (std::string_view part : parts) {
      if (!part.empty()) items.emplace_back(part);
    }
    if (items.size() >= 2) return items;
    items.clear();
  }
  return items;
}

}  // namespace factlint
