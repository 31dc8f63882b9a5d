#include "check/quotation.h"

#include <toml++/toml.h>

namespace factlint {

std::optional<QuotationRules> LoadQuotationRules(const std::string& path,
                                                 std::string* error) {
  QuotationRules rules;
  try {
    toml::table t = toml::parse_file(path);
    if (const toml::array* verbs = t["speech_verbs"].as_array())
      for (const toml::node& v : *verbs)
        if (const auto* s = v.as_string()) rules.speech_verbs.push_back(s->get());
    if (const toml::array* between = t["between"].as_array())
      for (const toml::node& v : *between)
        if (const auto* s = v.as_string()) rules.between.push_back(s->get());
    if (const toml::array* marks = t["marks"].as_array())
      for (const toml::node& m : *marks) {
        const toml::array* pair = m.as_array();
        if (!pair || pair->size() != 2 || !(*pair)[0].is_string() || !(*pair)[1].is_string()) {
          *error = path + ": 'marks' must hold pairs of strings";
          return std::nullopt;
        }
        rules.marks.emplace_back(*(*pair)[0].value<std::string>(),
                                 *(*pair)[1].value<std::string>());
      }
  } catch (const toml::parse_error& e) {
    *error = path + ": " + std::string(e.description());
    return std::nullopt;
  }
  return rules;
}

bool InDirectQuotation(std::string_view text, size_t begin, size_t end,
                       const QuotationRules& rules) {
  size_t line_start = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  size_t line_end = text.find('\n', end);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view before = text.substr(line_start, begin - line_start);
  std::string_view after = text.substr(end, line_end - end);
  for (const auto& [open, close] : rules.marks) {
    size_t opened = before.rfind(open);
    if (opened == std::string_view::npos) continue;
    // Closed again before the figure: the figure is after the quotation.
    if (before.find(close, opened + open.size()) != std::string_view::npos) continue;
    if (after.find(close) == std::string_view::npos) continue;
    std::string_view lead = before.substr(0, opened);
    // "说：", "表示，", "说 ": the colon or comma that may follow the verb.
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      for (std::string_view p : rules.between) {
        if (p.empty()) continue;
        if (lead.size() >= p.size() && lead.substr(lead.size() - p.size()) == p) {
          lead.remove_suffix(p.size());
          trimmed = true;
        }
      }
    }
    for (const std::string& verb : rules.speech_verbs)
      if (lead.size() >= verb.size() && lead.substr(lead.size() - verb.size()) == verb)
        return true;
  }
  return false;
}

}  // namespace factlint
