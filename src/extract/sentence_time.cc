#include "extract/sentence_time.h"

#include <algorithm>

#include "base/strings.h"

namespace factlint {
namespace {

// True when the time expression t opens the sentence, after quotes and a
// speaker's words (申长雨表示，2023年，…): [time] speech_verbs,
// sentence_leads and opening_words.
bool OpensSentence(const Lexicon& lex, std::string_view text, const Sentence& s, Span t) {
  std::string_view head = text.substr(s.span.begin, t.begin - s.span.begin);
  for (const std::string& said : lex.speech_verbs()) {
    for (std::string_view mark : {",", "，", ":", "："}) {
      std::string word = std::string(said) + std::string(mark);
      // Only a word starting in the first 60 bytes counts: look no further
      // (a long sentence has many times, each of which asks this).
      size_t p = head.substr(0, 60 + word.size() - 1).find(word);
      if (p != std::string_view::npos && p < 60) {
        head.remove_prefix(p + word.size());
        break;
      }
    }
  }
  // A speaker's label (答:, 记者:), a news dateline (本报讯(记者 张伟),
  // 新华社北京3月1日电) before the time.
  re2::StringPiece lead(head.data(), head.size());
  if (re2::RE2::Consume(&lead, lex.sentence_lead()))
    head = std::string_view(lead.data(), lead.size());
  for (std::string_view skip : {"“", "\"", "‘", " ", "("}) {
    while (head.substr(0, skip.size()) == skip) head.remove_prefix(skip.size());
  }
  for (const std::string& skip : lex.opening_words()) {
    while (!skip.empty() && head.substr(0, skip.size()) == skip) head.remove_prefix(skip.size());
  }
  return head.empty();
}

// 赤字率从去年的2.1%提高到2.3%, 从2020年的第14位上升到…: a time right after
// one of [transitions] from, joined to the next figure by nothing or one of
// [transitions] time_links, is the time of that figure alone (the start of a
// change). The end of that figure, else 0.
uint32_t StartFigureEnd(const DocumentScan& doc, const Sentence& s,
                        const std::vector<const Quantity*>& quantities, Span t) {
  const std::string_view text = doc.text;
  const std::string_view before = TrimRight(text.substr(s.span.begin, t.begin - s.span.begin));
  const auto& from = doc.lexicon.transition_from();
  if (!std::any_of(from.begin(), from.end(),
                   [&](const std::string& w) { return !w.empty() && EndsWith(before, w); }))
    return 0;
  auto q = std::find_if(quantities.begin(), quantities.end(), [&](const Quantity* q) {
    return q->kind != ClaimKind::kYear && q->span.begin >= t.end;
  });
  if (q == quantities.end()) return 0;
  const std::string_view gap = TrimLeft(TrimRight(text.substr(t.end, (*q)->span.begin - t.end)));
  const auto& links = doc.lexicon.transition_time_links();
  if (!gap.empty() && std::find(links.begin(), links.end(), gap) == links.end()) return 0;
  return (*q)->span.end;
}

// 2015年,…从上年的2.1%提高到2.3%: a relative year of [time] anchored_years
// counts from the last single year named before it in its sentence (not a
// base, not a plan's name), not from the document's year. One of [time]
// named_years (同年, 当年) with no year before it in its sentence names
// `named`, the year named last before the sentence; with none, it names no
// time and is dropped (never the document's year).
void AnchorRelativeYears(const DocumentScan& doc, const TimeRef& named, std::vector<TimeExpr>* times) {
  const auto& anchored = doc.lexicon.anchored_years();
  if (anchored.empty()) return;
  const auto& named_words = doc.lexicon.named_years();
  const TimeExpr* anchor = nullptr;
  std::vector<bool> dropped(times->size(), false);
  bool any_dropped = false;
  for (TimeExpr& t : *times) {
    if (t.base || t.name) continue;
    if (t.origin == TimeOrigin::kExplicit && t.from_year != 0 && t.from_year == t.to_year) {
      anchor = &t;
      continue;
    }
    if (t.origin != TimeOrigin::kRelative) continue;
    const std::string_view word = doc.text.substr(t.span.begin, t.span.size());
    if (anchor == nullptr &&
        std::find(named_words.begin(), named_words.end(), word) != named_words.end()) {
      if (named.known() && named.from_year == named.to_year) {
        t.from_year = t.to_year = named.to_year;
      } else {
        dropped[&t - times->data()] = any_dropped = true;
      }
      continue;
    }
    if (anchor == nullptr || t.from_year == 0) continue;
    const int year = doc.lexicon.AnchoredYear(word, anchor->to_year);
    if (year != 0) t.from_year = t.to_year = year;
  }
  if (!any_dropped) return;
  std::vector<TimeExpr> kept;
  for (size_t k = 0; k < times->size(); ++k)
    if (!dropped[k]) kept.push_back(std::move((*times)[k]));
  *times = std::move(kept);
}

// 2024年的报告回顾，去年…: a year right before a document's name ([time]
// edition_nouns) names the document's edition, and the relative years after
// it (去年, 今年) count from it. (The year itself stays the time of what
// follows it without one: 2013年政府工作报告提出的主要预期目标 are 2013's.)
void ReadEditions(const DocumentScan& doc, std::vector<TimeExpr>* times) {
  const auto& nouns = doc.lexicon.time_words().lists().edition_nouns;
  if (nouns.empty()) return;
  int edition = 0;
  for (TimeExpr& t : *times) {
    if (t.base || t.name) continue;
    if (t.origin == TimeOrigin::kExplicit && t.from_year != 0 && t.from_year == t.to_year &&
        StartsWithAny(doc.text.substr(t.span.end), nouns)) {
      edition = t.to_year;
      t.edition = true;
      continue;
    }
    if (edition == 0 || doc.date.year == 0 || t.origin != TimeOrigin::kRelative || t.from_year == 0)
      continue;
    t.from_year += edition - doc.date.year;
    t.to_year += edition - doc.date.year;
  }
}

}  // namespace

SentenceTimes ReadSentenceTimes(const DocumentScan& doc, const Sentence& s,
                                const std::vector<const Quantity*>& quantities,
                                const TimeRef& scene, const TimeRef& named) {
  SentenceTimes r;
  const std::string_view text = doc.text;
  const std::string_view sentence = text.substr(s.span.begin, s.span.size());
  const TimeWords& words = doc.lexicon.time_words();
  const uint32_t patterns_in = words.PatternsIn(sentence);
  r.times = FindTimeExpressions(sentence, s.span.begin, doc.date, words, patterns_in);
  r.parts = FindPartsOfYear(sentence, s.span.begin, doc.date, words, patterns_in);
  ReadEditions(doc, &r.times);
  AnchorRelativeYears(doc, named, &r.times);
  const std::vector<TimeExpr>& times = r.times;
  const std::vector<PartExpr>& parts = r.parts;
  std::vector<bool> start(times.size(), false);
  for (size_t k = 0; k < times.size(); ++k) {
    if (times[k].base || times[k].name) continue;
    if (const uint32_t figure_end = StartFigureEnd(doc, s, quantities, times[k].span)) {
      start[k] = true;
      r.starts.emplace_back(k, figure_end);
    } else {
      r.own.push_back(k);
    }
  }
  // A time a topic can be: no base, plan name or change's start.
  auto own_time = [&](size_t k) {
    return !times[k].base && !times[k].name && !start[k] && !times[k].clause_only;
  };
  for (size_t k = 0; k < times.size(); ++k) {
    const TimeExpr& t = times[k];
    if (own_time(k) && (t.from_year != 0 || t.origin != TimeOrigin::kDocument) &&
        OpensSentence(doc.lexicon, text, s, t.span)) {
      // 2024年上半年,…: the part right after the opening time carries too.
      std::string part;
      for (const PartExpr& p : parts)
        if (p.span.begin >= t.span.end && p.span.begin <= t.span.end + 3) part = p.part;
      // 去年一季度经济开局良好，…进入二季度以后…: a sentence that goes on to
      // another part of the year tells of the year; its part does not carry.
      if (std::any_of(parts.begin(), parts.end(),
                      [&](const PartExpr& p) { return p.part != part; }))
        part.clear();
      r.topic = {t.from_year, t.to_year, t.origin, part, t.span};
      // 2012年政府工作报告回顾了2011年的工作,要点如下: a sentence opening with
      // an edition that names another time tells of that time.
      if (t.edition)
        for (size_t j = k + 1; j < times.size(); ++j)
          if (own_time(j) && times[j].origin != TimeOrigin::kDocument) {
            r.topic = {times[j].from_year, times[j].to_year, times[j].origin, "", times[j].span};
            break;
          }
      break;
    }
  }
  // 一份报告梳理了2018—2022年的产出,2022年的主要数据如下: a sentence leading
  // into a list whose last clause opens with a time gives the list that time
  // (not an edition: 2019年政府工作报告回顾的2018年主要成绩: is 2018's).
  if (!times.empty() && !s.clauses.empty() && doc.lexicon.LeadsIntoList(TrimRight(sentence))) {
    const Span last = s.clauses.back();
    for (size_t k = 0; k < times.size(); ++k)
      if (own_time(k) && !times[k].edition && times[k].origin != TimeOrigin::kDocument &&
          times[k].span.begin >= last.begin && times[k].span.end <= last.end &&
          TrimLeft(text.substr(last.begin, times[k].span.begin - last.begin)).empty()) {
        r.topic = {times[k].from_year, times[k].to_year, times[k].origin, "", times[k].span};
        break;
      }
  }
  // 科技投入持续增加,2024年全社会研发投入…: a time opening the first clause
  // that holds a figure, after clauses without any, is the sentence's topic.
  if (!r.topic.set()) {
    for (size_t k = 0; k < times.size(); ++k) {
      const TimeExpr& t = times[k];
      if (!own_time(k) || t.origin == TimeOrigin::kDocument) continue;
      const bool figure_before = std::any_of(quantities.begin(), quantities.end(), [&](const Quantity* q) {
        return q->kind != ClaimKind::kYear && q->span.end <= t.span.begin;
      });
      // It opens its clause (科技投入持续增加,2024年全社会…), or a year ends
      // a short clause without figures (刚刚过去的2017年,经济社会发展…; not
      // 在谈及“十五五”如何推动…时).
      const Span cl = ClauseAt(s, t.span.begin);
      std::string_view lead = text.substr(cl.begin, t.span.begin - std::min(cl.begin, t.span.begin));
      const bool figure_in_clause = std::any_of(quantities.begin(), quantities.end(), [&](const Quantity* q) {
        return q->kind != ClaimKind::kYear && cl.begin <= q->span.begin && q->span.end <= cl.end;
      });
      const bool short_lead = lead.size() <= 18 && t.origin != TimeOrigin::kPeriod &&
                              TrimRight(text.substr(t.span.end, cl.end - t.span.end)).empty();
      if (!figure_before &&
          (lead.find_first_not_of(" \t") == std::string_view::npos ||
           (short_lead && !figure_in_clause)))
        r.topic = {t.from_year, t.to_year, t.origin, "", t.span};
      break;
    }
  }
  // 上半年,…。其中,…: a part opening the sentence without a year is a part
  // of the scene's year (the paragraph's, the section's, else the
  // document's), and carries too.
  if (!r.topic.set() && !parts.empty() && scene.set() &&
      OpensSentence(doc.lexicon, text, s, parts.front().span)) {
    r.topic = scene;
    r.topic.part = parts.front().part;
    if (scene.origin == TimeOrigin::kDocument) r.topic.evidence = parts.front().span;
  }

  return r;
}

TimeRef ClaimTime(const SentenceTimes& st, Span claim, const Sentence& s,
                  const TimeExpr* listed_time, const PartExpr* listed_part,
                  const std::vector<std::pair<Span, TimeRef>>& cells, const TimeRef& scene,
                  const TimeRef& range) {
  // The last own expression that ends before the claim (their ends rise
  // with their starts: they are sorted and disjoint).
  const TimeExpr* best = nullptr;
  auto own_end = std::partition_point(st.own.begin(), st.own.end(), [&](size_t k) {
    return st.times[k].span.end <= claim.begin;
  });
  // (A span that dates only its own clause is passed over after it.)
  for (auto it = own_end; it != st.own.begin() && best == nullptr; --it) {
    const TimeExpr& t = st.times[*(it - 1)];
    if (!t.clause_only || ClauseAt(s, t.span.begin).end >= claim.end) best = &t;
  }
  // English: a time after the figure in its clause is the figure's (reached
  // 2.86 percent in 2024).
  if (own_end != st.own.end() && st.times[*own_end].trails_from <= claim.begin)
    best = &st.times[*own_end];
  for (const auto& [k, figure_end] : st.starts)
    if (figure_end == claim.end && st.times[k].span.end <= claim.begin) best = &st.times[k];
  if (listed_time != nullptr) best = listed_time;
  TimeRef time;
  auto cell = std::find_if(cells.begin(), cells.end(), [&](const auto& c) {
    return c.first.begin <= claim.begin && claim.end <= c.first.end;
  });
  if (best != nullptr && best->from_year == 0) {
    // In an undated document 目前 is as of the document (unknown), and 去年
    // or 五年来 a period that cannot be resolved.
    if (best->origin != TimeOrigin::kDocument) time = {0, 0, best->origin, "", best->span};
    best = nullptr;
  } else if (best != nullptr) {
    time = {best->from_year, best->to_year, best->origin, "", best->span};
    if (best->clause_only) {
      // 今后五年…,五年城镇新增就业5000万人以上: the years ahead again.
      const int years = best->to_year - best->from_year;
      const TimeExpr* same = nullptr;
      for (const TimeExpr& t : st.times)
        if (&t != best && t.span.end <= best->span.begin && !t.base && !t.name &&
            !t.clause_only && t.from_year != 0 && t.to_year - t.from_year == years)
          same = &t;
      if (same != nullptr) {
        time.from_year = same->from_year;
        time.to_year = same->to_year;
      } else if (range.known() && range.to_year - range.from_year == years) {
        time.from_year = range.from_year;
        time.to_year = range.to_year;
      }
    }
  } else if (cell != cells.end()) {
    time = cell->second;
  } else {
    time = scene;
  }
  // 2024年前三季度…4.2万亿元, 12月份…45172亿元: less than a whole year. The
  // part named nearest before the claim, after its own time expression (the
  // 12月 of 12月19日发布:2024年… is not a part of 2024).
  if (!st.parts.empty() && st.parts.front().span.begin < claim.begin) {
    const uint32_t floor = best ? best->span.begin : s.span.begin;
    std::string part;
    auto parts_end = std::partition_point(st.parts.begin(), st.parts.end(), [&](const PartExpr& p) {
      return p.span.end <= claim.begin;
    });
    if (parts_end != st.parts.begin() && (parts_end - 1)->span.begin >= floor)
      part = (parts_end - 1)->part;
    if (!part.empty() || best) time.part = part;
    if (listed_part != nullptr) time.part = listed_part->part;
  }
  return time;
}

}  // namespace factlint
