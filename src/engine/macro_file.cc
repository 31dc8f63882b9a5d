// Loading rules/macros.toml into a MacroTable (see macro.h).
#include <re2/re2.h>

#include <set>

#include "engine/macro.h"
#include "engine/rule_loader_internal.h"

namespace factlint {

using namespace rule_loader_internal;

bool LoadMacroFile(const std::string& path, MacroTable* table,
                   std::vector<Diagnostic>* errors) {
  size_t errors_before = errors->size();
  std::optional<toml::table> doc = ParseTomlFile(path, errors);
  if (!doc) return false;
  for (const auto& [key, node] : *doc) {
    if (key.str() == "selector") continue;  // after [macro], below
    if (key.str() != "macro") {
      errors->push_back(MakeError(
          kRuleSchema, LocationOf(path, key.source()),
          "unknown key '" + std::string(key.str()) +
              "' in macros file (expected the tables [macro] and [selector])"));
      continue;
    }
    const toml::table* macros = node.as_table();
    if (macros == nullptr) {
      errors->push_back(MakeError(kRuleSchema, LocationOf(path, node.source()),
                                  "'macro' must be a table of NAME = 'regex'"));
      continue;
    }
    // Define everything first so macros may refer to ones defined later.
    for (const auto& [name, value] : *macros) {
      const std::string n(name.str());
      if (!MacroTable::IsValidName(n)) {
        errors->push_back(MakeError(
            kRuleSchema, LocationOf(path, name.source()),
            "invalid macro name '" + n + "' (use [A-Z][A-Z0-9_]*)"));
        continue;
      }
      const auto* body = value.as_string();
      if (body == nullptr) {
        errors->push_back(MakeError(kRuleSchema,
                                    LocationOf(path, value.source()),
                                    "macro '" + n + "' must be a string"));
        continue;
      }
      table->Define(n, body->get());
    }
    for (const auto& [name, value] : *macros) {
      const auto* body = value.as_string();
      if (body == nullptr || !table->Has(std::string(name.str()))) continue;
      std::string error;
      std::optional<std::string> expanded = table->Expand(body->get(), &error);
      Location loc = LocationOf(path, value.source());
      if (!expanded) {
        errors->push_back(MakeError(kRuleSchema, loc, error));
        continue;
      }
      // Parsed only: an instruction budget too small for any program stops
      // RE2 right after its parser, which reports every syntax error.
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(kParseOnlyMaxMem);
      RE2 re(*expanded, options);
      if (!re.ok() && re.error_code() != RE2::ErrorPatternTooLarge) {
        errors->push_back(MakeError(
            kRuleRegex, loc,
            "invalid regular expression in macro '" + std::string(name.str()) +
                "': " + re.error() + " (at '" + re.error_arg() + "')"));
      }
    }
  }
  if (const toml::node* selector = doc->get("selector")) {
    const toml::table* t = selector->as_table();
    if (t == nullptr) {
      errors->push_back(MakeError(kRuleSchema, LocationOf(path, selector->source()),
                                  "'selector' must be a table"));
      return false;
    }
    std::set<std::string> loose;
    for (const auto& [key, node] : *t) {
      if (key.str() != "loose") {
        errors->push_back(MakeError(kRuleSchema, LocationOf(path, key.source()),
                                    "unknown key '" + std::string(key.str()) +
                                        "' in [selector] (expected only 'loose')"));
        continue;
      }
      const toml::array* names = node.as_array();
      if (names == nullptr) {
        errors->push_back(MakeError(kRuleSchema, LocationOf(path, node.source()),
                                    "'loose' must be an array of macro names"));
        continue;
      }
      for (const toml::node& n : *names) {
        const auto* name = n.as_string();
        if (name == nullptr || !table->Has(name->get())) {
          errors->push_back(MakeError(
              kRuleSchema, LocationOf(path, n.source()),
              name == nullptr ? std::string("'loose' must be an array of macro names")
                              : "unknown macro '" + name->get() + "' in [selector] loose"));
          continue;
        }
        loose.insert(name->get());
      }
    }
    table->SetLoose(std::move(loose));
  }
  return errors->size() == errors_before;
}

}  // namespace factlint
