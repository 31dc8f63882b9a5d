// factlint explain FILE:LINE[:COL] [PATH...]: the run `check PATH... FILE`
// would make (check_run.h), then an explanation of the claims at the
// position. Exit 0 when something was explained (or the line holds no
// claim), 2 for a malformed position, a FILE not among the inputs, a line
// beyond its end, or any input, rule or configuration error.
#include <filesystem>
#include <iostream>

#include "cli/check_run.h"
#include "cli/commands.h"
#include "cli/line_source.h"
#include "cli/run_support.h"
#include "explain/explain_format.h"
#include "explain/explanation.h"
#include "base/file_identity.h"
#include "explain/position.h"

namespace factlint {
namespace {

// Candidates offered when a line holds no claim.
constexpr size_t kNearest = 5;

// The document read from `file`, however it was spelled; -1 if none.
int FindDocument(const Documents& docs, const std::string& file) {
  const std::string key = FileIdentity(file);
  for (size_t d = 0; d < docs.size(); ++d)
    if (docs[d]->source.path == file || FileIdentity(docs[d]->source.path) == key)
      return static_cast<int>(d);
  return -1;
}

int Fail(const std::string& message) {
  std::cerr << "factlint: error: explain: " << message << "\n";
  return kExitError;
}

}  // namespace

int RunExplain(const Options& o, const std::string& rules_dir) {
  std::string error;
  std::optional<SourcePosition> pos = ParsePosition(o.explain_position, &error);
  if (!pos) return Fail(error);
  std::optional<RunSetup> setup = LoadRunSetup(o);
  if (!setup) return kExitError;
  // FILE last, so that `explain F:L dir/` with F inside dir/ is the run of
  // `check dir/`: the same documents in the same order.
  std::vector<std::string> targets = o.paths;
  targets.push_back(pos->file);
  std::unique_ptr<CheckRun> run = RunCheckPipeline(o, *setup, targets, rules_dir);
  if (!run) return kExitError;

  auto print_input_errors = [&] {
    if (run->input_errors.empty()) return;
    TextLineSource lines;
    ReportOptions options = MakeReportOptions(o);
    options.messages = &*run->messages;
    WriteReport(Format::kText, run->input_errors, lines, options, std::cerr);
  };
  int d = FindDocument(run->docs, pos->file);
  if (d < 0 || !run->docs[d]->target) {
    print_input_errors();
    return Fail(pos->file + " is not among the inputs (it must be a readable text or "
                            "Markdown file)");
  }
  const Document& doc = *run->docs[d];
  const uint32_t lines = doc.LineCount();
  if (pos->line > lines)
    return Fail("line " + std::to_string(pos->line) + " is beyond the end of " +
                pos->file + " (" + std::to_string(lines) + " lines)");

  Explanation e;
  e.file = doc.source.path;
  e.line = pos->line;
  e.column = pos->column;
  ClaimLookup found = FindClaimsAt(doc, pos->line, pos->column);
  e.exact = found.exact;
  CheckContext ctx = run->context();
  const std::vector<Diagnostic> findings = run->found.ToVector();
  for (uint32_t i : found.claims)
    e.claims.push_back(ExplainClaim(ctx, run->rules.get(), findings,
                                    static_cast<uint32_t>(d), i));
  if (found.claims.empty())
    for (uint32_t i : NearestClaims(doc, pos->line, kNearest))
      e.nearest.push_back({doc.Locate(doc.extraction.claims[i]),
                           AsWritten(doc, doc.extraction.claims[i])});
  if (o.format == "json")
    WriteExplanationJson(e, std::cout);
  else
    WriteExplanationText(e, *run->messages, std::cout);
  std::cout.flush();
  print_input_errors();
  return run->input_errors.empty() ? kExitClean : kExitError;
}

}  // namespace factlint
