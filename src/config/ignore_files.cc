#include "config/ignore_files.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "config/glob.h"

namespace factlint {

namespace fs = std::filesystem;

std::vector<IgnorePattern> ParseIgnoreFile(std::string_view text) {
  std::vector<IgnorePattern> out;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Trailing spaces end the pattern unless escaped.
    while (!line.empty() && line.back() == ' ' &&
           !(line.size() >= 2 && line[line.size() - 2] == '\\'))
      line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    IgnorePattern p;
    if (line[0] == '!') {
      p.negated = true;
      line.erase(0, 1);
    } else if (line[0] == '\\' && line.size() > 1 && (line[1] == '#' || line[1] == '!')) {
      line.erase(0, 1);
    }
    if (!line.empty() && line.back() == '/') {
      p.directory_only = true;
      line.pop_back();
    }
    if (line.empty()) continue;
    bool anchored = line.find('/') != std::string::npos;
    if (line[0] == '/') line.erase(0, 1);
    p.glob = anchored ? line : "**/" + line;
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<bool> MatchIgnorePatterns(const std::vector<IgnorePattern>& patterns,
                                        std::string_view relative, bool is_directory) {
  std::optional<bool> decision;
  for (const IgnorePattern& p : patterns) {
    if (p.directory_only && !is_directory) continue;
    if (GlobMatch(p.glob, relative)) decision = !p.negated;
  }
  return decision;
}

const std::vector<IgnorePattern>& IgnoreFiles::PatternsOf(const std::string& dir) {
  auto it = by_directory_.find(dir);
  if (it != by_directory_.end()) return it->second;
  std::vector<IgnorePattern> patterns;
  for (const char* name : kIgnoreFileNames) {
    std::ifstream in(fs::path(dir) / name, std::ios::binary);
    if (!in) continue;
    std::stringstream text;
    text << in.rdbuf();
    std::vector<IgnorePattern> more = ParseIgnoreFile(text.str());
    patterns.insert(patterns.end(), more.begin(), more.end());
  }
  return by_directory_.emplace(dir, std::move(patterns)).first->second;
}

bool IgnoreFiles::Ignored(const std::string& path, bool is_directory) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  if (ec) return false;
  // The directories from the repository root (or /) down to the entry's.
  std::vector<fs::path> dirs;
  for (fs::path d = absolute.parent_path();; d = d.parent_path()) {
    dirs.push_back(d);
    if (fs::exists(d / ".git", ec) || d == d.parent_path()) break;
  }
  bool ignored = false;
  for (auto d = dirs.rbegin(); d != dirs.rend(); ++d) {
    const std::vector<IgnorePattern>& patterns = PatternsOf(d->string());
    if (patterns.empty()) continue;
    std::string relative = absolute.lexically_relative(*d).generic_string();
    if (std::optional<bool> decision = MatchIgnorePatterns(patterns, relative, is_directory))
      ignored = *decision;
  }
  return ignored;
}

}  // namespace factlint
