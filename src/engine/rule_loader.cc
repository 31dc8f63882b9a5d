// FactRuleSet::Load: finding rule files, reading [[fact]] tables with their
// schema checks, expanding macros and compiling every pattern with RE2.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "engine/fact_rules.h"
#include "engine/rule_loader_internal.h"
#include "engine/widen_repeats.h"
#include "extract/unit_table.h"

namespace factlint {

using namespace rule_loader_internal;
namespace fs = std::filesystem;

namespace {

constexpr char kMacrosFile[] = "macros.toml";
constexpr char kUnitsFile[] = "units.toml";

const std::set<std::string>& KnownKeys() {
  static const std::set<std::string> keys = {
      "id",       "title",    "description", "dimension", "patterns",
      "keywords", "aliases",  "by_year",     "severity",  "exclude",
      "scope",    "measure",  "examples",    "traps",     "as_of"};
  return keys;
}

bool IsValidId(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// The `name` (macros.toml, units.toml) that serves a rule file: beside it,
// else one level up; "" when there is none.
std::string SharedFileFor(const fs::path& rule_file, const char* name) {
  std::error_code ec;
  fs::path dir = rule_file.parent_path();
  if (dir.empty()) dir = ".";
  // The parent of a one-component relative directory ("bad") is ".", and
  // that of "." is "..": parent_path() gives "" for both.
  fs::path parent = dir.parent_path();
  if (parent.empty()) parent = dir == "." ? ".." : ".";
  for (const fs::path& d : {dir, parent}) {
    fs::path m = d / name;
    if (fs::is_regular_file(m, ec)) return m.string();
  }
  return "";
}

// `s` with the full-width forms U+FF01..U+FF5E made ASCII (０-９, ％, ．, ，):
// enough to find an example's value in the sentence as written.
std::string HalfWidth(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char a = s[i];
    if (a == 0xEF && i + 2 < s.size()) {
      unsigned char b = s[i + 1], c = s[i + 2];
      unsigned cp = ((a & 0x0F) << 12) | ((b & 0x3F) << 6) | (c & 0x3F);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out += static_cast<char>(cp - 0xFF01 + 0x21);
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// RE2's message for a pattern that does not compile, with the offending
// fragment in terms of the pattern as written: the written pattern is
// compiled again with each {NAME} standing for the literal text "{NAME}";
// if that still fails, its fragment shows the user's own text. Otherwise
// the error lies in a macro body and the expanded fragment is shown.
std::string DescribeRegexError(const std::string& written, const RE2& re,
                               const MacroTable& macros) {
  MacroTable literal;
  for (const auto& [name, body] : macros.bodies()) {
    literal.Define(name, "\\{" + name + "\\}");
  }
  std::string error;
  std::optional<std::string> skeleton = literal.Expand(written, &error);
  const RE2* source = &re;
  std::unique_ptr<RE2> plain;
  if (skeleton) {
    plain = std::make_unique<RE2>(*skeleton, PatternOptions());
    if (!plain->ok()) source = plain.get();
  }
  std::string message = source->error();
  std::string fragment = source->error_arg();
  const std::string suffix = ": " + fragment;
  if (message.size() > suffix.size() &&
      message.compare(message.size() - suffix.size(), suffix.size(),
                      suffix) == 0) {
    message.resize(message.size() - suffix.size());
  }
  if (source == plain.get()) {
    for (const auto& [name, body] : macros.bodies()) {
      const std::string placeholder = "(?:\\{" + name + "\\})";
      for (size_t at; (at = fragment.find(placeholder)) != std::string::npos;)
        fragment.replace(at, placeholder.size(), "{" + name + "}");
    }
    return message + "; offending fragment '" + fragment + "'";
  }
  return message + "; offending fragment '" + fragment +
         "' (in the macro expansion)";
}

}  // namespace

class RuleLoader {
 public:
  RuleLoader(std::vector<Diagnostic>* errors, std::string units_file)
      : errors_(errors), units_file_(std::move(units_file)) {}

  std::unique_ptr<FactRuleSet> Load(const std::vector<std::string>& paths);

 private:
  void Error(const char* id, Location loc, std::string message) {
    errors_->push_back(MakeError(id, std::move(loc), std::move(message)));
  }
  std::vector<std::string> ListFiles(const std::vector<std::string>& paths);
  const MacroTable* Macros(const std::string& rule_file);
  const std::set<std::string>* Dimensions(const std::string& rule_file);
  void LoadSentences(const std::string& path, const toml::node& node,
                     const std::string& key, FactRule* rule);
  void LoadFile(const std::string& path);
  void LoadFact(const std::string& path, const toml::table& t,
                const MacroTable& macros);
  bool GetStrings(const std::string& path, const toml::node& node,
                  const std::string& key, std::vector<std::string>* out);
  void CompilePattern(const std::string& path, const toml::node& node,
                      const MacroTable& macros, FactRule* rule);
  void CompileExclude(const std::string& path, const toml::node& node,
                      const MacroTable& macros, FactRule* rule,
                      std::vector<std::unique_ptr<RE2>>* out);
  // Expands the macros of the string `node` and compiles it; nullptr after
  // reporting the error (`what` names it: "pattern", "exclude pattern").
  // `parse_only`: the result is parsed, not compiled (its groups are known,
  // it cannot match): FactRuleSet::LazyPattern compiles it on first use.
  std::unique_ptr<RE2> ExpandAndCompile(const std::string& path, const toml::node& node,
                                        const MacroTable& macros, const FactRule& rule,
                                        const char* what, std::string* expanded,
                                        bool parse_only = false);

  std::vector<Diagnostic>* errors_;
  std::string units_file_;  // dimensions when none is beside a rule file
  std::unique_ptr<FactRuleSet> set_{new FactRuleSet()};
  std::map<std::string, std::unique_ptr<MacroTable>> macro_files_;
  // The loose form of each pattern (FactRuleSet::loose_set_), in the order
  // of set_->compiled_.
  std::vector<std::string> loose_forms_;
  std::map<std::string, Location> ids_;
  bool first_macros_ = true;
  // Claim dimensions by units.toml path; nullptr when the file has errors.
  std::map<std::string, std::unique_ptr<std::set<std::string>>> dimension_files_;
};

std::vector<std::string> RuleLoader::ListFiles(
    const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> inside;
      for (const auto& e : fs::directory_iterator(p, ec)) {
        const fs::path& f = e.path();
        if (f.extension() == ".toml" && f.filename() != kMacrosFile &&
            e.is_regular_file(ec)) {
          inside.push_back(f.string());
        }
      }
      std::sort(inside.begin(), inside.end());
      files.insert(files.end(), inside.begin(), inside.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      Location loc;
      loc.path = p;
      Error(kRuleIo, loc, "no such rule file or directory");
    }
  }
  return files;
}

const MacroTable* RuleLoader::Macros(const std::string& rule_file) {
  static const MacroTable kEmpty;
  std::string path = SharedFileFor(rule_file, kMacrosFile);
  if (path.empty()) return &kEmpty;
  auto it = macro_files_.find(path);
  if (it == macro_files_.end()) {
    auto table = std::make_unique<MacroTable>();
    if (!LoadMacroFile(path, table.get(), errors_)) table.reset();
    if (table && first_macros_) {
      set_->macros_ = *table;
      first_macros_ = false;
    }
    it = macro_files_.emplace(path, std::move(table)).first;
  }
  return it->second.get();  // nullptr: the macros file has errors
}

// The dimensions of the units.toml beside the rule file or one level up
// (rules/facts/x.toml uses rules/units.toml), else of units_file_.
const std::set<std::string>* RuleLoader::Dimensions(const std::string& rule_file) {
  std::string path = SharedFileFor(rule_file, kUnitsFile);
  if (path.empty()) path = units_file_;
  if (path.empty()) {
    Location loc;
    loc.path = rule_file;
    Error(kRuleIo, loc, std::string("no ") + kUnitsFile +
                            " beside the rule file or one level up to take "
                            "its dimensions from");
    return nullptr;
  }
  auto it = dimension_files_.find(path);
  if (it == dimension_files_.end()) {
    std::string error;
    std::unique_ptr<UnitTable> units = UnitTable::LoadFile(path, &error);
    std::unique_ptr<std::set<std::string>> dims;
    if (units) {
      dims = std::make_unique<std::set<std::string>>(ClaimDimensions(*units));
      if (set_->dimensions_.empty()) set_->dimensions_ = *dims;
    } else {
      Location loc;
      loc.path = path;
      Error(kRuleIo, loc, "cannot read the unit table the rule dimensions come from: " + error);
    }
    it = dimension_files_.emplace(path, std::move(dims)).first;
  }
  return it->second.get();
}

// `examples`: an array of inline tables { text = "...", value = "...",
// year = 2024 } (year optional); `traps`: an array of strings.
void RuleLoader::LoadSentences(const std::string& path, const toml::node& node,
                               const std::string& key, FactRule* rule) {
  const bool examples = key == "examples";
  const toml::array* a = node.as_array();
  const char* shape = examples
      ? "'examples' must be an array of tables { text = \"...\", value = \"...\" }"
      : "'traps' must be an array of strings";
  if (a == nullptr) {
    Error(kRuleSchema, LocationOf(path, node.source()), shape);
    return;
  }
  for (const toml::node& e : *a) {
    RuleSentence s;
    s.where = LocationOf(path, e.source());
    if (!examples) {
      const auto* str = e.as_string();
      if (str == nullptr || str->get().empty()) {
        Error(kRuleSchema, s.where, "a trap must be a non-empty string");
        continue;
      }
      s.text = str->get();
      rule->traps.push_back(std::move(s));
      continue;
    }
    const toml::table* t = e.as_table();
    if (t == nullptr) {
      Error(kRuleSchema, s.where, shape);
      continue;
    }
    bool ok = true;
    for (const auto& [k, v] : *t) {
      const std::string name(k.str());
      Location at = LocationOf(path, v.source());
      if (name == "text" || (name == "value" && v.is_string())) {
        const auto* str = v.as_string();
        if (str == nullptr || str->get().empty()) {
          Error(kRuleSchema, at, "'" + name + "' of an example must be a non-empty string");
          ok = false;
        } else if (name == "text") {
          s.text = str->get();
        } else {
          s.values.push_back(str->get());
        }
      } else if (name == "value") {
        const toml::array* vs = v.as_array();
        bool strings = vs != nullptr && !vs->empty();
        if (strings) {
          for (const toml::node& x : *vs) {
            const auto* str = x.as_string();
            if (str == nullptr || str->get().empty()) strings = false;
            else s.values.push_back(str->get());
          }
        }
        if (!strings) {
          Error(kRuleSchema, at,
                "'value' of an example must be a non-empty string or an array of them");
          ok = false;
        }
      } else if (name == "year") {
        const auto* y = v.as_integer();
        if (y == nullptr || y->get() < 1900 || y->get() > 2099) {
          Error(kRuleSchema, at, "'year' of an example must be a year such as 2024");
          ok = false;
        } else {
          s.year = static_cast<int>(y->get());
        }
      } else {
        Error(kRuleSchema, LocationOf(path, k.source()),
              "unknown key '" + name + "' in an example (text, value, year)");
        ok = false;
      }
    }
    for (const char* required : {"text", "value"}) {
      if (!t->contains(required)) {
        Error(kRuleSchema, s.where,
              std::string("an example is missing the required key '") + required + "'");
        ok = false;
      }
    }
    // The value is the normalized text the rule captures: it is in the
    // sentence once full-width digits and signs are ASCII (６.９％ is 6.9%).
    for (const std::string& value : s.values) {
      if (ok && HalfWidth(s.text).find(HalfWidth(value)) == std::string::npos) {
        Error(kRuleSchema, s.where,
              "the example's value '" + value + "' is not in its text");
        ok = false;
      }
    }
    if (ok) rule->examples.push_back(std::move(s));
  }
}

void RuleLoader::LoadFile(const std::string& path) {
  std::optional<toml::table> doc = ParseTomlFile(path, errors_);
  if (!doc) return;
  const MacroTable* macros = Macros(path);
  if (macros == nullptr) return;  // already reported
  for (const auto& [key, node] : *doc) {
    if (key.str() != "fact") {
      Error(kRuleSchema, LocationOf(path, key.source()),
            "unknown key '" + std::string(key.str()) +
                "' (a rule file holds only [[fact]] tables)");
      continue;
    }
    const toml::array* facts = node.as_array();
    if (facts == nullptr || !facts->is_array_of_tables()) {
      Error(kRuleSchema, LocationOf(path, node.source()),
            "'fact' must be an array of tables, written [[fact]]");
      continue;
    }
    for (const toml::node& f : *facts) LoadFact(path, *f.as_table(), *macros);
  }
}

bool RuleLoader::GetStrings(const std::string& path, const toml::node& node,
                            const std::string& key,
                            std::vector<std::string>* out) {
  const toml::array* a = node.as_array();
  if (a == nullptr) {
    Error(kRuleSchema, LocationOf(path, node.source()),
          "'" + key + "' must be an array of strings");
    return false;
  }
  bool ok = true;
  for (const toml::node& e : *a) {
    if (const auto* s = e.as_string()) {
      out->push_back(s->get());
    } else {
      Error(kRuleSchema, LocationOf(path, e.source()),
            "'" + key + "' must contain only strings");
      ok = false;
    }
  }
  return ok;
}

std::unique_ptr<RE2> RuleLoader::ExpandAndCompile(const std::string& path,
                                                  const toml::node& node,
                                                  const MacroTable& macros,
                                                  const FactRule& rule,
                                                  const char* what,
                                                  std::string* expanded,
                                                  bool parse_only) {
  const std::string& written = node.as_string()->get();
  Location loc = LocationOf(path, node.source());
  std::string error;
  std::optional<std::string> text = macros.Expand(written, &error);
  if (!text) {
    Error(kRuleSchema, loc, error + " in " + what + " of rule '" + rule.id + "'");
    return nullptr;
  }
  // Parsed only (`parse_only`): an instruction budget too small for any
  // program stops RE2 right after its parser, which reports every syntax
  // error and knows the groups; the pattern is compiled on first use.
  RE2::Options options = PatternOptions();
  if (parse_only) options.set_max_mem(kParseOnlyMaxMem);
  auto re = std::make_unique<RE2>(*text, options);
  const bool parsed = parse_only && re->error_code() == RE2::ErrorPatternTooLarge;
  if (!re->ok() && !parsed) {
    Error(kRuleRegex, loc,
          std::string("invalid regular expression in ") +
              (std::string(what) == "pattern" ? "" : std::string(what) + " of ") +
              "rule '" + rule.id + "': " + DescribeRegexError(written, *re, macros));
    return nullptr;
  }
  *expanded = *text;
  return re;
}

void RuleLoader::CompilePattern(const std::string& path,
                                const toml::node& node,
                                const MacroTable& macros, FactRule* rule) {
  std::string expanded;
  auto re = ExpandAndCompile(path, node, macros, *rule, "pattern", &expanded,
                             /*parse_only=*/true);
  if (!re) return;
  Location loc = LocationOf(path, node.source());
  const auto& groups = re->NamedCapturingGroups();
  auto value = groups.find("value");
  if (value == groups.end()) {
    Error(kRuleSchema, loc,
          "pattern of rule '" + rule->id +
              "' has no (?P<value>...) group; use {NUM} or {PCT}");
    return;
  }
  auto year = groups.find("year");
  FactRuleSet::Compiled c;
  c.rule = set_->rules_.size();  // the rule is appended after its patterns
  c.pattern = rule->patterns.size();
  c.value_group = value->second;
  c.year_group = year == groups.end() ? 0 : year->second;
  c.re = std::make_unique<FactRuleSet::LazyPattern>(
      expanded, PatternOptions(),
      "pattern " + std::to_string(c.pattern + 1) + " of rule '" + rule->id + "'");
  // The loose form names the same macros, which expanded already.
  std::string error;
  loose_forms_.push_back(
      WidenCountedRepeats(macros.ExpandLoose(node.as_string()->get(), &error).value_or("")));
  rule->patterns.push_back(node.as_string()->get());
  rule->expanded.push_back(expanded);
  set_->compiled_.push_back(std::move(c));
}

void RuleLoader::CompileExclude(const std::string& path,
                                const toml::node& node,
                                const MacroTable& macros, FactRule* rule,
                                std::vector<std::unique_ptr<RE2>>* out) {
  std::string expanded;
  auto re = ExpandAndCompile(path, node, macros, *rule, "exclude pattern", &expanded);
  if (!re) return;
  rule->exclude.push_back(node.as_string()->get());
  out->push_back(std::move(re));
}

void RuleLoader::LoadFact(const std::string& path, const toml::table& t,
                          const MacroTable& macros) {
  FactRule rule;
  std::vector<std::unique_ptr<RE2>> excludes;
  rule.file = path;
  rule.line = t.source().begin.line;
  Location where = LocationOf(path, t.source());
  // The id first, so later messages can name the rule.
  if (const toml::node* id = t.get("id")) {
    if (const auto* s = id->as_string()) {
      rule.id = s->get();
      Location loc = LocationOf(path, id->source());
      if (!IsValidId(rule.id)) {
        Error(kRuleSchema, loc,
              "invalid rule id '" + rule.id +
                  "' (use lowercase letters, digits and '-')");
      } else if (auto [it, fresh] = ids_.emplace(rule.id, loc); !fresh) {
        Diagnostic d = MakeError(kRuleSchema, loc,
                                 "duplicate rule id '" + rule.id + "'");
        d.notes.push_back({it->second, "first defined here"});
        errors_->push_back(std::move(d));
      }
    }
  }
  for (const auto& [key, node] : t) {
    const std::string k(key.str());
    Location loc = LocationOf(path, node.source());
    if (!KnownKeys().count(k)) {
      Error(kRuleSchema, LocationOf(path, key.source()),
            "unknown key '" + k + "' in [[fact]]");
      continue;
    }
    if (k == "by_year") {
      if (const auto* b = node.as_boolean()) {
        rule.by_year = b->get();
      } else {
        Error(kRuleSchema, loc, "'by_year' must be a boolean");
      }
      continue;
    }
    if (k == "examples" || k == "traps") {
      LoadSentences(path, node, k, &rule);
      continue;
    }
    if (k == "exclude") {
      std::vector<std::string> written;
      if (!GetStrings(path, node, k, &written)) continue;
      for (const toml::node& p : *node.as_array())
        CompileExclude(path, p, macros, &rule, &excludes);
      continue;
    }
    if (k == "patterns" || k == "keywords" || k == "aliases") {
      if (k != "patterns") {
        GetStrings(path, node, k, k == "keywords" ? &rule.keywords
                                                  : &rule.aliases);
        continue;
      }
      std::vector<std::string> unused;
      if (!GetStrings(path, node, k, &unused)) continue;
      if (unused.empty()) {
        Error(kRuleSchema, loc, "'patterns' must not be empty");
      }
      for (const toml::node& p : *node.as_array()) {
        CompilePattern(path, p, macros, &rule);
      }
      continue;
    }
    const auto* s = node.as_string();
    if (s == nullptr) {
      Error(kRuleSchema, loc, "'" + k + "' must be a string");
      continue;
    }
    const std::string& v = s->get();
    if (k == "title") rule.title = v;
    if (k == "description") rule.description = v;
    if (k == "dimension") {
      rule.dimension = v;
      const std::set<std::string>* dims = Dimensions(path);
      if (dims != nullptr && !dims->count(v)) {
        Error(kRuleSchema, loc,
              "unknown dimension '" + v +
                  "' (a dimension of rules/units.toml such as CNY, m2, "
                  "percent, count:家, or rank)");
      }
    }
    if (k == "measure") {
      if (v == "level") rule.measure = FactMeasure::kLevel;
      else if (v == "rise") rule.measure = FactMeasure::kRise;
      else if (v == "fall") rule.measure = FactMeasure::kFall;
      else Error(kRuleSchema, loc,
                 "unknown measure '" + v + "' (level, rise or fall)");
    }
    if (k == "as_of") {
      if (v == "last-year") rule.last_year_as_of = true;
      else if (v != "document")
        Error(kRuleSchema, loc,
              "unknown as_of '" + v + "' (document or last-year)");
    }
    if (k == "scope") {
      if (v == "national") rule.national = true;
      else if (v != "any") Error(kRuleSchema, loc,
                                 "unknown scope '" + v + "' (national or any)");
    }
    if (k == "severity") {
      if (v == "error") rule.severity = Severity::kError;
      else if (v == "warning") rule.severity = Severity::kWarning;
      else if (v == "note") rule.severity = Severity::kNote;
      else Error(kRuleSchema, loc,
                 "unknown severity '" + v + "' (error, warning or note)");
    }
  }
  for (const char* required :
       {"id", "title", "description", "dimension", "patterns"}) {
    if (!t.contains(required)) {
      Error(kRuleSchema, where,
            std::string("[[fact]] is missing the required key '") + required +
                "'");
    }
  }
  set_->rules_.push_back(std::move(rule));
  set_->excludes_.push_back(std::move(excludes));
}

std::unique_ptr<FactRuleSet> RuleLoader::Load(
    const std::vector<std::string>& paths) {
  size_t errors_before = errors_->size();
  for (const std::string& file : ListFiles(paths)) LoadFile(file);
  if (errors_->size() != errors_before) return nullptr;
  // The set only selects the patterns that Match then runs exactly, so it
  // holds them in their loose form (a superset of their matches, compiled
  // to a far smaller program: see FactRuleSet::loose_set_); the widened set
  // is compiled when a run first needs it.
  set_->loose_set_ = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
  for (size_t i = 0; i < set_->compiled_.size(); ++i) {
    const FactRuleSet::Compiled& c = set_->compiled_[i];
    std::string error;
    if (set_->loose_set_->Add(loose_forms_[i], &error) < 0) {
      const FactRule& r = set_->rules_[c.rule];
      Location loc;
      loc.path = r.file;
      loc.line = r.line;
      loc.column = 1;
      Error(kRuleRegex, loc, "RE2::Set rejected a pattern of rule '" + r.id +
                                 "': " + error);
      return nullptr;
    }
  }
  if (!set_->loose_set_->Compile()) {
    Location loc;
    loc.path = paths.empty() ? "" : paths.front();
    Error(kRuleRegex, loc,
          "the patterns of all rules together exceed RE2's memory budget");
    return nullptr;
  }
  return std::move(set_);
}

std::unique_ptr<FactRuleSet> FactRuleSet::Load(
    const std::vector<std::string>& paths, std::vector<Diagnostic>* errors,
    const std::string& units_file) {
  RuleLoader loader(errors, units_file);
  return loader.Load(paths);
}

}  // namespace factlint
