#include "diag/messages.h"

#include <cstdlib>
#include <filesystem>

#include <toml++/toml.h>

#include "diag/read_file.h"

namespace factlint {
namespace {

// Flattens tables into dotted keys; false after setting `*error`.
bool Flatten(const toml::table& table, const std::string& prefix,
             std::map<std::string, std::string, std::less<>>* out,
             std::string* error) {
  for (const auto& [name, node] : table) {
    std::string key = prefix + std::string(name.str());
    if (const toml::table* inner = node.as_table()) {
      if (!Flatten(*inner, key + ".", out, error)) return false;
    } else if (const auto* text = node.as_string()) {
      (*out)[key] = text->get();
    } else {
      *error = fmt::format("line {}: '{}' must be a string",
                           node.source().begin.line, key);
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Messages> Messages::Load(const std::string& path, std::string* error) {
  std::string text;
  std::string reason;
  if (!ReadWholeFile(path, &text, &reason)) {
    *error = path + ": " + reason;
    return std::nullopt;
  }
  toml::table table;
  try {
    table = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    *error = fmt::format("{}:{}:{}: {}", path, e.source().begin.line,
                         e.source().begin.column, e.description());
    return std::nullopt;
  }
  Messages m;
  m.language_ = std::filesystem::path(path).stem().string();
  std::string why;
  if (!Flatten(table, "", &m.templates_, &why)) {
    *error = path + ": " + why;
    return std::nullopt;
  }
  return m;
}

std::string Messages::PathOf(const std::string& rules_dir, std::string_view language) {
  return rules_dir + "/messages/" + std::string(language) + ".toml";
}

std::string Messages::Render(std::string_view key, const MessageArgs& args) const {
  auto it = templates_.find(key);
  if (it == templates_.end()) return "{" + std::string(key) + "}";
  try {
    return fmt::vformat(it->second, args);
  } catch (const fmt::format_error&) {
    return "{" + std::string(key) + "}";
  }
}

std::set<std::string> Placeholders(std::string_view text) {
  std::set<std::string> names;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      ++i;
      continue;
    }
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    size_t end = text.find_first_of(":}", i + 1);
    if (end == std::string_view::npos) break;
    names.insert(std::string(text.substr(i + 1, end - i - 1)));
    i = text.find('}', end);
    if (i == std::string_view::npos) break;
  }
  return names;
}

std::string LocaleLanguage(std::string_view locale) {
  std::string_view lang = locale.substr(0, locale.find_first_of("_.@"));
  if (lang == "C" || lang == "POSIX") return "";
  return std::string(lang);
}

std::string MessagesLocaleLanguage() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return LocaleLanguage(value);
  }
  return "";
}

}  // namespace factlint
