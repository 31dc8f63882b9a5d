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

// `severity` is the level's name (it chooses the colour), `label` its
// word in the run's language.
std::string Header(const Location& location, std::string_view severity,
                   const std::string& label, const std::string& message, const std::string& rule_id,
                   const Styler& style, const LineSource& lines,
                   ColumnUnit unit) {
  std::string text = message;
  if (!rule_id.empty()) text += " [" + rule_id + "]";
  return style(kAnsiBold, LocationPrefix(InColumnUnit(location, lines, unit))) +
         style(SeverityStyle(severity), label + ":") + " " +
         style(kAnsiBold, text) + "\n";
}

// The words of the text format: from the catalogue when there is one, else
// the English level names (errors reported before a catalogue is loaded).
class Words {
 public:
  explicit Words(const Messages* m) : m_(m) {}

  // "error" / "错误" for a severity named `name`.
  std::string Label(std::string_view name) const {
    if (m_ == nullptr) return std::string(name);
    return m_->Format("severity." + std::string(name));
  }

  // "2 errors, 1 warning": counts that are zero are left out.
  std::string Summary(const SeverityCounts& counts) const {
    std::vector<std::string> parts;
    Add(counts.errors, "error", &parts);
    Add(counts.warnings, "warning", &parts);
    Add(counts.notes, "note", &parts);
    const std::string separator = m_ ? m_->Format("count.separator") : ", ";
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i > 0 ? separator : "") + parts[i];
    return out;
  }

  std::string Replace(const std::string& replacement) const {
    if (m_ == nullptr) return "replace with \"" + replacement + "\"";
    return m_->Format("fixit.replace", fmt::arg("replacement", replacement));
  }

 private:
  void Add(int n, const std::string& name, std::vector<std::string>* parts) const {
    if (n <= 0) return;
    if (m_ == nullptr) {
      parts->push_back(std::to_string(n) + " " + name + (n == 1 ? "" : "s"));
      return;
    }
    parts->push_back(m_->Format("count." + name + (n == 1 ? "s_one" : "s_other"),
                                fmt::arg("count", n)));
  }

  const Messages* m_;
};

bool SameLine(const Location& a, const Location& b) {
  return a.has_region() && b.has_region() && a.path == b.path &&
         a.line == b.line;
}

}  // namespace

void WriteText(const DiagnosticList& diagnostics,
               const LineSource& lines, const ReportOptions& options,
               std::ostream& out) {
  Styler style(options.color);
  const Words words(options.messages);
  for (const Diagnostic& d : diagnostics) {
    out << Header(d.location, SeverityName(d.severity),
                  words.Label(SeverityName(d.severity)), d.message, d.rule_id,
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
      out << Header(note.location, "note", words.Label("note"), note.message, "",
                    style, lines, options.column_unit);
      out << RenderSnippet(note.location, lines, options.color, {},
                           options.snippet_width);
    }
    for (const FixIt* fix : other_fixes) {
      out << Header(fix->location, "note", words.Label("note"),
                    words.Replace(fix->replacement), "", style, lines,
                    options.column_unit);
      out << RenderSnippet(fix->location, lines, options.color,
                           {{fix->location.column, fix->replacement}},
                           options.snippet_width);
    }
  }
  if (!diagnostics.empty() && options.summary) {
    out << style(kAnsiBold, words.Summary(CountSeverities(diagnostics))) << "\n";
  }
}

}  // namespace factlint
