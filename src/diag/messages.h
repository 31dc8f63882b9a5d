// Messages: the wording of findings, notes and the summary line in one
// language, read from a catalogue under rules/messages/ (en.toml, zh.toml).
// A catalogue is TOML: tables of keys whose values are templates with named
// placeholders ("{value} stated here ({document})"), formatted with fmt, so a
// placeholder may carry a format spec ("{ratio:.2f}"). The key of a template
// is its table and name: "conflict.message". Code never spells a message's
// words, only its key and the values of its placeholders; every catalogue
// has the same keys and placeholders (messages_test.cc keeps them so).
#ifndef FACTLINT_DIAG_MESSAGES_H_
#define FACTLINT_DIAG_MESSAGES_H_

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <fmt/args.h>
#include <fmt/format.h>

namespace factlint {

using MessageArgs = fmt::dynamic_format_arg_store<fmt::format_context>;

class Messages {
 public:
  // Reads a catalogue file; its language is the file's stem ("zh").
  // nullopt with `*error` set when the file cannot be read or parsed, or a
  // value is not a string.
  static std::optional<Messages> Load(const std::string& path, std::string* error);

  // The catalogue of `language` in `rules_dir`: rules_dir/messages/LANG.toml.
  static std::string PathOf(const std::string& rules_dir, std::string_view language);

  const std::string& language() const { return language_; }
  const std::map<std::string, std::string, std::less<>>& templates() const {
    return templates_;
  }

  // The template of `key` formatted with named arguments:
  // Format("note.stated", fmt::arg("value", v), fmt::arg("document", d)).
  // A key the catalogue lacks, or a template its arguments do not fit,
  // yields "{key}" so the output shows what is missing instead of failing.
  template <typename... Args>
  std::string Format(std::string_view key, const Args&... named) const {
    MessageArgs store;
    (store.push_back(named), ...);
    return Render(key, store);
  }
  std::string Render(std::string_view key, const MessageArgs& args) const;

 private:
  std::string language_;
  std::map<std::string, std::string, std::less<>> templates_;
};

// The names of a template's placeholders: {"count", "value"} for
// "{value} ({count:d})". Doubled braces are literal braces.
std::set<std::string> Placeholders(std::string_view text);

// The language a locale setting names: "zh" for "zh_CN.UTF-8", "" for "",
// "C" and "POSIX".
std::string LocaleLanguage(std::string_view locale);

// The locale's language for messages, as POSIX reads it: LC_ALL, else
// LC_MESSAGES, else LANG (the first that is set and not empty).
std::string MessagesLocaleLanguage();

}  // namespace factlint

#endif  // FACTLINT_DIAG_MESSAGES_H_
