#include "extract/extractor_lexicon.h"

#include <re2/re2.h>

#include <toml++/toml.h>

#include <algorithm>
#include <type_traits>
#include <sstream>

#include "base/strings.h"
#include "diag/read_file.h"

namespace factlint {
namespace {

// "LINE:COL: " of a node: where in the file a malformed value stands.
std::string Where(const toml::node& node) {
  return std::to_string(node.source().begin.line) + ":" +
         std::to_string(node.source().begin.column) + ": ";
}

bool ReadString(const toml::table& root, const char* table, const char* key,
                std::string* out, std::string* error) {
  const toml::node_view<const toml::node> node = root[table][key];
  if (!node) return true;  // optional
  std::optional<std::string> s = node.value<std::string>();
  if (!s) {
    *error = Where(*node.node()) + table + "." + key + " must be a string";
    return false;
  }
  *out = *s;
  return true;
}

bool ReadStrings(const toml::table& root, const char* table, const char* key,
                 std::vector<std::string>* out, std::string* error) {
  const toml::node_view<const toml::node> node = root[table][key];
  if (!node) return true;  // optional
  const toml::array* arr = node.as_array();
  if (arr == nullptr) {
    *error = Where(*node.node()) + table + "." + key + " must be an array of strings";
    return false;
  }
  for (const toml::node& el : *arr) {
    std::optional<std::string> s = el.value<std::string>();
    if (!s) {
      *error = Where(el) + table + "." + key + " must hold only strings";
      return false;
    }
    out->push_back(*s);
  }
  return true;
}

// A table of words and values, in file order: integers ({ "去年" = -1 }) or
// words ({ "研究与试验发展" = "研发" }).
template <typename T>
bool ReadTable(const toml::table& root, const char* table, const char* key,
               std::vector<std::pair<std::string, T>>* out, std::string* error) {
  constexpr bool kWords = std::is_same_v<T, std::string>;
  const char* what = kWords ? "words" : "integers";
  const toml::node_view<const toml::node> node = root[table][key];
  if (!node) return true;  // optional
  const toml::table* t = node.as_table();
  if (t == nullptr) {
    *error = Where(*node.node()) + table + "." + key + " must be a table of words and " + what;
    return false;
  }
  for (const auto& [word, value] : *t) {
    using Read = std::conditional_t<kWords, std::string, int64_t>;
    std::optional<Read> v = value.template value<Read>();
    if (!v || word.str().empty()) {
      *error = Where(value) + table + "." + key + "." + std::string(word.str()) +
               " must be a non-empty word naming " + (kWords ? "a string" : "an integer");
      return false;
    }
    out->push_back({std::string(word.str()), static_cast<T>(*v)});
  }
  return true;
}

// Bytes of the UTF-8 character that starts with `lead`.
size_t CharLength(char lead) {
  const unsigned char c = static_cast<unsigned char>(lead);
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

// The first `len` (at most 4) bytes of `s` packed into a number.
uint32_t PackedChar(std::string_view s, size_t len) {
  uint32_t key = 0;
  for (size_t i = 0; i < len && i < s.size(); ++i)
    key = key << 8 | static_cast<unsigned char>(s[i]);
  return key;
}

bool Compile(const std::vector<std::string>& patterns,
             std::vector<std::unique_ptr<re2::RE2>>* out, std::string* error) {
  for (const std::string& p : patterns) {
    re2::RE2::Options opts;
    opts.set_log_errors(false);
    auto re = std::make_unique<re2::RE2>(p, opts);
    if (!re->ok()) {
      *error = "bad pattern '" + p + "': " + re->error();
      return false;
    }
    out->push_back(std::move(re));
  }
  return true;
}

// Each pattern captures exactly `groups` groups (the values its caller reads).
bool GroupsEach(const std::string& where, const std::vector<std::unique_ptr<re2::RE2>>& patterns,
                int groups, std::string* error) {
  for (const auto& re : patterns) {
    if (re->NumberOfCapturingGroups() != groups) {
      *error = where + ": pattern '" + re->pattern() + "' must capture exactly " +
               std::to_string(groups) + (groups == 1 ? " group" : " groups");
      return false;
    }
  }
  return true;
}

// One regex that matches where any of `words` (literally, empty ones left
// out) or any of `patterns` does; null when there are none.
bool CompileAlternation(const std::vector<std::string>& patterns,
                        const std::vector<std::string>& words,
                        std::unique_ptr<re2::RE2>* out, std::string* error) {
  std::vector<std::unique_ptr<re2::RE2>> each;
  if (!Compile(patterns, &each, error)) return false;
  std::string alternation;
  auto add = [&](const std::string& branch) {
    if (!alternation.empty()) alternation += '|';
    alternation += "(?:" + branch + ")";
  };
  for (const std::string& w : words)
    if (!w.empty()) add(re2::RE2::QuoteMeta(w));
  for (const std::string& p : patterns) add(p);
  if (alternation.empty()) return true;
  std::vector<std::unique_ptr<re2::RE2>> one;
  if (!Compile({alternation}, &one, error)) {
    // Each part compiled alone: the whole is too large for RE2.
    *error = "[targets] words and patterns together: " + *error;
    return false;
  }
  *out = std::move(one[0]);
  return true;
}

// The transition verb pattern: a verb of `up` or `down` (in that order, as
// written), at most one of `fillers`, spaces, one of `to`; the verb in group
// 1. Matches nothing without verbs or `to` words.
std::string TransitionPattern(const std::vector<std::string>& up,
                              const std::vector<std::string>& down,
                              const std::vector<std::string>& fillers,
                              const std::vector<std::string>& to) {
  const std::string verbs = QuotedAlternation({&up, &down}), ends = QuotedAlternation({&to}),
                    between = QuotedAlternation({&fillers});
  if (verbs.empty() || ends.empty()) return "($^)";
  return "(" + verbs + ")" + (between.empty() ? "" : "(?:" + between + ")?") + "\\s*(?:" +
         ends + ")";
}

// The key of Lexicon::alias_first_pairs_ for a non-empty `s`: its first byte
// and its second (0 when it has one byte).
size_t FirstPair(std::string_view s) {
  return static_cast<size_t>(static_cast<unsigned char>(s[0])) << 8 |
         (s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0u);
}

}  // namespace

size_t FindFirstWord(std::string_view s, const std::vector<std::string>& words, size_t from) {
  size_t best = std::string_view::npos;
  for (const std::string& w : words)
    if (!w.empty()) best = std::min(best, s.find(w, from));
  return best;
}

size_t FindLastWord(std::string_view s, const std::vector<std::string>& words, size_t before) {
  size_t best = std::string_view::npos;
  for (const std::string& w : words) {
    if (w.empty()) continue;
    const size_t p = s.rfind(w, before);
    if (p != std::string_view::npos && (best == std::string_view::npos || p > best)) best = p;
  }
  return best;
}

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;

std::unique_ptr<Lexicon> Lexicon::Load(const std::string& path,
                                       std::string* error) {
  std::string text, reason;
  if (!ReadWholeFile(path, &text, &reason)) {
    *error = path + ": cannot read lexicon: " + reason;
    return nullptr;
  }
  return Parse(text, path, error);
}

std::unique_ptr<Lexicon> Lexicon::Parse(std::string_view toml_text,
                                        const std::string& path,
                                        std::string* error) {
  // The packaged toml++ is built with exceptions: parse errors are caught
  // here and never leave the library.
  toml::table root;
  try {
    root = toml::parse(toml_text, path);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << path << ":" << e.source().begin.line << ":"
        << e.source().begin.column << ": " << e.description();
    *error = msg.str();
    return nullptr;
  }
  std::unique_ptr<Lexicon> lex(new Lexicon());
  std::vector<std::string> ident, stop, target_words, target_pats, target_aims, target_reached,
      openers, governs, heading_years, sessions;
  // Unset, each matches nothing.
  std::string regions = "$^", national = "$^", local = "$^", not_places = "$^";
  std::string lead_times;  // without [targets] lead_times a lead opens the clause
  std::string subjectless = "$^";
  std::string sentence_leads = "$^";  // without [time] sentence_leads no lead is skipped
  std::vector<std::string> transition_up, transition_fillers, transition_to;
  std::string err;
  TimeWords::Lists time;
  bool ok = ReadTable(root, "time", "relative_years", &time.relative_years, &err) &&
            ReadStrings(root, "time", "now_words", &time.now_words, &err) &&
            ReadStrings(root, "time", "past_spans", &time.past_spans, &err) &&
            ReadStrings(root, "time", "future_spans", &time.future_spans, &err) &&
            ReadStrings(root, "time", "publication_verbs", &time.publication_verbs, &err) &&
            ReadStrings(root, "time", "quoted_documents", &time.quoted_documents, &err) &&
            ReadStrings(root, "time", "quoting_verbs", &time.quoting_verbs, &err) &&
            ReadStrings(root, "time", "attributions", &time.attributions, &err) &&
            ReadStrings(root, "time", "base_markers", &time.base_markers, &err) &&
            ReadStrings(root, "time", "base_followers", &time.base_followers, &err) &&
            ReadStrings(root, "time", "base_particles", &time.base_particles, &err) &&
            ReadStrings(root, "dating", "source_lines", &time.source_lines, &err) &&
            ReadStrings(root, "dating", "source_labels", &time.source_labels, &err) &&
            ReadStrings(root, "time", "to_date", &time.to_date, &err) &&
            ReadStrings(root, "time", "first_quarter", &time.first_quarter, &err) &&
            ReadStrings(root, "time", "first_months", &time.first_months, &err) &&
            ReadStrings(root, "time", "first_quarters", &time.first_quarters, &err) &&
            ReadStrings(root, "time", "first_half", &time.first_half, &err) &&
            ReadStrings(root, "time", "second_half", &time.second_half, &err) &&
            ReadStrings(root, "time", "full_year", &time.full_year, &err) &&
            ReadStrings(root, "time", "since", &time.since, &err) &&
            ReadStrings(root, "time", "plan_during", &time.plan_during, &err) &&
            ReadStrings(root, "time", "plan_end", &time.plan_end, &err) &&
            ReadStrings(root, "time", "plan_start", &time.plan_start, &err) &&
            ReadStrings(root, "time", "plan_names", &time.plan_names, &err) &&
            ReadStrings(root, "time", "title_opens", &time.title_opens, &err) &&
            ReadStrings(root, "time", "title_closes", &time.title_closes, &err) &&
            ReadStrings(root, "time", "edition_nouns", &time.edition_nouns, &err) &&
            ReadStrings(root, "time", "ago", &time.ago, &err) &&
            ReadStrings(root, "time", "later", &time.later, &err) &&
            ReadStrings(root, "time", "past_span_ends", &time.past_span_ends, &err) &&
            ReadStrings(root, "time", "past_span_alone", &time.past_span_alone, &err) &&
            ReadStrings(root, "time", "past_span_not_before", &time.past_span_not_before, &err) &&
            ReadStrings(root, "time", "period_ends", &lex->period_ends_, &err) &&
            ReadStrings(root, "time", "previous_year_bases", &time.previous_year_bases, &err) &&
            ReadStrings(root, "time", "english_year_before", &time.english_year_before, &err) &&
            ReadStrings(root, "time", "english_span_from", &time.english_span_from, &err) &&
            ReadStrings(root, "time", "english_span_to", &time.english_span_to, &err) &&
            ReadStrings(root, "time", "english_since", &time.english_since, &err) &&
            ReadStrings(root, "time", "english_bases", &time.english_bases, &err) &&
            ReadStrings(root, "time", "english_edition_before", &time.english_edition_before, &err) &&
            ReadStrings(root, "identifiers", "patterns", &ident, &err) &&
            ReadStrings(root, "idioms", "words", &lex->idioms_, &err) &&
            ReadStrings(root, "context", "stopwords", &stop, &err) &&
            ReadStrings(root, "context", "stop_prefixes", &lex->stop_prefixes_, &err) &&
            ReadStrings(root, "context", "interrogatives", &lex->interrogatives_, &err) &&
            ReadStrings(root, "context", "thing_interrogatives", &lex->thing_interrogatives_, &err) &&
            ReadStrings(root, "context", "subject_trailing", &lex->subject_trailing_, &err) &&
            ReadStrings(root, "context", "subject_after_links", &lex->subject_after_links_, &err) &&
            ReadStrings(root, "context", "object_markers", &lex->object_markers_, &err) &&
            ReadStrings(root, "context", "subject_particles", &lex->subject_particles_, &err) &&
            ReadStrings(root, "context", "verb_measures", &lex->verb_measures_, &err) &&
            ReadStrings(root, "context", "lead_trailing", &lex->lead_trailing_, &err) &&
            ReadStrings(root, "context", "rank_leads", &lex->rank_leads_, &err) &&
            ReadTable(root, "context", "rank_scopes", &lex->rank_scopes_, &err) &&
            ReadTable(root, "context", "counted_nouns", &lex->counted_nouns_, &err) &&
            ReadStrings(root, "context", "subject_leading", &lex->subject_leading_, &err) &&
            ReadTable(root, "context", "subject_aliases", &lex->subject_aliases_, &err) &&
            ReadTable(root, "context", "subject_glosses", &lex->subject_glosses_, &err) &&
            ReadStrings(root, "verbs", "level", &lex->level_verbs_, &err) &&
            ReadStrings(root, "sentences", "abbreviations", &lex->abbreviations_, &err) &&
            ReadStrings(root, "verbs", "predicate", &lex->predicate_verbs_, &err) &&
            ReadStrings(root, "verbs", "up", &lex->up_verbs_, &err) &&
            ReadStrings(root, "verbs", "down", &lex->down_verbs_, &err) &&
            ReadStrings(root, "verbs", "compared_up", &lex->compared_up_verbs_, &err) &&
            ReadStrings(root, "verbs", "compared_down", &lex->compared_down_verbs_, &err) &&
            ReadStrings(root, "verbs", "average", &lex->average_words_, &err) &&
            ReadStrings(root, "verbs", "real", &lex->real_words_, &err) &&
            ReadStrings(root, "verbs", "real_measures", &lex->real_measures_, &err) &&
            ReadStrings(root, "verbs", "cumulative", &lex->cumulative_words_, &err) &&
            ReadStrings(root, "verbs", "whole_year", &lex->whole_year_words_, &err) &&
            ReadStrings(root, "verbs", "fillers", &lex->verb_fillers_, &err) &&
            ReadStrings(root, "verbs", "terms", &lex->change_terms_, &err) &&
            ReadString(root, "verbs", "subjectless", &subjectless, &err) &&
            ReadStrings(root, "targets", "words", &target_words, &err) &&
            ReadStrings(root, "targets", "list_ends", &lex->plan_list_ends_, &err) &&
            ReadStrings(root, "targets", "forecasts", &lex->forecast_words_, &err) &&
            ReadStrings(root, "targets", "lays_out", &lex->lays_out_words_, &err) &&
            ReadStrings(root, "targets", "contents", &lex->plan_contents_, &err) &&
            ReadStrings(root, "time", "plan_headings", &lex->plan_headings_, &err) &&
            ReadStrings(root, "time", "review_headings", &lex->review_headings_, &err) &&
            ReadStrings(root, "time", "reach_verbs", &lex->reach_verbs_, &err) &&
            ReadStrings(root, "time", "reach_fillers", &lex->reach_fillers_, &err) &&
            ReadStrings(root, "time", "period_additions", &lex->period_additions_, &err) &&
            ReadStrings(root, "time", "issue_words", &lex->issue_words_, &err) &&
            ReadStrings(root, "time", "change_columns", &lex->change_columns_, &err) &&
            ReadStrings(root, "targets", "plan_columns", &lex->plan_columns_, &err) &&
            ReadStrings(root, "context", "unit_labels", &lex->unit_labels_, &err) &&
            ReadStrings(root, "dating", "sessions", &sessions, &err) &&
            ReadTable(root, "dating", "first_session_years",
                      &lex->session_dating_.first_session_years, &err) &&
            ReadStrings(root, "time", "heading_years", &heading_years, &err) &&
            ReadStrings(root, "time", "list_items", &lex->list_items_, &err) &&
            ReadStrings(root, "time", "questions", &lex->questions_, &err) &&
            ReadStrings(root, "time", "answers", &lex->answers_, &err) &&
            ReadStrings(root, "shares", "marks", &lex->share_words_.marks, &err) &&
            ReadStrings(root, "shares", "whole_ends", &lex->share_words_.whole_ends, &err) &&
            ReadStrings(root, "shares", "fillers", &lex->share_words_.fillers, &err) &&
            ReadStrings(root, "shares", "totals", &lex->share_words_.totals, &err) &&
            ReadStrings(root, "shares", "measures", &lex->share_words_.measures, &err) &&
            ReadStrings(root, "shares", "part_markers", &lex->share_words_.part_markers, &err) &&
            ReadStrings(root, "shares", "list_suffixes", &lex->share_words_.list_suffixes, &err) &&
            ReadStrings(root, "shares", "within_open", &lex->share_words_.within_open, &err) &&
            ReadStrings(root, "shares", "within_close", &lex->share_words_.within_close, &err) &&
            ReadStrings(root, "shares", "of_whole", &lex->share_words_.of_whole, &err) &&
            ReadStrings(root, "shares", "unbounded", &lex->share_words_.unbounded, &err) &&
            ReadTable(root, "sums", "partitions", &lex->sum_words_.partitions, &err) &&
            ReadStrings(root, "sums", "averages", &lex->sum_words_.averages, &err) &&
            ReadStrings(root, "targets", "patterns", &target_pats, &err) &&
            ReadStrings(root, "targets", "aims", &target_aims, &err) &&
            ReadStrings(root, "targets", "reached", &target_reached, &err) &&
            ReadStrings(root, "targets", "openers", &openers, &err) &&
            ReadStrings(root, "targets", "leads", &lex->plan_leads_, &err) &&
            ReadString(root, "targets", "lead_times", &lead_times, &err) &&
            ReadStrings(root, "targets", "governs", &governs, &err) &&
            ReadString(root, "scope", "regions", &regions, &err) &&
            ReadString(root, "scope", "national", &national, &err) &&
            ReadString(root, "scope", "local", &local, &err) &&
            ReadString(root, "scope", "not_places", &not_places, &err) &&
            ReadStrings(root, "time", "previous_year_names", &lex->previous_year_names_, &err) &&
            ReadStrings(root, "time", "anchored_years", &lex->anchored_years_, &err) &&
            ReadStrings(root, "time", "named_years", &lex->named_years_, &err) &&
            ReadStrings(root, "targets", "plan_lead_ends", &lex->plan_lead_ends_, &err) &&
            ReadStrings(root, "time", "follow_up_ends", &lex->follow_up_ends_, &err) &&
            ReadStrings(root, "time", "speech_verbs", &lex->speech_verbs_, &err) &&
            ReadString(root, "time", "sentence_leads", &sentence_leads, &err) &&
            ReadStrings(root, "time", "opening_words", &lex->opening_words_, &err) &&
            ReadStrings(root, "transitions", "from", &lex->transition_from_, &err) &&
            ReadStrings(root, "transitions", "time_links", &lex->transition_time_links_, &err) &&
            ReadStrings(root, "transitions", "up", &transition_up, &err) &&
            ReadStrings(root, "transitions", "down", &lex->transition_down_, &err) &&
            ReadStrings(root, "transitions", "fillers", &transition_fillers, &err) &&
            ReadStrings(root, "transitions", "to", &transition_to, &err) &&
            ReadStrings(root, "corrections", "words", &lex->correction_words_, &err) &&
            ReadStrings(root, "corrections", "original", &lex->correction_originals_, &err) &&
            ReadStrings(root, "corrections", "replacement", &lex->correction_replacements_, &err) &&
            ReadStrings(root, "corrections", "instead", &lex->correction_insteads_, &err) &&
            ReadStrings(root, "context", "comparisons_alone", &lex->comparisons_alone_, &err) &&
            ReadStrings(root, "context", "comparisons", &lex->comparisons_, &err) &&
            ReadStrings(root, "context", "comparison_bases", &lex->comparison_bases_, &err) &&
            ReadStrings(root, "context", "respectively", &lex->respectively_, &err) &&
            ReadStrings(root, "context", "respective_separators", &lex->respective_separators_,
                        &err) &&
            ReadStrings(root, "context", "respective_joiners", &lex->respective_joiners_, &err) &&
            ReadStrings(root, "context", "list_joiners", &lex->list_joiners_, &err) &&
            Compile(ident, &lex->identifier_patterns_, &err) &&
            CompileAlternation(target_pats, target_words, &lex->target_any_, &err) &&
            CompileAlternation({}, target_aims, &lex->target_aims_, &err) &&
            CompileAlternation(target_reached, {}, &lex->target_reached_, &err) &&
            Compile(openers, &lex->plan_openers_, &err) &&
            CompileAlternation(governs, {}, &lex->plan_governs_, &err) &&
            Compile(heading_years, &lex->heading_years_, &err) &&
            GroupsEach("[time] heading_years", lex->heading_years_, 2, &err) &&
            Compile(sessions, &lex->session_dating_.sessions, &err) &&
            GroupsEach("[dating] sessions", lex->session_dating_.sessions, 2, &err);
  // Without [dating] opening_bytes no opening is read: no session dates.
  if (ok && root["dating"]["opening_bytes"]) {
    const auto bytes = root["dating"]["opening_bytes"].value<int64_t>();
    if (!bytes || *bytes < 0) {
      err = "dating.opening_bytes must be a number of bytes";
      ok = false;
    } else {
      lex->session_dating_.opening_bytes = static_cast<uint32_t>(*bytes);
    }
  }
  std::vector<std::unique_ptr<re2::RE2>> scope;
  if (ok) {
    std::vector<std::unique_ptr<re2::RE2>> one;
    ok = Compile({subjectless}, &one, &err);
    if (ok) lex->subjectless_change_ = std::move(one[0]);
  }
  if (ok) {
    std::vector<std::unique_ptr<re2::RE2>> one;
    ok = Compile({lead_times}, &one, &err);
    if (ok) lex->plan_lead_time_ = std::move(one[0]);
  }
  if (ok) {
    std::vector<std::unique_ptr<re2::RE2>> one;
    ok = Compile({sentence_leads,
                  TransitionPattern(transition_up, lex->transition_down_, transition_fillers,
                                    transition_to)},
                 &one, &err);
    if (ok) {
      lex->sentence_lead_ = std::move(one[0]);
      lex->transition_verb_ = std::move(one[1]);
    }
  }
  ok = ok && Compile({regions, national, local, not_places,
                      "^\\s*(?:(?:19|20)[0-9]{2}\\s*年)?\\s*(" + regions + ")"},
                     &scope, &err);
  if (!ok) {
    // A value of the wrong type is located (PATH:LINE:COL:); a pattern RE2
    // rejects is named.
    const bool located = !err.empty() && err[0] >= '0' && err[0] <= '9';
    *error = path + (located ? ":" : ": ") + err;
    return nullptr;
  }
  lex->time_words_ = std::make_unique<TimeWords>(std::move(time));
  lex->regions_ = std::move(scope[0]);
  lex->national_ = std::move(scope[1]);
  lex->local_ = std::move(scope[2]);
  lex->not_places_ = std::move(scope[3]);
  lex->title_region_ = std::move(scope[4]);
  re2::RE2::Options set_options;
  set_options.set_log_errors(false);
  lex->identifier_set_ = std::make_unique<re2::RE2::Set>(set_options, re2::RE2::UNANCHORED);
  for (const std::string& p : ident) {
    std::string set_error;
    if (lex->identifier_set_->Add(p, &set_error) < 0) {
      *error = path + ": bad pattern '" + p + "': " + set_error;
      return nullptr;
    }
  }
  if (!lex->identifier_set_->Compile()) {
    *error = path + ": the identifier patterns together exceed RE2's memory budget";
    return nullptr;
  }
  lex->stopwords_.insert(stop.begin(), stop.end());
  std::stable_sort(lex->subject_aliases_.begin(), lex->subject_aliases_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const std::string& w : lex->idioms_) {
    if (w.empty()) continue;
    const uint32_t first = PackedChar(w, CharLength(w[0]));
    lex->idioms_by_first_[first].push_back(w);
    lex->idiom_first_bits_.set(first & 0xFFF);
  }
  for (const auto& alias : lex->subject_aliases_) {
    const std::string& a = alias.first;  // not empty (ReadTable)
    if (a.size() == 1)
      for (unsigned second = 0; second < 256; ++second)
        lex->alias_first_pairs_.set(FirstPair(a) | second);
    else lex->alias_first_pairs_.set(FirstPair(a));
  }
  return lex;
}

std::vector<Span> Lexicon::IdentifierSpans(std::string_view text) const {
  std::vector<Span> out;
  std::vector<int> present;
  if (!identifier_set_->Match(re2::StringPiece(text.data(), text.size()), &present))
    return out;
  std::sort(present.begin(), present.end());
  for (int index : present) {
    const auto& re = identifier_patterns_[index];
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    size_t pos = 0;
    while (pos <= text.size() &&
           re->Match(input, pos, text.size(), re2::RE2::UNANCHORED, &match, 1)) {
      size_t b = match.data() - text.data();
      size_t e = b + match.size();
      if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
      pos = e > b ? e : b + 1;
    }
  }
  return out;
}

std::vector<Span> Lexicon::IdiomSpans(std::string_view text) const {
  // One pass: at each character, only the idioms that start with it.
  std::vector<Span> out;
  for (size_t pos = 0; pos < text.size();) {
    const size_t len = CharLength(text[pos]);
    const uint32_t first = PackedChar(text.substr(pos, len), len);
    auto it = idiom_first_bits_.test(first & 0xFFF) ? idioms_by_first_.find(first)
                                                    : idioms_by_first_.end();
    if (it != idioms_by_first_.end()) {
      for (const std::string& w : it->second) {
        if (text.substr(pos, w.size()) == w)
          out.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + w.size())});
      }
    }
    pos += len;
  }
  return out;
}

bool Lexicon::IsForecast(std::string_view text) const {
  return std::any_of(forecast_words_.begin(), forecast_words_.end(), [&](const std::string& w) {
    return !w.empty() && text.find(w) != std::string_view::npos;
  });
}

bool Lexicon::IsPlanHeading(std::string_view words) const {
  return ContainsAny(words, plan_headings_) && !ContainsAny(words, review_headings_);
}

bool Lexicon::IsChangeColumn(std::string_view cell) const {
  return ContainsAny(cell, change_columns_);
}

std::string_view Lexicon::UnitLineUnit(std::string_view paragraph) const {
  std::string_view w = TrimLeft(TrimRight(paragraph));
  if (StartsWith(w, "(") && EndsWith(w, ")")) w = TrimLeft(TrimRight(w.substr(1, w.size() - 2)));
  for (const std::string& label : unit_labels_) {
    if (label.empty() || !StartsWith(w, label)) continue;
    std::string_view rest = TrimLeft(w.substr(label.size()));
    if (!StartsWith(rest, ":")) continue;
    rest = TrimLeft(rest.substr(1));
    if (!rest.empty() && rest.find_first_of(" \t,;:()") == std::string_view::npos) return rest;
  }
  return {};
}

bool Lexicon::CountsPlanContents(std::string_view before, std::string_view after) const {
  before = TrimRight(before);
  for (const std::string& m : object_markers_)
    if (!m.empty() && EndsWith(before, m)) {
      before = TrimRight(before.substr(0, before.size() - m.size()));
      break;
    }
  if (!EndsWithAny(before, lays_out_words_)) return false;
  after = TrimLeft(after);
  // The noun starts within the first four characters after the count.
  size_t limit = 0;
  for (int n = 0; n < 4 && limit < after.size(); ++n) limit += CharLength(after[limit]);
  return std::any_of(plan_contents_.begin(), plan_contents_.end(), [&](const std::string& w) {
    const size_t p = w.empty() ? std::string_view::npos : after.find(w);
    return p != std::string_view::npos && p <= limit;
  });
}

bool Lexicon::LeadsIntoList(std::string_view words) const {
  if (EndsWith(words, ":")) return true;
  // A list end, or one with a full stop after it: the stop is taken off once
  // rather than appended to each word. (A colon after it is a colon at the
  // end, which leads into a list already.)
  std::string_view stopped = words;
  const bool stop = EndsWith(stopped, "。");
  if (stop) stopped.remove_suffix(std::string_view("。").size());
  return std::any_of(plan_list_ends_.begin(), plan_list_ends_.end(), [&](const std::string& w) {
    return EndsWith(words, w) || (stop && EndsWith(stopped, w));
  });
}

bool Lexicon::IsTarget(std::string_view clause, bool period_over) const {
  const re2::StringPiece input(clause.data(), clause.size());
  if (target_any_ && re2::RE2::PartialMatch(input, *target_any_)) {
    if (!target_reached_ || !re2::RE2::PartialMatch(input, *target_reached_)) return true;
    // Without the words that say a goal was met, a marker may remain.
    std::string rest(clause);
    re2::RE2::GlobalReplace(&rest, *target_reached_, " ");
    if (re2::RE2::PartialMatch(rest, *target_any_)) return true;
  }
  return !period_over && target_aims_ && re2::RE2::PartialMatch(input, *target_aims_);
}

std::string_view Lexicon::CountedDimension(std::string_view subject) const {
  for (const auto& [noun, dimension] : counted_nouns_)
    if (!noun.empty() && EndsWith(subject, noun)) return dimension;
  return {};
}

bool Lexicon::IsPlaceName(std::string_view name) const {
  const re2::StringPiece input(name.data(), name.size());
  for (const auto* re : {&regions_, &national_, &local_})
    if (*re && re2::RE2::FullMatch(input, **re)) return true;
  return false;
}

std::vector<ScopeMark> Lexicon::ScopeMarks(std::string_view text) const {
  std::string masked(text);
  {
    re2::StringPiece input(masked.data(), masked.size()), m;
    size_t pos = 0;
    while (pos < masked.size() &&
           not_places_->Match(input, pos, masked.size(), re2::RE2::UNANCHORED, &m, 1)) {
      size_t b = m.data() - masked.data();
      std::fill(masked.begin() + b, masked.begin() + b + m.size(), ' ');
      pos = b + std::max<size_t>(m.size(), 1);
    }
  }
  std::vector<ScopeMark> marks;
  auto collect = [&](const re2::RE2& re, ScopeMark::Kind kind) {
    re2::StringPiece input(masked.data(), masked.size()), m;
    size_t pos = 0;
    while (pos < masked.size() &&
           re.Match(input, pos, masked.size(), re2::RE2::UNANCHORED, &m, 1)) {
      size_t b = m.data() - masked.data();
      size_t e = b + m.size();
      if (e > b) marks.push_back({static_cast<uint32_t>(e), kind, std::string(m.data(), m.size())});
      pos = e > b ? e : b + 1;
    }
  };
  collect(*regions_, ScopeMark::kRegion);
  collect(*national_, ScopeMark::kNational);
  collect(*local_, ScopeMark::kLocal);
  // By end; at equal ends a region wins over a national word, which wins
  // over a local word (the winner is sorted last).
  std::stable_sort(marks.begin(), marks.end(), [](const ScopeMark& a, const ScopeMark& b) {
    if (a.end != b.end) return a.end < b.end;
    auto rank = [](ScopeMark::Kind k) {
      return k == ScopeMark::kRegion ? 0 : k == ScopeMark::kNational ? 1 : 2;
    };
    return rank(a.kind) > rank(b.kind);  // the winner last
  });
  return marks;
}

std::string Lexicon::TitleScope(std::string_view title) const {
  std::string region;
  re2::StringPiece input(title.data(), title.size());
  if (re2::RE2::PartialMatch(input, *title_region_, &region)) return region;
  return "";
}

bool Lexicon::LeadsPlan(std::string_view clause) const {
  re2::StringPiece input(clause.data(), clause.size());
  re2::RE2::Consume(&input, *plan_lead_time_);
  std::string_view rest(input.data(), input.size());
  for (const std::string& w : plan_leads_)
    if (!w.empty() && rest.substr(0, w.size()) == w) return true;
  return false;
}

bool Lexicon::GovernsPlan(std::string_view clause) const {
  return plan_governs_ &&
         re2::RE2::PartialMatch(re2::StringPiece(clause.data(), clause.size()), *plan_governs_);
}

const std::pair<std::string, std::string>* Lexicon::AliasAt(std::string_view s) const {
  if (s.empty() || !alias_first_pairs_.test(FirstPair(s))) return nullptr;
  for (const auto& alias : subject_aliases_)
    if (s.substr(0, alias.first.size()) == alias.first) return &alias;
  return nullptr;
}

std::string Lexicon::CanonicalSubject(std::string_view s) const {
  std::string out;
  if (subject_aliases_.empty() && subject_particles_.empty() && verb_measures_.empty())
    return std::string(s);
  for (size_t i = 0; i < s.size();) {
    if (const auto* alias = AliasAt(s.substr(i))) {
      out += alias->second;
      i += alias->first.size();
      continue;
    }
    const size_t n = std::min(CharLength(s[i]), s.size() - i);
    const std::string_view ch = s.substr(i, n);
    // A particle inside the subject, not at its ends (的 of 目的 stays).
    const bool particle = i > 0 && i + n < s.size() &&
                          std::find(subject_particles_.begin(), subject_particles_.end(), ch) !=
                              subject_particles_.end();
    if (!particle) out.append(ch);
    i += n;
  }
  // 专利授权量 is 专利授权: a verb's count is the verb's.
  for (const std::string& m : verb_measures_) {
    if (!EndsWith(out, m)) continue;
    const std::string_view rest = std::string_view(out).substr(0, out.size() - m.size());
    if (std::any_of(level_verbs_.begin(), level_verbs_.end(), [&](const std::string& v) {
          return CountCodePoints(v) >= 2 && EndsWith(rest, v) && rest.size() > v.size();
        })) {
      out.resize(rest.size());
      break;
    }
  }
  return out;
}

std::string_view Lexicon::RankedSubject(std::string_view subject, std::string* scope) const {
  scope->clear();
  std::string_view s = subject;
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (const std::string& w : rank_leads_)
      if (!w.empty() && EndsWith(s, w)) {
        s.remove_suffix(w.size());
        changed = true;
      }
    for (const auto& [place, name] : rank_scopes_)
      if (scope->empty() && EndsWith(s, place)) {
        *scope = name;
        s.remove_suffix(place.size());
        changed = true;
      }
  }
  return s;
}

std::string Lexicon::RankScopeNamed(std::string_view text) const {
  size_t first = std::string_view::npos;
  std::string name;
  for (const auto& [place, scope] : rank_scopes_) {
    const size_t at = place.empty() ? std::string_view::npos : text.find(place);
    if (at < first) first = at, name = scope;
  }
  return name;
}

bool Lexicon::IsSpeakerClause(std::string_view clause) const {
  const std::string_view c = TrimRight(clause);
  return std::any_of(speech_verbs_.begin(), speech_verbs_.end(),
                     [&](const std::string& v) { return !v.empty() && EndsWith(c, v); });
}

bool Lexicon::IsStopword(std::string_view w) const {
  if (stopwords_.find(w) != stopwords_.end()) return true;
  for (const std::string& p : stop_prefixes_)
    if (!p.empty() && w.size() > p.size() && w.substr(0, p.size()) == p &&
        stopwords_.find(w.substr(p.size())) != stopwords_.end())
      return true;
  return false;
}

HeadingYear Lexicon::BareYearOfHeading(std::string_view heading, int doc_year) const {
  auto year_of = [](re2::StringPiece digits) {
    int y = 0;
    for (char c : digits) y = y * 10 + (c - '0');
    return digits.size() == 4 ? y : 0;
  };
  for (const auto& re : heading_years_) {
    re2::StringPiece input(heading.data(), heading.size()), first, last;
    while (re2::RE2::FindAndConsume(&input, *re, &first, &last)) {
      if (first.empty()) break;  // nothing consumed: no year further on either
      const int from = year_of(first);
      const int to = last.empty() ? from : year_of(last);
      if (from == 0 || to < from || (doc_year != 0 && from > doc_year)) continue;
      const auto begin = static_cast<uint32_t>(first.data() - heading.data());
      const auto end = static_cast<uint32_t>((last.empty() ? first : last).data() - heading.data()) + 4;
      return {from, to, {begin, end}};
    }
  }
  return {};
}

bool Lexicon::IsPlanOpener(std::string_view clause, int doc_year) const {
  re2::StringPiece input(clause.data(), clause.size());
  for (const auto& re : plan_openers_) {
    int year = 0;
    bool matched = re->NumberOfCapturingGroups() >= 1
                       ? re2::RE2::FullMatch(input, *re, &year)
                       : re2::RE2::FullMatch(input, *re);
    if (matched && (doc_year == 0 || year == 0 || year >= doc_year)) return true;
  }
  return false;
}

int Lexicon::AnchoredYear(std::string_view word, int anchor) const {
  if (std::find(anchored_years_.begin(), anchored_years_.end(), word) == anchored_years_.end())
    return 0;
  for (const auto& [w, shift] : time_words().lists().relative_years)
    if (w == word) return anchor + shift;
  return 0;
}

}  // namespace factlint
