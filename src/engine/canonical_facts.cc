#include "engine/canonical_facts.h"

#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "diag/read_file.h"

namespace factlint {
namespace {

class FactsLoader {
 public:
  FactsLoader(const std::string& path, const FactRuleSet& rules,
              const QuantityScanner& scanner, std::vector<Diagnostic>* errors)
      : path_(path), rules_(rules), scanner_(scanner), errors_(errors) {}

  std::optional<std::vector<CanonicalFact>> Run() {
    std::string text, reason;
    if (!ReadWholeFile(path_, &text, &reason)) {
      Diagnostic d;
      d.rule_id = "facts-error";
      d.message = "cannot read canonical facts file: " + reason;
      d.location.path = path_;
      errors_->push_back(std::move(d));
      return std::nullopt;
    }
    toml::table root;
    try {
      root = toml::parse(text, path_);
    } catch (const toml::parse_error& e) {
      Report("facts-syntax", e.source(),
             "TOML syntax error: " + std::string(e.description()));
      return std::nullopt;
    }
    for (auto&& [key, node] : root) {
      if (key.str() != "fact") {
        Report("facts-error", key.source(),
               fmt::format("unknown key '{}' (expected [[fact]] entries)",
                           key.str()));
        continue;
      }
      const toml::array* entries = node.as_array();
      if (!entries) {
        Report("facts-error", node.source(), "'fact' must be an array of tables ([[fact]])");
        continue;
      }
      for (const toml::node& entry : *entries) {
        if (const toml::table* t = entry.as_table())
          Entry(*t);
        else
          Report("facts-error", entry.source(), "each [[fact]] must be a table");
      }
    }
    if (failed_) return std::nullopt;
    return std::move(facts_);
  }

 private:
  void Report(const char* rule, const toml::source_region& where,
              std::string message) {
    Diagnostic d;
    d.rule_id = rule;
    d.message = std::move(message);
    d.location = Locate(where);
    errors_->push_back(std::move(d));
    failed_ = true;
  }

  Location Locate(const toml::source_region& where) const {
    Location l;
    l.path = path_;
    l.line = where.begin.line;
    l.column = where.begin.column;
    if (where.end.line > 0) {
      l.end_line = where.end.line;
      l.end_column = where.end.column;
    }
    return l;
  }

  const FactRule* RuleById(const std::string& id) const {
    for (const FactRule& r : rules_.rules())
      if (r.id == id) return &r;
    return nullptr;
  }

  void Entry(const toml::table& t) {
    CanonicalFact f;
    bool ok = true;
    for (auto&& [key, node] : t) {
      std::string k(key.str());
      if (k == "fact" || k == "value" || k == "source" || k == "as_of") {
        std::string text;
        if (const auto* s = node.as_string()) {
          text = s->get();
        } else if (const auto* date = node.as_date(); date && k == "as_of") {
          const toml::date& v = date->get();
          text = fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day);
        } else {
          Report("facts-error", node.source(), fmt::format("'{}' must be a string", k));
          ok = false;
          continue;
        }
        if (k == "fact") f.fact = text;
        if (k == "value") {
          f.value_text = text;
          f.location = Locate(node.source());
        }
        if (k == "source") f.source = text;
        if (k == "as_of") f.as_of = text;
      } else if (k == "year") {
        const auto* year = node.as_integer();
        if (!year || year->get() < 1000 || year->get() > 9999) {
          Report("facts-error", node.source(), "'year' must be a four-digit integer");
          ok = false;
        } else {
          f.year = static_cast<int>(year->get());
        }
      } else {
        Report("facts-error", key.source(),
               fmt::format("unknown key '{}' (expected fact, value, year, "
                           "as_of, source)",
                           k));
        ok = false;
      }
    }
    if (!ok) return;
    if (f.fact.empty() || f.value_text.empty()) {
      Report("facts-error", t.source(), "a [[fact]] needs 'fact' and 'value'");
      return;
    }
    const FactRule* rule = RuleById(f.fact);
    if (!rule) {
      Report("facts-error", t.get("fact")->source(),
             fmt::format("unknown fact '{}': no fact rule has this id "
                         "(see factlint rules)",
                         f.fact));
      return;
    }
    std::vector<Quantity> found = scanner_.Scan(f.value_text);
    if (found.size() == 1 && found[0].overflow) {
      Report("facts-error", t.get("value")->source(),
             fmt::format("'{}' is too large to be a figure", f.value_text));
      return;
    }
    if (found.size() != 1 || found[0].dimension != rule->dimension) {
      Report("facts-error", t.get("value")->source(),
             fmt::format("'{}' is not one quantity of the fact's dimension "
                         "({}); write it as a document would, e.g. \"525家\"",
                         f.value_text, rule->dimension));
      return;
    }
    f.value = found[0];
    if (!seen_.insert({f.fact, f.year}).second) {
      Report("facts-error", t.get("fact")->source(),
             fmt::format("'{}' is recorded twice for the same year", f.fact));
      return;
    }
    facts_.push_back(std::move(f));
  }

  std::string path_;
  const FactRuleSet& rules_;
  const QuantityScanner& scanner_;
  std::vector<Diagnostic>* errors_;
  std::vector<CanonicalFact> facts_;
  std::set<std::pair<std::string, int>> seen_;
  bool failed_ = false;
};

}  // namespace

std::optional<std::vector<CanonicalFact>> LoadCanonicalFacts(
    const std::string& path, const FactRuleSet& rules,
    const QuantityScanner& scanner, std::vector<Diagnostic>* errors) {
  return FactsLoader(path, rules, scanner, errors).Run();
}

}  // namespace factlint
