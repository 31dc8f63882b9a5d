#include "engine/macro.h"

#include <vector>

namespace factlint {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsNameChar(char c) {
  return IsUpper(c) || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

void MacroTable::Define(const std::string& name, const std::string& body) {
  bodies_[name] = body;
}

bool MacroTable::IsValidName(std::string_view name) {
  if (name.empty() || !IsUpper(name[0])) return false;
  for (char c : name) {
    if (!IsNameChar(c)) return false;
  }
  return true;
}

std::optional<std::string> MacroTable::Expand(std::string_view pattern,
                                              std::string* error) const {
  std::map<std::string, int> state;  // 1 = being expanded, 2 = done
  return ExpandRec(pattern, &state, 0, /*loose=*/false, error);
}

std::optional<std::string> MacroTable::ExpandLoose(std::string_view pattern,
                                                   std::string* error) const {
  std::map<std::string, int> state;
  return ExpandRec(pattern, &state, 0, /*loose=*/true, error);
}

std::optional<std::string> MacroTable::ExpandRec(
    std::string_view pattern, std::map<std::string, int>* state, int depth,
    bool loose, std::string* error) const {
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // keep escapes verbatim
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && IsUpper(pattern[i + 1])) {
      size_t j = i + 1;
      while (j < pattern.size() && IsNameChar(pattern[j])) ++j;
      if (j < pattern.size() && pattern[j] == '}') {
        std::string name(pattern.substr(i + 1, j - i - 1));
        auto it = bodies_.find(name);
        if (it == bodies_.end()) {
          *error = "unknown macro '{" + name + "}'";
          return std::nullopt;
        }
        if (loose && loose_.count(name)) {
          out += "(?:(?s:.)*?)";
          i = j + 1;
          continue;
        }
        int& st = (*state)[name];
        if (st == 1) {
          *error = "macro '{" + name + "}' refers to itself";
          return std::nullopt;
        }
        if (depth >= kMaxMacroDepth) {
          *error = "macro '{" + name + "}' is nested more than " +
                   std::to_string(kMaxMacroDepth) + " macros deep (too complex)";
          return std::nullopt;
        }
        st = 1;
        std::optional<std::string> body =
            ExpandRec(it->second, state, depth + 1, loose, error);
        if (!body) {
          if (error->find("(in ") == std::string::npos) {
            *error += " (in the expansion of '{" + name + "}')";
          }
          return std::nullopt;
        }
        st = 0;  // may be used again, e.g. {DIGITS} twice
        // Every output byte is checked against the limit as it is built, so
        // the work is bounded by the limit, not by the size it would reach.
        if (out.size() + body->size() + 4 > kMaxMacroExpansionBytes) {
          *error = "macro '{" + name + "}' expands beyond " +
                   std::to_string(kMaxMacroExpansionBytes / 1024) +
                   " KiB (too complex; does each macro repeat the one before?)";
          st = 0;
          return std::nullopt;
        }
        out += "(?:";
        out += *body;
        out += ")";
        i = j + 1;
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace factlint
