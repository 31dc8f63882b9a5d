// Runs a fuzz target over files, for compilers without libFuzzer and for
// CTest: `replay [--prefix=X] [--ext=.a,.b] PATH...` feeds every file under
// the PATHs whose name ends in one of the extensions (all files when none
// are given), each preceded by the bytes X. A crash or sanitizer report
// fails the run; otherwise it prints how many inputs ran.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_util.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string prefix;
  std::vector<std::string> exts, paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--prefix=", 0) == 0) {
      prefix = arg.substr(9);
    } else if (arg.rfind("--ext=", 0) == 0) {
      std::stringstream list(arg.substr(6));
      for (std::string e; std::getline(list, e, ',');) exts.push_back(e);
    } else {
      paths.push_back(arg);
    }
  }
  auto wanted = [&](const fs::path& p) {
    if (exts.empty()) return true;
    std::string name = p.filename().string();
    return std::any_of(exts.begin(), exts.end(), [&](const std::string& e) {
      return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
    });
  };
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::recursive_directory_iterator(path))
        if (entry.is_regular_file() && wanted(entry.path())) files.push_back(entry.path().string());
    } else if (fs::is_regular_file(path)) {
      files.push_back(path);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or directory\n", path.c_str());
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes = prefix + std::string(std::istreambuf_iterator<char>(in), {});
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("replay: %zu inputs, no crash\n", files.size());
  return files.empty() ? 1 : 0;
}
