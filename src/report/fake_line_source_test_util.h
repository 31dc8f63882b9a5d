// Test helper: a LineSource over in-memory files, and sample diagnostics
// shared by the formatter tests.
#ifndef FACTLINT_REPORT_FAKE_LINE_SOURCE_TEST_UTIL_H_
#define FACTLINT_REPORT_FAKE_LINE_SOURCE_TEST_UTIL_H_

#include <map>
#include <string>
#include <utility>

#include "report/report.h"

namespace factlint {

class FakeLineSource : public LineSource {
 public:
  void Add(const std::string& path, uint32_t line, std::string text) {
    lines_[{path, line}] = std::move(text);
  }
  std::optional<std::string_view> LineText(const std::string& path,
                                           uint32_t line) const override {
    auto it = lines_.find({path, line});
    if (it == lines_.end()) return std::nullopt;
    return std::string_view(it->second);
  }

 private:
  std::map<std::pair<std::string, uint32_t>, std::string> lines_;
};

inline constexpr char kDraftPath[] = "drafts/2026-03.md";
inline constexpr char kDraftLine[] =
    "在全球工业研发投入2000强企业中，中国大陆企业有525家，占比达到26.3%。";
inline constexpr char kSeedPath[] = "seeds/其他 报告.txt";
inline constexpr char kSeedLine[] = "共有524家企业";

inline Location MakeLocation(std::string path, uint32_t line, uint32_t column,
                             uint32_t end_line, uint32_t end_column) {
  Location l;
  l.path = std::move(path);
  l.line = line;
  l.column = column;
  l.end_line = end_line;
  l.end_column = end_column;
  return l;
}

// "525家" (columns 26..29) in the draft, with a note at "524" in the seed.
inline Diagnostic ConflictDiagnostic() {
  Diagnostic d;
  d.rule_id = "fact-conflict";
  d.severity = Severity::kError;
  d.message = "525 mainland firms, but 524 elsewhere";
  d.location = MakeLocation(kDraftPath, 12, 26, 12, 30);
  Note note;
  note.location = MakeLocation(kSeedPath, 57, 3, 57, 6);
  note.message = "524 stated here";
  d.notes.push_back(note);
  return d;
}

inline FakeLineSource SampleLines() {
  FakeLineSource lines;
  lines.Add(kDraftPath, 12, kDraftLine);
  lines.Add(kSeedPath, 57, kSeedLine);
  return lines;
}

}  // namespace factlint

#endif  // FACTLINT_REPORT_FAKE_LINE_SOURCE_TEST_UTIL_H_
