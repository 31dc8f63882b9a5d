#include "cli/path_globs.h"

#include <algorithm>
#include <filesystem>

#include "config/glob.h"

namespace factlint {

std::vector<std::string> ExpandPathGlobs(const std::vector<std::string>& paths,
                                         const IgnoredFn& ignored) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    bool wildcard = path.find_first_of("*?") != std::string::npos;
    if (!wildcard || path == "-" || std::filesystem::exists(path, ec)) {
      out.push_back(path);
      continue;
    }
    // The directory part before the first wildcard is walked.
    size_t first = path.find_first_of("*?");
    size_t slash = path.rfind('/', first);
    std::string root = slash == std::string::npos ? "." : path.substr(0, slash);
    if (root.empty()) root = "/";
    std::vector<std::string> files;
    std::vector<InputError> errors;  // reported when the files are read
    ExpandPaths({root}, &files, &errors, ignored);
    std::vector<std::string> matched;
    for (const std::string& file : files)
      if (GlobMatch(path, file)) matched.push_back(file);
    std::sort(matched.begin(), matched.end());
    if (matched.empty()) matched.push_back(path);
    out.insert(out.end(), matched.begin(), matched.end());
  }
  return out;
}

}  // namespace factlint
