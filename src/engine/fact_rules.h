// Fact rules: data (rules/facts/*.toml) that name one fact a newsroom states
// again and again (e.g. how many mainland firms are in the global industrial
// R&D top-2000 list) and say how to recognise it in a sentence, so that
// claims of that fact are grouped for cross-checking however they are worded.
// A rule's patterns are RE2 regular expressions with `{MACRO}`s from
// rules/macros.toml; each has a `(?P<value>...)` group (via {NUM} or {PCT})
// locating the number and optionally a `(?P<year>...)` group ({YEAR}).
// Schema and error ids: docs/rule-authoring.md.
#ifndef FACTLINT_ENGINE_FACT_RULES_H_
#define FACTLINT_ENGINE_FACT_RULES_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "diag/diagnostic.h"
#include "diag/span.h"
#include "engine/macro.h"

namespace factlint {

// A sentence kept with a rule (`examples`, `traps`): as written in real text,
// before normalization. An example names the value text the rule must
// capture in it (after normalization: "134.9万亿", "6.9%", "百分之六十四点七")
// and optionally its year (a sentence stating both ends of a change,
// 从54万亿元增加到82.7万亿元, names both values); a trap must give no match
// of the rule.
struct RuleSentence {
  std::string text;
  std::vector<std::string> values;  // examples only: every value, in order
  int year = 0;       // examples only; 0 = not checked
  Location where;     // the sentence in the rule file
};

// What a rule's value is: a level (the default; a change such as 增长6.9% is
// refused), or a one-year rate of change in one direction (增长6.9%, 增速6.9%,
// 涨幅2%; falls, average annual rates and multi-year changes are refused).
enum class FactMeasure { kLevel, kRise, kFall };
const char* FactMeasureName(FactMeasure m);

struct FactRule {
  std::string id;           // "cn-rd-top2000-firms"
  std::string title;        // one line, the fact's name
  std::string description;  // one line saying what the fact is
  std::string dimension;    // a Claim::dimension: "count:家", "percent", ...
  std::vector<std::string> patterns;  // as written (before macro expansion)
  std::vector<std::string> expanded;  // patterns after macro expansion
  std::vector<std::string> keywords;  // all must occur in the sentence
  std::vector<std::string> exclude;   // as written; none may match the
                                      // sentence before the value
  std::vector<std::string> aliases;   // other names, for docs
  bool by_year = true;  // compare only claims about the same year
  bool national = false;  // scope = "national": not claims about a region
  FactMeasure measure = FactMeasure::kLevel;  // measure = "level"|"rise"|"fall"
  // as_of = "last-year": a whole year's total or rate, known only once the
  // year is over, so a statement with no year of its own is about the last
  // full year before its document.
  bool last_year_as_of = false;
  std::vector<RuleSentence> examples;  // sentences the rule must match
  std::vector<RuleSentence> traps;     // sentences it must not match
  Severity severity = Severity::kError;
  std::string file;     // where the rule is defined
  uint32_t line = 0;    // line of its [[fact]] header
};

// One occurrence of a rule's fact in a sentence. Offsets are bytes into the
// string given to FactRuleSet::Match.
struct RuleMatch {
  size_t rule = 0;   // index into FactRuleSet::rules()
  Span value;        // the (?P<value>...) group: the number (with magnitude
                     // words like 万/亿, and '%' for {PCT}), never the unit
  int year = 0;      // the (?P<year>...) group, 0 when absent
  size_t pattern = 0;  // index into FactRule::patterns that matched
  Span match;          // the whole match (for explaining it)
  friend bool operator==(const RuleMatch&, const RuleMatch&) = default;
};

class UnitTable;

// The dimensions a Claim can have, so a rule may name: every dimension of the
// unit table (rules/units.toml: "CNY", "EUR", "W", "m2", "hour", "percent",
// "count:家" for each measure word ...) and "rank" (第10位, not a unit).
std::set<std::string> ClaimDimensions(const UnitTable& units);

class FactRuleSet {
 public:
  // `paths` are rule files or directories (every *.toml inside except
  // macros.toml, sorted by name, not recursive). Macros come from the
  // macros.toml in the same directory as the rule file, else in its parent
  // directory (rules/facts/x.toml uses rules/macros.toml), if present.
  // Returns nullptr if any file has an error; each error is appended to
  // *errors with rule_id "rule-io" (unreadable path), "rule-syntax" (TOML
  // parse error), "rule-schema" (unknown key, wrong type, missing key,
  // duplicate id, unknown macro, unknown dimension, no value group) or
  // "rule-regex" (RE2 error, with RE2's message and offending fragment),
  // located at the offending TOML key or value. `units_file` is the
  // units.toml whose dimensions a rule may name when there is none beside
  // the rule file or one level up (a directory of fact rules alone); "" for
  // none, and then a rule naming a dimension is a "rule-io" error.
  static std::unique_ptr<FactRuleSet> Load(
      const std::vector<std::string>& paths, std::vector<Diagnostic>* errors,
      const std::string& units_file = "");
  ~FactRuleSet();

  const std::vector<FactRule>& rules() const { return rules_; }
  const MacroTable& macros() const { return macros_; }
  // The dimensions a rule may have (ClaimDimensions of the units.toml found
  // beside the rule files or one level up, else of Load's units_file).
  const std::set<std::string>& dimensions() const { return dimensions_; }

  // Every match in one normalized sentence (NFKC, PDF spaces removed), sorted
  // by value position then rule; at most one per (rule, value span). One
  // RE2::Set pass selects the patterns that may occur (Selector: a superset);
  // only those run exactly to find every occurrence with its groups; the
  // keyword filter and the rule's exclude patterns (matched against the
  // sentence before the value: 北京市研发投入强度 is not the national
  // figure) come last.
  std::vector<RuleMatch> Match(std::string_view sentence) const;

  // Which set selects: the loose one for a run's first kLooseSentences
  // sentences, the widened one after them (fact_rule_set.cc says why so few).
  enum class SelectorKind { kLoose, kWidened };
  static const size_t kLooseSentences;
  // Whether the widened set has been compiled (for tests: a run of a few
  // sentences never compiles it).
  bool widened_compiled() const;
  // Match with the given set, whatever the sentences before (for tests: the
  // two sets select alike among the patterns that match).
  std::vector<RuleMatch> MatchWith(SelectorKind kind, std::string_view sentence) const;

  // Compiles every pattern now (a run compiles each on its first use only)
  // and says, for each that parses but cannot be compiled (too large), which
  // rule's pattern it is and why, and whether the widened set is too large:
  // `factlint rules --check` reports them, so that no pattern is left to
  // never match in silence.
  std::vector<std::string> CompileAll() const;

 private:
  friend class RuleLoader;
  FactRuleSet();

  // A rule pattern, parsed (and so checked, its groups known) when the
  // rules are loaded but compiled on its first use: the RE2::Set selects the
  // few patterns a sentence may match, so a run over one draft compiles few
  // of them, and compiling all of them was a quarter of a pre-commit
  // check's CPU time (docs/benchmarks.md). Safe to use from several threads.
  class LazyPattern {
   public:
    // `name` says which rule's pattern it is, for the warning a pattern too
    // large to compile gives on standard error when a run first needs it.
    LazyPattern(std::string pattern, const RE2::Options& options, std::string name)
        : pattern_(std::move(pattern)), options_(options), name_(std::move(name)) {}
    const std::string& pattern() const { return pattern_; }
    const std::string& name() const { return name_; }
    const RE2& get() const;

   private:
    std::string pattern_;
    RE2::Options options_;
    std::string name_;
    mutable std::once_flag once_;
    mutable std::unique_ptr<RE2> re_;
  };

  struct Compiled {
    size_t rule;
    size_t pattern;
    std::unique_ptr<LazyPattern> re;
    int value_group;  // 1-based submatch index
    int year_group;   // 0 when the pattern has none
  };

  // The set that selects for `kind`: the widened one is compiled on first
  // use, and when it cannot be, the loose one selects (a superset too).
  const RE2::Set& Selector(SelectorKind kind) const;
  std::vector<RuleMatch> MatchSelected(const RE2::Set& set, std::string_view sentence) const;

  std::vector<FactRule> rules_;
  MacroTable macros_;
  std::vector<Compiled> compiled_;  // in RE2::Set index order
  // Compiled `exclude` patterns, by rule index.
  std::vector<std::vector<std::unique_ptr<RE2>>> excludes_;
  // The sets that select the patterns a sentence may match, each holding
  // every pattern in a form that accepts a superset of what it accepts, so
  // that the exact patterns decide alike whichever selects. The loose set
  // holds the patterns widened (widen_repeats.h) with the macros of
  // `[selector] loose` read as any text (MacroTable::ExpandLoose): it compiles
  // in a third of the time of the widened set and its DFA warms faster, but
  // it selects more patterns that then do not match, so a run's first
  // kLooseSentences sentences use it (a draft's are all of them) and the
  // sentences after them the widened set, compiled when first needed.
  // RE2::Set is declared in re2.h.
  std::unique_ptr<RE2::Set> loose_set_;
  mutable std::once_flag widened_once_;
  mutable std::unique_ptr<RE2::Set> widened_set_;
  mutable std::string widened_error_;  // why widened_set_ is null
  mutable std::atomic<size_t> sentences_{0};  // given to Match
  std::set<std::string> dimensions_;
};

// `factlint rules`: one line per rule, aligned columns:
// id, dimension, by_year ("by-year" or "any-year"), severity, title.
void WriteRuleList(const FactRuleSet& rules, std::ostream& out);

// A Markdown reference page with one section per rule (title, id,
// description, dimension, year handling, severity, keywords, aliases,
// patterns as written, defining file and line).
std::string RulesMarkdown(const FactRuleSet& rules);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_FACT_RULES_H_
