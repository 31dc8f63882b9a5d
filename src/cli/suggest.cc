#include "cli/suggest.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>

namespace factlint {
namespace {

// Code points of UTF-8 text (a stray byte counts as one).
std::vector<uint32_t> CodePoints(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + n > s.size()) n = 1;
    uint32_t cp = 0;
    for (size_t k = 0; k < n; ++k) cp = (cp << 8) | static_cast<unsigned char>(s[i + k]);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// The long names ("--format") of the options of `app` that take a name.
void AddOptionNames(const CLI::App& app, std::vector<std::string>* names) {
  for (const CLI::Option* opt : app.get_options()) {
    if (!opt->nonpositional() || opt->get_group().empty()) continue;
    for (const std::string& n : opt->get_lnames()) names->push_back("--" + n);
  }
}

}  // namespace

size_t EditDistance(std::string_view a_text, std::string_view b_text) {
  std::vector<uint32_t> a = CodePoints(a_text), b = CodePoints(b_text);
  const size_t n = a.size(), m = b.size();
  // d[i][j]: edits between a[0, i) and b[0, j).
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::string ClosestName(std::string_view typed,
                        const std::vector<std::string>& known) {
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& name : known) {
    size_t distance = EditDistance(typed, name);
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  // Leading dashes are the same on every option: they do not count towards
  // how long the name is.
  size_t length = CodePoints(best).size() - (best.find_first_not_of('-') == std::string::npos
                                                 ? 0 : best.find_first_not_of('-'));
  size_t allowed = std::max<size_t>(1, length / 3);
  if (best.empty() || best_distance == 0 || best_distance > allowed || length < 3)
    return "";
  return best;
}

std::vector<std::string> UnknownNameMessages(const CLI::App& app) {
  std::vector<std::string> messages;
  const CLI::App* given = nullptr;  // the subcommand named, if any
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->parsed()) given = sub;
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({}))
    if (!sub->get_group().empty()) commands.push_back(sub->get_name());
  std::vector<std::string> options;
  if (given) AddOptionNames(*given, &options);
  AddOptionNames(app, &options);

  std::vector<std::string> left = app.remaining(/*recurse=*/true);
  bool command_seen = given != nullptr;
  for (const std::string& token : left) {
    bool option = token.rfind("-", 0) == 0;
    // Only the first word can be a command; later ones are its arguments.
    if (!option && command_seen) continue;
    if (!option) command_seen = true;
    std::string name = token.substr(0, token.find('='));
    std::string closest = ClosestName(name, option ? options : commands);
    std::string message = option ? "unknown option '" + name + "'" +
                                       (given ? " for '" + given->get_name() + "'" : "")
                                 : "unknown command '" + name + "'";
    if (!closest.empty()) {
      message += "; did you mean '" + closest + "'?";
    } else if (!option) {
      message += "; the commands are";
      for (size_t i = 0; i < commands.size(); ++i)
        message += (i ? ", " : " ") + commands[i];
    }
    messages.push_back(message);
  }
  return messages;
}

}  // namespace factlint
