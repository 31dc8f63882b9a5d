// The extractor's word lists (rules/lexicon.toml): identifier patterns,
// idioms, context stop words, level and change verbs, average words, target
// markers.
// Data lives in the TOML file; this is only its loaded form.
#ifndef FACTLINT_EXTRACT_EXTRACTOR_LEXICON_H_
#define FACTLINT_EXTRACT_EXTRACTOR_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <re2/set.h>

#include "diag/span.h"
#include "extract/time.h"

namespace factlint {

// A place named in a sentence: where its words end, and what it is.
struct ScopeMark {
  enum Kind { kRegion, kNational, kLocal };
  uint32_t end = 0;  // byte offset in the sentence, one past the name
  Kind kind = kRegion;
  std::string text;  // the region's name (kRegion)
};

// A year a heading names without 年 (Lexicon::BareYearOfHeading).
struct HeadingYear {
  int year = 0;
  int to_year = 0;  // the range's last year (the year itself when alone)
  Span span;        // in the heading
};

// [shares] in lexicon.toml: how a share names its part and whole
// (发明专利申请数占专利申请总数的32.18%).
struct ShareWords {
  std::vector<std::string> marks;          // 占: subject before, whole after
  std::vector<std::string> whole_ends;     // 比重, 比例: end the whole's name
  std::vector<std::string> fillers;        // cut from both ends of a name
  std::vector<std::string> totals;         // 总, 全部: "all of", left out of a name
  std::vector<std::string> measures;       // 量, 数: a name's last word, the measure of it
  std::vector<std::string> part_markers;   // 其中: a part of the whole before it
  std::vector<std::string> list_suffixes;  // 强 after 2000: a list of that size
  std::vector<std::string> within_open;    // 在 of 中小企业在高新技术企业中占比
  std::vector<std::string> within_close;   // 中 of the same
  std::vector<std::string> of_whole;       // 占比, 比重: a share of a whole (<= 100%)
  std::vector<std::string> unbounded;      // 债务, 计划: a ratio that may exceed 100%
};

// [sums]: the words fact-sum reads a total's parts by.
struct SumWords {
  // Two names that split a whole between them (中央/地方, 城镇/农村): two
  // parts of a total named one each are all of it.
  std::vector<std::pair<std::string, std::string>> partitions;
  // A figure whose name holds one of these is an average (人均可支配收入),
  // not an amount: averages of parts do not add up to the whole's.
  std::vector<std::string> averages;
};

class Lexicon {
 public:
  // Loads and compiles `path`. On failure returns nullptr and sets *error to
  // a message naming the file (and the line for TOML syntax errors).
  static std::unique_ptr<Lexicon> Load(const std::string& path,
                                       std::string* error);
  // Parses TOML text directly; `path` is only used in messages.
  static std::unique_ptr<Lexicon> Parse(std::string_view toml,
                                        const std::string& path,
                                        std::string* error);
  ~Lexicon();

  // Byte ranges of `text` matched by an identifier pattern.
  std::vector<Span> IdentifierSpans(std::string_view text) const;
  // Byte ranges of `text` where an idiom occurs.
  std::vector<Span> IdiomSpans(std::string_view text) const;
  // Every place named in `sentence`, by end offset: a region, a national
  // word, a local word; names that hold such words without being about the
  // place (全国重点实验室, 中国科学院) are skipped. A claim is about the last
  // mark before it (extractor_sentence.cc); where two end together, a region
  // comes last.
  std::vector<ScopeMark> ScopeMarks(std::string_view sentence) const;
  // The dimension a bare count takes when its subject ends with a [context
  // .counted_nouns] noun (农村贫困人口: person), or "".
  std::string_view CountedDimension(std::string_view subject) const;
  const std::vector<std::pair<std::string, std::string>>& counted_nouns() const {
    return counted_nouns_;
  }
  // True when `name` is only a place: a region, a national or a local word
  // of [scope] (全国, 全省, 北京市).
  bool IsPlaceName(std::string_view name) const;
  // The region a title opens with (北京市2024年国民经济…), or "".
  std::string TitleScope(std::string_view title) const;

  // True when `clause` contains a target marker. A word of [targets] aims
  // (控制在) counts only when the figure's period is not over at the
  // document's date (`period_over` false, as where no figure is at hand).
  // A marker within words of [targets] reached (落户目标顺利实现: the goal
  // was met) marks nothing.
  bool IsTarget(std::string_view clause, bool period_over) const;
  // True when `words` (right-trimmed) lead into a list or table on the lines
  // after them: they end with a colon, or with a word of [targets] list_ends
  // (要点如下, 主要安排如下表。).
  bool LeadsIntoList(std::string_view words) const;
  // True when `text` (a claim's clause before it) holds a word of [targets]
  // forecasts (预计, 有望): a plan that expects, not one that sets a goal.
  bool IsForecast(std::string_view text) const;
  // True when a count written between `before` (its clause up to it) and
  // `after` (its clause after it) is a plan's contents as issued: `before`
  // ends with a word of [targets] lays_out (了 may follow) and `after` names
  // a word of [targets] contents within its first four characters
  // (部署了50项重点任务).
  bool CountsPlanContents(std::string_view before, std::string_view after) const;
  // True when `clause` opens (after a time) with a plan verb of
  // [targets] leads: 力争到2027年…, 预计全年…
  bool LeadsPlan(std::string_view clause) const;
  // True when `clause` holds a pattern of [targets] governs (规划要求,
  // 规划明确): it and the rest of its sentence are a plan.
  bool GovernsPlan(std::string_view clause) const;
  // [targets] plan_lead_ends: a lead-in that names a plan's figures and ends
  // with one of these before its colon (财政赤字安排:) sets out a plan.
  const std::vector<std::string>& plan_lead_ends() const { return plan_lead_ends_; }
  // True when `clause` is only a plan opener (到2020年) whose year is not
  // before `doc_year` (0: unknown, any year counts).
  bool IsPlanOpener(std::string_view clause, int doc_year) const;
  // The first year written without 年 in a heading ([time] heading_years:
  // 回望2024) that is not after `doc_year` (0: unknown), with its span in
  // `heading`; year 0 when there is none.
  HeadingYear BareYearOfHeading(std::string_view heading, int doc_year) const;

  // A [context] stopword, or one after a stop_prefixes adverb (已对).
  bool IsStopword(std::string_view w) const;
  const std::vector<std::string>& level_verbs() const { return level_verbs_; }
  // Words a full stop follows without ending an English sentence (No, U.S).
  const std::vector<std::string>& abbreviations() const { return abbreviations_; }
  const std::vector<std::string>& predicate_verbs() const { return predicate_verbs_; }
  const std::vector<std::string>& up_verbs() const { return up_verbs_; }
  // [verbs] compared_up, compared_down: words that state a change only right
  // after a comparison (比去年多100万人, 较上年低0.3个百分点).
  const std::vector<std::string>& compared_up_verbs() const { return compared_up_verbs_; }
  const std::vector<std::string>& compared_down_verbs() const { return compared_down_verbs_; }
  // Particles and qualifiers that may stand between a verb and its number
  // ([verbs] fillers: 增长了, 达到约).
  const std::vector<std::string>& verb_fillers() const { return verb_fillers_; }
  // Words between an average word and its change verb ([verbs] terms:
  // 年均实际增长).
  const std::vector<std::string>& change_terms() const { return change_terms_; }
  // A change's clause before its number that names no subject of its own
  // ([verbs] subjectless: ,增长7.1%; 比上年提高).
  const re2::RE2& subjectless_change() const { return *subjectless_change_; }
  const std::vector<std::string>& down_verbs() const { return down_verbs_; }
  // Words before a change verb that make the change an average annual rate.
  const std::vector<std::string>& average_words() const { return average_words_; }
  // Words that make a change one in real terms, in its clause or (measures)
  // in its sentence before the number.
  const std::vector<std::string>& real_words() const { return real_words_; }
  const std::vector<std::string>& real_measures() const { return real_measures_; }
  // Words that make a value over several years a total of the period (累计).
  const std::vector<std::string>& cumulative_words() const { return cumulative_words_; }
  // Words that make a value of a carried period of several years its last
  // year's (全年).
  const std::vector<std::string>& whole_year_words() const { return whole_year_words_; }

  // [time]: words of time expressions (time.h) and of the time scene
  // (time_scene.h).
  const TimeWords& time_words() const { return *time_words_; }
  // Whether a heading opens the plans of a report (二、2014年工作总体部署,
  // 二、“十三五”时期主要目标任务和重大举措): its words hold one of [time]
  // plan_headings and none of [time] review_headings (“十三五”时期发展成就和
  // “十四五”时期主要目标任务 reviews what was done before it sets goals).
  bool IsPlanHeading(std::string_view words) const;
  const std::vector<std::string>& reach_verbs() const { return reach_verbs_; }
  const std::vector<std::string>& reach_fillers() const { return reach_fillers_; }
  // Words that make what is reached over a period an addition over it, the
  // period's total (城镇新增就业达到6000万人), not its last year's level.
  const std::vector<std::string>& period_additions() const { return period_additions_; }
  const std::vector<std::string>& interrogatives() const { return interrogatives_; }
  const std::vector<std::string>& thing_interrogatives() const { return thing_interrogatives_; }
  // Words cut from the end and the start of a claim's subject.
  const std::vector<std::string>& subject_trailing() const { return subject_trailing_; }
  // Between a figure and the subject written after it (60%的单位).
  const std::vector<std::string>& subject_after_links() const { return subject_after_links_; }
  const std::vector<std::string>& object_markers() const { return object_markers_; }
  const std::vector<std::string>& lead_trailing() const { return lead_trailing_; }
  const std::vector<std::string>& subject_leading() const { return subject_leading_; }
  // Brackets of a gloss a subject goes without when it holds digits
  // (细颗粒物(PM2.5)平均浓度), as open and close.
  const std::vector<std::pair<std::string, std::string>>& subject_glosses() const {
    return subject_glosses_;
  }
  // [context] subject_aliases: other names of one thing
  // (研究与试验发展 = 研发), longest first. A subject is written with the
  // names they stand for, and the words of a clause name them too, so that
  // 全社会研究与试验发展经费投入 and 全社会研发投入 are one subject.
  const std::vector<std::pair<std::string, std::string>>& subject_aliases() const {
    return subject_aliases_;
  }
  // `s` with each alias (longest first, left to right) replaced by the name
  // it stands for, and the particles of [context] subject_particles left out
  // (占全国GDP的比重 is 占全国GDP比重).
  std::string CanonicalSubject(std::string_view s) const;
  // The alias that starts at `s`'s first byte, longest first; null if none.
  const std::pair<std::string, std::string>* AliasAt(std::string_view s) const;
  // [shares]: the words fact-share reads a share's part and whole by.
  const ShareWords& share_words() const { return share_words_; }
  // [sums]: the words fact-sum reads a total's parts by.
  const SumWords& sum_words() const { return sum_words_; }
  const std::vector<std::string>& issue_words() const { return issue_words_; }
  // [dating]: the sessions that date an undated document (FindSessionDate).
  const SessionDating& session_dating() const { return session_dating_; }
  // Whether a table header cell that names no year heads a column of changes
  // (| 变化 |, | 同比增长 |: it holds one of [time] change_columns). The one
  // answer for Markdown tables (TimeScene) and for tables extracted from PDF
  // (Normalize's ChangeColumnTest).
  bool IsChangeColumn(std::string_view cell) const;
  // Header words of a table column of plans besides the target words
  // ([targets] plan_columns: | 2019年预算 |).
  const std::vector<std::string>& plan_columns() const { return plan_columns_; }
  // The unit a paragraph that is only a label of [context] unit_labels, a
  // colon and a unit gives ((单位:万项) -> 万项), or "" for any other.
  std::string_view UnitLineUnit(std::string_view paragraph) const;
  const std::vector<std::string>& list_items() const { return list_items_; }
  // [time] previous_year_names: a base they name is the year before the
  // claim's (比上年).
  const std::vector<std::string>& previous_year_names() const { return previous_year_names_; }
  // [time] follow_up_ends: 呢 of 民生方面呢?, a question asked again.
  const std::vector<std::string>& follow_up_ends() const { return follow_up_ends_; }
  // [time] anchored_years: relative years counted from a year named before
  // them in their sentence.
  const std::vector<std::string>& anchored_years() const { return anchored_years_; }
  // The year `word` (one of anchored_years: 上年) names counted from the
  // year `anchor`; 0 when it is none of them.
  int AnchoredYear(std::string_view word, int anchor) const;
  // [time] named_years: anchored years (同年, 当年) that name the year named
  // last before them, never the document's.
  const std::vector<std::string>& named_years() const { return named_years_; }
  // [time] speech_verbs, sentence_leads, opening_words: what may stand before
  // a time that opens its sentence.
  const std::vector<std::string>& speech_verbs() const { return speech_verbs_; }
  // A clause that ends with a verb of `speech_verbs` (她特别提到, 申长雨表示)
  // says who speaks, not what a figure after it measures.
  bool IsSpeakerClause(std::string_view clause) const;
  // A rank's subject without the words that rank rather than name, at its
  // end: [context] rank_leads and at most one place of rank_scopes, whose
  // name *scope receives ("" for none): 深圳—香港—广州集群跃居全球 is
  // 深圳—香港—广州集群 ranked in 全球; 首次跃居全球 names nothing ranked ("").
  std::string_view RankedSubject(std::string_view subject, std::string* scope) const;
  // The place of [context.rank_scopes] named first in `text` (在全球百强创新集群
  // 排名中: 全球), by its name; empty if none.
  std::string RankScopeNamed(std::string_view text) const;
  const re2::RE2& sentence_lead() const { return *sentence_lead_; }
  const std::vector<std::string>& opening_words() const { return opening_words_; }
  // [time] period_ends: 底 of 2012年底.
  const std::vector<std::string>& period_ends() const { return period_ends_; }

  // [transitions] from: 由 of 由A提升至B.
  const std::vector<std::string>& transition_from() const { return transition_from_; }
  const std::vector<std::string>& transition_time_links() const { return transition_time_links_; }
  // [transitions] up, down, fillers and to as one pattern: the verb of a
  // transition (提升 of 提升至) in group 1.
  const re2::RE2& transition_verb() const { return *transition_verb_; }
  const std::vector<std::string>& transition_down() const { return transition_down_; }
  // [corrections]: words, original, replacement, instead.
  const std::vector<std::string>& correction_words() const { return correction_words_; }
  const std::vector<std::string>& correction_originals() const { return correction_originals_; }
  const std::vector<std::string>& correction_replacements() const {
    return correction_replacements_;
  }
  const std::vector<std::string>& correction_insteads() const { return correction_insteads_; }
  // [context] comparisons_alone, comparisons, comparison_bases: where a
  // subject ends before a comparison (同比, 较2020年).
  const std::vector<std::string>& comparisons_alone() const { return comparisons_alone_; }
  const std::vector<std::string>& comparisons() const { return comparisons_; }
  const std::vector<std::string>& comparison_bases() const { return comparison_bases_; }
  // [context] respectively, respective_separators, respective_joiners:
  // 分别 of A、B和C分别….
  const std::vector<std::string>& respectively() const { return respectively_; }
  const std::vector<std::string>& respective_separators() const { return respective_separators_; }
  const std::vector<std::string>& respective_joiners() const { return respective_joiners_; }
  // [context] list_joiners: 和 of 增长48%和36.0%.
  const std::vector<std::string>& list_joiners() const { return list_joiners_; }
  const std::vector<std::string>& questions() const { return questions_; }
  const std::vector<std::string>& answers() const { return answers_; }

 private:
  Lexicon();
  std::vector<std::unique_ptr<re2::RE2>> identifier_patterns_;
  // All identifier patterns in one set: a pass over the text says which
  // occur at all, and only those are searched for their matches.
  std::unique_ptr<re2::RE2::Set> identifier_set_;
  std::vector<std::string> idioms_;
  // Idioms by their first character, its UTF-8 bytes packed into a number
  // (no string is built per character of a document to look one up).
  std::unordered_map<uint32_t, std::vector<std::string>> idioms_by_first_;
  // Bit (packed first character & 0xFFF) is set for each key of
  // idioms_by_first_: most characters of a text are no idiom's first and
  // need no look-up in the map.
  std::bitset<4096> idiom_first_bits_;
  // Bit (first byte << 8 | second byte, 0 past the end) is set for the first
  // two bytes of each of subject_aliases_ (for every second byte after a
  // one-byte alias; none is empty): where the text's first two
  // bytes have no bit, no alias starts. (A first byte alone would not do:
  // 研's, 0xE7, opens a tenth of all Han characters.)
  std::bitset<65536> alias_first_pairs_;
  // Looked up by a view of the text for every word of a claim's clauses:
  // hashed, without a string made per look-up.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_set<std::string, ViewHash, std::equal_to<>> stopwords_;
  std::vector<std::string> stop_prefixes_;
  std::vector<std::string> compared_up_verbs_, compared_down_verbs_, verb_measures_,
      lead_trailing_;
  std::vector<std::string> level_verbs_, predicate_verbs_, up_verbs_, down_verbs_,
      average_words_, real_words_, real_measures_, cumulative_words_, whole_year_words_;
  std::vector<std::string> plan_leads_, plan_list_ends_, forecast_words_, plan_lead_ends_,
      named_years_;
  std::vector<std::string> lays_out_words_, plan_contents_;
  std::unique_ptr<TimeWords> time_words_;
  std::vector<std::pair<std::string, std::string>> subject_glosses_;
  ShareWords share_words_;
  SumWords sum_words_;
  std::vector<std::string> abbreviations_;
  std::vector<std::string> interrogatives_, thing_interrogatives_;
  std::vector<std::string> subject_trailing_, subject_leading_, subject_after_links_,
      object_markers_;
  std::vector<std::string> subject_particles_, rank_leads_;
  std::vector<std::pair<std::string, std::string>> rank_scopes_;
  std::vector<std::pair<std::string, std::string>> counted_nouns_;
  std::vector<std::pair<std::string, std::string>> subject_aliases_;
  std::vector<std::string> plan_columns_, unit_labels_;
  std::vector<std::string> plan_headings_, review_headings_, reach_verbs_, reach_fillers_, period_additions_, issue_words_, change_columns_, list_items_, questions_,
      answers_;
  // [targets] words (as literals) and patterns in one alternation: IsTarget
  // is one pass over a clause; [targets] aims in another.
  std::unique_ptr<re2::RE2> target_any_, target_aims_, target_reached_;
  // [targets] governs as one alternation: GovernsPlan is one pass.
  std::unique_ptr<re2::RE2> plan_governs_;
  std::vector<std::unique_ptr<re2::RE2>> plan_openers_, heading_years_;
  SessionDating session_dating_;
  std::vector<std::string> verb_fillers_, change_terms_;
  std::unique_ptr<re2::RE2> subjectless_change_, plan_lead_time_;
  std::unique_ptr<re2::RE2> regions_, national_, local_, not_places_, title_region_;
  std::vector<std::string> previous_year_names_, anchored_years_, follow_up_ends_, speech_verbs_, opening_words_, period_ends_;
  std::unique_ptr<re2::RE2> sentence_lead_, transition_verb_;
  std::vector<std::string> transition_from_, transition_down_, transition_time_links_;
  std::vector<std::string> correction_words_, correction_originals_, correction_replacements_,
      correction_insteads_;
  std::vector<std::string> comparisons_alone_, comparisons_, comparison_bases_;
  std::vector<std::string> respectively_, respective_separators_, respective_joiners_,
      list_joiners_;
};

// Where the first of `words` (non-empty) starts in `s` at or after `from`, or
// npos.
size_t FindFirstWord(std::string_view s, const std::vector<std::string>& words, size_t from = 0);
// Where the last of `words` (non-empty) starts in `s` at or before `before`,
// or npos (as std::string_view::rfind).
size_t FindLastWord(std::string_view s, const std::vector<std::string>& words,
                    size_t before = std::string_view::npos);

// True when the spans [a) and [b) share at least one byte.
inline bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_EXTRACTOR_LEXICON_H_
