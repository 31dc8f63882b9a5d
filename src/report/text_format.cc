// Compiler-style text output (clang/rustc shape); see docs/output-formats.md.
#include <string>
#include <string_view>
#include <vector>

#include "report/formats.h"
#include "report/snippet.h"

namespace factlint {
namespace {

class Styler {
 public:
  explicit Styler(bool color) : color_(color) {}
  std::string operator()(std::string_view style, std::string_view text) const {
    if (!color_ || text.empty()) return std::string(text);
    return std::string(style) + std::string(text) + std::string(kAnsiReset);
  }

 private:
  bool color_;
};

std::string_view SeverityStyle(std::string_view label) {
  if (label == "error") return kAnsiRed;
  if (label == "warning") return kAnsiYellow;
  return kAnsiCyan;
}

// "path:line:col: " / "path:line: " / "path: " / "" for an empty path.
std::string LocationPrefix(const Location& location) {
  if (location.path.empty() && !location.has_region()) return "";
  std::string out = location.path;
  if (location.has_region()) {
    out += ":" + std::to_string(location.line);
    if (location.column > 0) out += ":" + std::to_string(location.column);
  }
  return out + ": ";
}

std::string Header(const Location& location, std::string_view label,
                   const std::string& message, const std::string& rule_id,
                   const Styler& style, const LineSource& lines,
                   ColumnUnit unit) {
  std::string text = message;
  if (!rule_id.empty()) text += " [" + rule_id + "]";
  return style(kAnsiBold, LocationPrefix(InColumnUnit(location, lines, unit))) +
         style(SeverityStyle(label), std::string(label) + ":") + " " +
         style(kAnsiBold, text) + "\n";
}

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// "2 errors, 1 warning": counts that are zero are left out.
std::string Summary(const SeverityCounts& counts) {
  std::vector<std::string> parts;
  if (counts.errors > 0) parts.push_back(Plural(counts.errors, "error"));
  if (counts.warnings > 0) parts.push_back(Plural(counts.warnings, "warning"));
  if (counts.notes > 0) parts.push_back(Plural(counts.notes, "note"));
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += ", ";
    out += parts[i];
  }
  return out;
}

bool SameLine(const Location& a, const Location& b) {
  return a.has_region() && b.has_region() && a.path == b.path &&
         a.line == b.line;
}

}  // namespace

void WriteText(const std::vector<Diagnostic>& diagnostics,
               const LineSource& lines, const ReportOptions& options,
               std::ostream& out) {
  Styler style(options.color);
  for (const Diagnostic& d : diagnostics) {
    out << Header(d.location, SeverityName(d.severity), d.message, d.rule_id,
                  style, lines, options.column_unit);
    // Fix-its on the diagnostic's own line are shown under its carets;
    // others become notes with their own snippet.
    std::vector<SnippetFix> inline_fixes;
    std::vector<const FixIt*> other_fixes;
    for (const FixIt& fix : d.fixits) {
      if (SameLine(fix.location, d.location)) {
        inline_fixes.push_back({fix.location.column, fix.replacement});
      } else {
        other_fixes.push_back(&fix);
      }
    }
    out << RenderSnippet(d.location, lines, options.color, inline_fixes,
                         options.snippet_width);
    for (const Note& note : d.notes) {
      out << Header(note.location, "note", note.message, "", style, lines,
                    options.column_unit);
      out << RenderSnippet(note.location, lines, options.color, {},
                           options.snippet_width);
    }
    for (const FixIt* fix : other_fixes) {
      out << Header(fix->location, "note",
                    "replace with \"" + fix->replacement + "\"", "", style,
                    lines, options.column_unit);
      out << RenderSnippet(fix->location, lines, options.color,
                           {{fix->location.column, fix->replacement}},
                           options.snippet_width);
    }
  }
  if (!diagnostics.empty() && options.summary) {
    out << style(kAnsiBold, Summary(CountSeverities(diagnostics))) << "\n";
  }
}

}  // namespace factlint
