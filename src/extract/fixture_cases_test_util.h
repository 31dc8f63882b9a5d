// Reading annotated extraction fixtures (fixtures/extract/*.txt and
// fixtures/periods/*.txt), shared by the tests that run them, and the
// extractor over the shipped rules for any extraction test. Format:
//   @date 2025-12-19          document date for the cases that follow
//   # case: name
//   > input text              (several > lines are joined with "\n")
//   # gap: why              (optional) a known gap for the whole case
//   # format: markdown      (optional) the input is a Markdown document
//   = expected | fields       one line per expected claim
// Everything else (comments, blank lines) is ignored.
#ifndef FACTLINT_EXTRACT_FIXTURE_CASES_TEST_UTIL_H_
#define FACTLINT_EXTRACT_FIXTURE_CASES_TEST_UTIL_H_

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "text/normalize.h"

namespace factlint {

struct FixtureCase {
  std::string name;
  std::string date;
  std::string input;
  std::vector<std::string> expected;  // the = lines, without "="
  size_t line = 0;                    // of the "# case:" line
  std::string gap;  // why this case is a known gap; "" if it is not
  bool markdown = false;
};

inline std::string TrimFixture(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

inline std::vector<FixtureCase> ReadFixtureCases(const std::string& path) {
  std::vector<FixtureCase> cases;
  std::ifstream in(path);
  std::string line, date;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("@date", 0) == 0) {
      date = TrimFixture(line.substr(5));
      size_t hash = date.find('#');
      if (hash != std::string::npos) date = TrimFixture(date.substr(0, hash));
    } else if (line.rfind("# case:", 0) == 0) {
      cases.push_back({TrimFixture(line.substr(7)), date, "", {}, n, ""});
    } else if (line.rfind("# format: markdown", 0) == 0 && !cases.empty()) {
      cases.back().markdown = true;
    } else if (line.rfind("# gap:", 0) == 0 && !cases.empty()) {
      cases.back().gap = TrimFixture(line.substr(6));
    } else if (line.rfind(">", 0) == 0 && !cases.empty()) {
      std::string text = line.substr(1);
      if (!text.empty() && text[0] == ' ') text.erase(0, 1);
      if (!cases.back().input.empty()) cases.back().input += "\n";
      cases.back().input += text;
    } else if (line.rfind("=", 0) == 0 && !cases.empty()) {
      cases.back().expected.push_back(line.substr(1));
    }
  }
  return cases;
}

// The extractor over the shipped rules, loaded once per test binary.
inline const Extractor& ShippedExtractor() {
  static const Extractor* ex = [] {
    std::string error;
    auto e = Extractor::Load(FACTLINT_SOURCE_DIR "/rules", &error);
    if (!e) {
      std::fprintf(stderr, "cannot load rules: %s\n", error.c_str());
      std::abort();
    }
    return e.release();
  }();
  return *ex;
}

// The .txt files of a fixture directory, sorted.
inline std::vector<std::string> FixtureFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// Normalizes and extracts a case's input as a plain-text document of the
// case's date.
inline SourceText FixtureCaseSource(const FixtureCase& c) {
  return {c.markdown ? "case.md" : "case", c.input, "UTF-8", c.markdown};
}

// The normalized text an extraction of the case points into.
inline std::string FixtureCaseText(const FixtureCase& c) {
  return ShippedExtractor().Normalize(FixtureCaseSource(c)).text;
}

inline Extraction ExtractFixtureCase(const Extractor& ex, const FixtureCase& c) {
  SourceText src = FixtureCaseSource(c);
  Normalized norm = ex.Normalize(src);
  if (!c.date.empty()) norm.metadata["date"] = c.date;
  return ex.Extract(src, norm);
}

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_FIXTURE_CASES_TEST_UTIL_H_
