// LoadConfig / ParseConfig: validates .factlint.toml with toml++ and turns
// every problem into a located Diagnostic.
#include "config/config.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "config/path_dates.h"
#include "diag/read_file.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

const char* TypeName(toml::node_type t) {
  switch (t) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}

// "YYYY-MM-DD" exactly, and a real calendar day.
bool ParseIsoDate(std::string_view s, int* y, int* m, int* d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  *y = num(0, 4);
  *m = num(5, 2);
  *d = num(8, 2);
  return IsCalendarDay(*y, *m, *d);
}

class Parser {
 public:
  Parser(const std::string& path, std::vector<Diagnostic>* errors)
      : path_(path), errors_(errors) {}

  std::optional<Config> Run(std::string_view text) {
    toml::table root;
    try {
      root = toml::parse(text, path_);
    } catch (const toml::parse_error& e) {
      Report("config-syntax", e.source(),
             "TOML syntax error: " + std::string(e.description()));
      return std::nullopt;
    }
    config_.path = path_;
    fs::path dir = fs::path(path_).parent_path();
    config_.directory = dir.empty() ? "." : dir.lexically_normal().string();
    for (auto&& [key, node] : root) Top(key, node);
    if (failed_) return std::nullopt;
    return std::move(config_);
  }

 private:
  void Report(const char* rule, const toml::source_region& where,
              std::string message) {
    Diagnostic d;
    d.rule_id = rule;
    d.severity = Severity::kError;
    d.message = std::move(message);
    d.location.path = path_;
    d.location.line = where.begin.line;
    d.location.column = where.begin.column;
    if (where.end.line > 0) {
      d.location.end_line = where.end.line;
      d.location.end_column = where.end.column;
    }
    errors_->push_back(std::move(d));
    failed_ = true;
  }
  void Error(const toml::source_region& where, std::string message) {
    Report("config-error", where, std::move(message));
  }
  void WrongType(const toml::node& node, std::string_view key,
                 const char* expected) {
    Error(node.source(), "'" + std::string(key) + "' must be " + expected +
                             ", not " + TypeName(node.type()));
  }

  Location Locate(const toml::source_region& where) const {
    Location l;
    l.path = path_;
    l.line = where.begin.line;
    l.column = where.begin.column;
    return l;
  }

  std::string Resolve(const std::string& p) const {
    fs::path path(p);
    if (path.is_absolute()) return path.lexically_normal().string();
    std::string out = (fs::path(config_.directory) / path).lexically_normal()
                          .string();
    if (out.size() > 1 && out.back() == '/') out.pop_back();
    return out;
  }

  void WarnIfOutside(const toml::source_region& where, std::string_view key,
                     const std::string& written) {
    std::error_code ec;
    std::string dir = fs::weakly_canonical(config_.directory.empty() ? "." : config_.directory, ec).string();
    // Absolute first: a path that does not exist yet (an index to be
    // built) would otherwise stay relative and never compare inside.
    std::string target = fs::weakly_canonical(fs::absolute(Resolve(written), ec), ec).string();
    if (dir.empty() || target == dir ||
        target.rfind(dir == "/" ? dir : dir + "/", 0) == 0)
      return;
    Diagnostic d;
    d.rule_id = "config-outside";
    d.severity = Severity::kWarning;
    d.location = Locate(where);
    d.message = "'" + std::string(key) + "' entry '" + written +
                "' reaches outside the configuration's directory (to " + target +
                "): factlint reads it" +
                (key == "rules" ? " as rules"
                                : " and may quote its lines in notes, JSON and SARIF") +
                "; keep reference material inside the repository";
    config_.warnings.push_back(std::move(d));
  }

  // An array of non-empty strings.
  bool Strings(const toml::node& node, std::string_view key,
               std::vector<std::string>* out) {
    const toml::array* array = node.as_array();
    if (!array) {
      WrongType(node, key, "an array of strings");
      return false;
    }
    bool ok = true;
    for (const toml::node& element : *array) {
      const toml::value<std::string>* s = element.as_string();
      if (!s) {
        Error(element.source(), "elements of '" + std::string(key) +
                                    "' must be strings, not " +
                                    TypeName(element.type()));
        ok = false;
      } else if (s->get().empty()) {
        Error(element.source(), "'" + std::string(key) +
                                    "' must not contain an empty string");
        ok = false;
      } else {
        out->push_back(s->get());
      }
    }
    return ok;
  }

  void Top(const toml::key& key, const toml::node& node) {
    std::string_view k = key.str();
    if (k == "against" || k == "rules" || k == "against_db") {
      std::vector<std::string> raw;
      Strings(node, k, &raw);
      auto* out = k == "against" ? &config_.against
                  : k == "rules" ? &config_.rules
                                 : &config_.against_db;
      for (const std::string& p : raw) out->push_back(Resolve(p));
      if (const toml::array* array = node.as_array())
        for (const toml::node& element : *array)
          if (const auto* s = element.as_string(); s && !s->get().empty())
            WarnIfOutside(element.source(), k, s->get());
    } else if (k == "facts") {
      const toml::value<std::string>* s = node.as_string();
      if (!s) return WrongType(node, k, "a string");
      if (s->get().empty()) return Error(node.source(), "'facts' must not be empty");
      config_.facts = Resolve(s->get());
      WarnIfOutside(node.source(), k, s->get());
    } else if (k == "include") {
      Strings(node, k, &config_.include);
    } else if (k == "exclude") {
      Strings(node, k, &config_.exclude);
    } else if (k == "fail_on") {
      FailOnKey(node);
    } else if (k == "lang") {
      const toml::value<std::string>* s = node.as_string();
      if (!s) return WrongType(node, k, "a string");
      if (s->get().empty()) return Error(node.source(), "'lang' must not be empty");
      config_.lang = s->get();
    } else if (k == "jobs") {
      JobsKey(node);
    } else if (k == "severity") {
      SeverityTable(node);
    } else if (k == "document") {
      DocumentArray(node);
    } else if (k == "tolerance") {
      ToleranceTable(node);
    } else if (k == "dates") {
      DatesTable(node);
    } else {
      Error(key.source(), "unknown key '" + std::string(k) +
                              "' (expected against, against_db, facts, "
                              "rules, fail_on, lang, jobs, "
                              "severity, include, exclude, document, "
                              "tolerance or dates)");
    }
  }

  void FailOnKey(const toml::node& node) {
    const toml::value<std::string>* s = node.as_string();
    if (!s) return WrongType(node, "fail_on", "a string");
    config_.fail_on = ParseFailOn(s->get());
    if (!config_.fail_on)
      Error(node.source(), "unknown fail_on level '" + s->get() +
                               "' (expected error, warning or never)");
  }

  void JobsKey(const toml::node& node) {
    const toml::value<int64_t>* n = node.as_integer();
    if (!n) return WrongType(node, "jobs", "an integer");
    if (n->get() < 0 || n->get() > 1024)
      return Error(node.source(), "jobs must be between 0 (one per core) and 1024, not " +
                                      std::to_string(n->get()));
    config_.jobs = static_cast<int>(n->get());
  }

  void SeverityTable(const toml::node& node) {
    const toml::table* table = node.as_table();
    if (!table) return WrongType(node, "severity", "a table");
    for (auto&& [key, value] : *table) {
      std::string rule(key.str());
      const toml::value<std::string>* s = value.as_string();
      if (!s) {
        WrongType(value, "severity." + rule, "a string");
        continue;
      }
      config_.severity_locations[rule] = Locate(key.source());
      if (s->get() == "off") {
        config_.severity[rule] = std::nullopt;
      } else if (std::optional<Severity> sev = ParseSeverity(s->get())) {
        config_.severity[rule] = sev;
      } else {
        Error(value.source(), "unknown severity '" + s->get() + "' for '" +
                                  rule + "' (expected error, warning, note "
                                         "or off)");
      }
    }
  }

  void DocumentArray(const toml::node& node) {
    const toml::array* array = node.as_array();
    if (!array || !array->is_array_of_tables())
      return WrongType(node, "document", "an array of tables ([[document]])");
    for (const toml::node& element : *array)
      Document(*element.as_table());
  }

  void Document(const toml::table& table) {
    DocumentOverride doc;
    doc.location = Locate(table.source());
    bool has_glob = false;
    for (auto&& [key, value] : table) {
      std::string_view k = key.str();
      if (k == "date") {
        DocumentDate(value, &doc);
        continue;
      }
      std::string* field = k == "glob" ? &doc.glob
                           : k == "source" ? &doc.source
                           : k == "period" ? &doc.period : nullptr;
      if (!field) {
        Error(key.source(), "unknown key '" + std::string(k) +
                                "' in [[document]] (expected glob, date, "
                                "source or period)");
        continue;
      }
      if (k == "period" && value.as_integer()) {
        *field = std::to_string(value.as_integer()->get());
      } else if (const toml::value<std::string>* s = value.as_string()) {
        *field = s->get();
        if (k == "glob") has_glob = true;
        if (field->empty())
          Error(value.source(), "'" + std::string(k) + "' must not be empty");
      } else {
        WrongType(value, std::string("document.") + std::string(k),
                  "a string");
      }
    }
    if (!has_glob)
      Error(table.source(), "[[document]] needs a 'glob' naming the files "
                            "it describes");
    config_.documents.push_back(std::move(doc));
  }

  void DocumentDate(const toml::node& value, DocumentOverride* doc) {
    int y = 0, m = 0, d = 0;
    if (const toml::value<toml::date>* date = value.as_date()) {
      y = date->get().year;
      m = date->get().month;
      d = date->get().day;
    } else if (const toml::value<std::string>* s = value.as_string()) {
      if (!ParseIsoDate(s->get(), &y, &m, &d))
        return Error(value.source(), "malformed date '" + s->get() +
                                         "' (expected YYYY-MM-DD, a real "
                                         "calendar day)");
    } else {
      return WrongType(value, "document.date", "a date (YYYY-MM-DD)");
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    doc->date = buf;
  }

  void ToleranceTable(const toml::node& node) {
    const toml::table* table = node.as_table();
    if (!table) return WrongType(node, "tolerance", "a table");
    for (auto&& [key, value] : *table) {
      if (key.str() != "same_time_window_days") {
        Error(key.source(), "unknown key '" + std::string(key.str()) +
                                "' in [tolerance] (expected "
                                "same_time_window_days)");
        continue;
      }
      const toml::value<int64_t>* n = value.as_integer();
      if (!n) {
        WrongType(value, "same_time_window_days", "an integer");
      } else if (n->get() < 0 || n->get() > 36600) {
        Error(value.source(), "same_time_window_days must be between 0 and "
                              "36600, not " + std::to_string(n->get()));
      } else {
        config_.same_time_window_days = static_cast<int>(n->get());
      }
    }
  }

  void DatesTable(const toml::node& node) {
    const toml::table* table = node.as_table();
    if (!table) return WrongType(node, "dates", "a table");
    for (auto&& [key, value] : *table) {
      if (key.str() != "from_path") {
        Error(key.source(), "unknown key '" + std::string(key.str()) +
                                "' in [dates] (expected from_path)");
        continue;
      }
      // One pattern or an array of them.
      if (const toml::array* array = value.as_array()) {
        for (const toml::node& element : *array) {
          if (!element.as_string()) {
            Error(element.source(),
                  std::string("elements of 'from_path' must be strings, "
                              "not ") + TypeName(element.type()));
            continue;
          }
          PathDate(element);
        }
      } else if (value.as_string()) {
        PathDate(value);
      } else {
        WrongType(value, "from_path", "a string or an array of strings");
      }
    }
  }

  void PathDate(const toml::node& node) {
    PathDatePattern p;
    p.pattern = node.as_string()->get();
    p.location = Locate(node.source());
    p.location.end_line = node.source().end.line;
    p.location.end_column = node.source().end.column;
    std::string why;
    p.re = CompilePathDatePattern(p.pattern, &why);
    if (!p.re) return Error(node.source(), "from_path pattern: " + why);
    config_.path_dates.push_back(std::move(p));
  }

  std::string path_;
  std::vector<Diagnostic>* errors_;
  Config config_;
  bool failed_ = false;
};

}  // namespace

std::optional<Config> ParseConfig(const std::string& path,
                                  std::string_view text,
                                  std::vector<Diagnostic>* errors) {
  std::vector<Diagnostic> scratch;
  return Parser(path, errors ? errors : &scratch).Run(text);
}

namespace fs = std::filesystem;

std::optional<Config> LoadConfig(const std::string& path,
                                 std::vector<Diagnostic>* errors) {
  std::string text, reason;
  if (!ReadWholeFile(path, &text, &reason)) {
    if (errors) {
      Diagnostic d;
      d.rule_id = "config-error";
      d.message = "cannot read configuration file: " + reason;
      d.location.path = path;
      errors->push_back(std::move(d));
    }
    return std::nullopt;
  }
  return ParseConfig(path, text, errors);
}

}  // namespace factlint
