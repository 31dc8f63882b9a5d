// The sentence step of the time pass: a sentence's time expressions and
// parts of a year, its topic (the time it opens with, which the time scene
// carries to later sentences), and the time of each claim in it: its own
// expression, else its table cell's, else the scene's (time_scene.h).
#ifndef FACTLINT_EXTRACT_SENTENCE_TIME_H_
#define FACTLINT_EXTRACT_SENTENCE_TIME_H_

#include <utility>
#include <vector>

#include "extract/claim.h"
#include "extract/extractor_internal.h"
#include "extract/time.h"

namespace factlint {

struct SentenceTimes {
  std::vector<TimeExpr> times;  // sorted, non-overlapping
  std::vector<PartExpr> parts;  // sorted, non-overlapping
  // Indices in `times` of those that are neither bases nor plan names: the
  // ones a claim can take its time from (so each claim finds its own by
  // binary search, not by walking a long sentence's every expression).
  std::vector<size_t> own;
  // Times of a change's start (从去年的2.1%提高到2.3%): index in `times` and
  // the end of the one figure they belong to; not in `own`, not a topic.
  std::vector<std::pair<size_t, uint32_t>> starts;
  // A time that opens the sentence (after a speaker's words), or its first
  // clause with a figure (科技投入持续增加,2024年全社会…), or ends a short
  // claimless clause (刚刚过去的2017年,…); a part opening it (上半年,…) is a
  // part of the scene's year.
  TimeRef topic;
};

// `scene`: the scene's time; `named`: the year named last before the
// sentence (TimeScene::Named), which 同年 names when its sentence names none
// before it.
SentenceTimes ReadSentenceTimes(const DocumentScan& doc, const Sentence& s,
                                const std::vector<const Quantity*>& quantities,
                                const TimeRef& scene, const TimeRef& named = TimeRef());

// The time of a claim at `claim` (from its qualifier to the end of the
// number): the nearest non-base time expression before it (a change's
// start's only for the start's figure; or `listed_time`,
// the k-th of a 分别 list), else its table cell's, else the scene's; with the
// part of the year named before it (or `listed_part`). Logarithmic in the
// sentence's expressions. An N年 opening the claim's clause is the span of
// N years named before it in the sentence, else the scene's `range` of N
// years, else the N years up to the document.
TimeRef ClaimTime(const SentenceTimes& st, Span claim, const Sentence& s,
                  const TimeExpr* listed_time, const PartExpr* listed_part,
                  const std::vector<std::pair<Span, TimeRef>>& cells, const TimeRef& scene,
                  const TimeRef& range);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_SENTENCE_TIME_H_
