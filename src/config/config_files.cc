// Finding the configuration file and applying a loaded Config to files.
#include <filesystem>
#include <system_error>

#include "config/config.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

fs::path Absolute(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p.empty() ? "." : p, ec);
  if (ec) return fs::path(p).lexically_normal();
  return abs.lexically_normal();
}

}  // namespace

std::string FindConfig(const std::string& start_dir) {
  fs::path dir = Absolute(start_dir);
  if (!dir.empty() && !dir.has_filename()) dir = dir.parent_path();  // "a/"
  std::error_code ec;
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (fs::exists(dir / ".git", ec)) return "";
    fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return "";
    dir = parent;
  }
}

std::string Config::RelativePath(const std::string& file) const {
  fs::path rel = Absolute(file).lexically_relative(Absolute(directory));
  std::string s = rel.generic_string();
  if (s.empty() || s == "." || s == ".." || s.rfind("../", 0) == 0) return "";
  return s;
}

bool Config::Selects(const std::string& file) const {
  std::string rel = RelativePath(file);
  if (rel.empty()) return true;  // outside the project: not ours to filter
  if (!include.empty()) {
    bool included = false;
    for (const std::string& pattern : include)
      if (GlobMatch(pattern, rel)) included = true;
    if (!included) return false;
  }
  for (const std::string& pattern : exclude)
    if (GlobMatchPathOrParent(pattern, rel)) return false;
  return true;
}

const DocumentOverride* Config::DocumentFor(const std::string& file) const {
  std::string rel = RelativePath(file);
  if (rel.empty()) return nullptr;
  for (const DocumentOverride& doc : documents)
    if (GlobMatchPathOrParent(doc.glob, rel)) return &doc;
  return nullptr;
}

void Config::ApplySeverities(SeverityMap* map) const {
  for (const auto& [rule, level] : severity) map->Set(rule, level);
}

bool CheckRuleIds(const Config& config, const std::set<std::string>& known,
                  std::vector<Diagnostic>* errors) {
  bool ok = true;
  for (const auto& [rule, location] : config.severity_locations) {
    if (known.count(rule)) continue;
    Diagnostic d;
    d.rule_id = "config-error";
    d.message = "unknown rule id '" + rule + "' in [severity]";
    d.location = location;
    errors->push_back(std::move(d));
    ok = false;
  }
  return ok;
}

}  // namespace factlint
