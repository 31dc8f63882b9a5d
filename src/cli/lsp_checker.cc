#include "cli/lsp_checker.h"

#include <chrono>
#include <ctime>
#include <filesystem>

#include "cli/run_support.h"
#include "config/config.h"
#include "explain/position.h"

namespace factlint {

WorkspaceChecker::WorkspaceChecker(const Options& options, std::string rules_dir,
                                   std::ostream& log)
    : options_(options), rules_dir_(std::move(rules_dir)), log_(log) {}

WorkspaceChecker::~WorkspaceChecker() = default;

WorkspaceChecker::Workspace& WorkspaceChecker::For(const std::string& path) {
  std::string config = options_.config;
  if (config.empty() && !options_.no_config)
    config = FindConfig(std::filesystem::path(path).parent_path().string());
  std::unique_ptr<Workspace>& ws = workspaces_[config];
  if (ws) return *ws;
  ws = std::make_unique<Workspace>();
  ws->config = config;
  Options o = options_;
  o.config = config;
  o.no_config = config.empty();
  auto start = std::chrono::steady_clock::now();
  // Errors are printed on standard error: the client's log of the server.
  ws->setup = LoadRunSetup(o);
  if (ws->setup) ws->run = LoadReferenceRun(o, *ws->setup, rules_dir_);
  if (!ws->run) {
    log_ << "factlint lsp: cannot load the configuration or reference material"
         << (config.empty() ? "" : " of " + config) << "\n";
    return *ws;
  }
  for (const auto& doc : ws->run->docs)
    if (!doc->source.text.empty())
      ws->reference_by_path[doc->source.path] = doc.get();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  log_ << "factlint lsp: loaded " << ws->run->docs.size() << " reference document(s)"
       << (config.empty() ? "" : " for " + config) << " in " << ms.count() << " ms\n";
  return *ws;
}

WorkspaceChecker::Workspace& WorkspaceChecker::Checked(const std::string& path,
                                                       const std::string& text) {
  Workspace& ws = For(path);
  if (!ws.run || (ws.checked && ws.checked_path == path && ws.checked_text == text))
    return ws;
  auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  CheckBuffer(*ws.setup, path, text, ws.run.get());
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  ws.checked = true;
  ws.checked_path = path;
  ws.checked_text = text;
  auto us = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  log_ << "factlint lsp: checked " << path << " (" << text.size() << " bytes";
  if (ws.run->buffer_index)
    log_ << ", " << ws.run->index_docs << " indexed document(s) of its keys";
  log_ << ") in " << us.count() / 1000.0 << " ms (CPU " << cpu_ms << " ms)\n";
  return ws;
}

std::vector<Diagnostic> WorkspaceChecker::Check(const std::string& path,
                                                const std::string& text) {
  Workspace& ws = Checked(path, text);
  std::vector<Diagnostic> out;
  if (!ws.run) {
    Diagnostic d;
    d.rule_id = "config-error";
    d.location.path = path;
    d.message = "factlint cannot check this file: its configuration" +
                (ws.config.empty() ? std::string() : " (" + ws.config + ")") +
                " or reference material failed to load; the language server's "
                "log says why";
    out.push_back(std::move(d));
    return out;
  }
  for (const Diagnostic& d : ws.run->input_errors)
    if (d.location.path == path) out.push_back(d);
  for (size_t i = 0; i < ws.run->found.size(); ++i)
    if (ws.run->found.head(i).path == path) out.push_back(ws.run->found[i]);
  return out;
}

std::vector<ClaimExplanation> WorkspaceChecker::Explain(const std::string& path,
                                                        const std::string& text,
                                                        uint32_t line, uint32_t column) {
  Workspace& ws = Checked(path, text);
  std::vector<ClaimExplanation> out;
  if (!ws.run || ws.run->docs.empty() || !ws.run->docs.front()->target) return out;
  const Document& doc = *ws.run->docs.front();
  ClaimLookup found = FindClaimsAt(doc, line, column);
  if (!found.exact) return out;  // hover only on a figure
  CheckContext ctx = ws.run->context();
  const std::vector<Diagnostic> findings = ws.run->found.ToVector();
  for (uint32_t i : found.claims)
    out.push_back(ExplainClaim(ctx, ws.run->rules.get(), findings, 0, i));
  return out;
}

std::optional<std::string> WorkspaceChecker::LineOf(const std::string& path,
                                                    uint32_t line) {
  for (const auto& [config, ws] : workspaces_) {
    auto it = ws->reference_by_path.find(path);
    if (it == ws->reference_by_path.end()) continue;
    const LineIndex& lines = *it->second->lines;
    if (line > lines.line_count()) return std::nullopt;
    return std::string(lines.Line(line));
  }
  // Indexed reference material (--against-db) and --facts: read from disk.
  FileLines& file = files_[path];
  if (!file.lines) {
    file.text = ReadTextFile(path);
    file.lines = std::make_unique<LineIndex>(file.text);
  }
  if (file.text.empty() || line > file.lines->line_count()) return std::nullopt;
  return std::string(file.lines->Line(line));
}

}  // namespace factlint
