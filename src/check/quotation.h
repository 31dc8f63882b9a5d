// Direct quotations (他说：“……”), from rules/quotation.toml: a fix must
// not rewrite what someone said.
#ifndef FACTLINT_CHECK_QUOTATION_H_
#define FACTLINT_CHECK_QUOTATION_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factlint {

struct QuotationRules {
  std::vector<std::string> speech_verbs;
  std::vector<std::string> between;  // may follow the verb: "：", "，"
  std::vector<std::pair<std::string, std::string>> marks;  // open, close
};

// Reads quotation.toml; nullopt with *error set when it is malformed.
std::optional<QuotationRules> LoadQuotationRules(const std::string& path,
                                                 std::string* error);

// Whether bytes [begin, end) of `text` lie inside a direct quotation: an
// opening mark before them on the same line with no closing mark between,
// a closing mark after them on the same line, and a speech verb right
// before the opening mark (a colon, comma or spaces may stand between).
bool InDirectQuotation(std::string_view text, size_t begin, size_t end,
                       const QuotationRules& rules);

}  // namespace factlint

#endif  // FACTLINT_CHECK_QUOTATION_H_
