// The language server's protocol state and methods, apart from any stream:
// Handle takes one decoded JSON-RPC message and returns what to send back;
// RunDue checks the open documents whose debounce has elapsed and returns
// their textDocument/publishDiagnostics. Checking itself is the Checker's
// (src/cli/lsp_checker.h), in factlint's terms (code-point columns); this
// module converts to the protocol's (0-based lines, UTF-16 columns, URIs).
//
// Methods: initialize, initialized, shutdown, exit,
// textDocument/didOpen|didChange|didClose (full text), codeAction
// (quick fixes from the canonical-fact fix-its `check --fix` applies) and
// hover (a figure's fact, period, value and the other statements).
#ifndef FACTLINT_LSP_SERVER_H_
#define FACTLINT_LSP_SERVER_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "explain/explanation.h"
#include "lsp/jsonrpc.h"
#include "text/line_index.h"

namespace factlint::lsp {

class Checker {
 public:
  virtual ~Checker() = default;
  // The diagnostics located in `path` (findings and input problems) when
  // `text` is checked as that file's content.
  virtual std::vector<Diagnostic> Check(const std::string& path,
                                        const std::string& text) = 0;
  // Explanations of the claims at 1-based `line` and code-point `column`
  // of `text` checked as `path`; empty when no figure stands there.
  virtual std::vector<ClaimExplanation> Explain(const std::string& path,
                                                const std::string& text,
                                                uint32_t line, uint32_t column) = 0;
  // A 1-based line of another file a diagnostic names (reference material),
  // to count its columns in UTF-16; nullopt when it cannot be had.
  virtual std::optional<std::string> LineOf(const std::string& path,
                                            uint32_t line) = 0;
};

class Server {
 public:
  using Clock = std::chrono::steady_clock;

  // `checker` must outlive the server. A change is checked after the last
  // change of its document by as long as the document's previous check took,
  // at most `debounce` (WaitAfterChange, lsp/debounce.h); an opened document
  // at once.
  Server(Checker* checker, std::chrono::milliseconds debounce);

  std::vector<json> Handle(const json& message, Clock::time_point now);
  std::vector<json> RunDue(Clock::time_point now);
  // When RunDue has work next; nullopt when nothing waits.
  std::optional<Clock::time_point> NextDue() const;

  // After the exit notification: stop reading. The exit code is 0 when a
  // shutdown request came first, else 1 (as the protocol asks).
  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Open {
    std::string path;  // "" for a URI that names no local file
    std::string text;
    json version;
    std::optional<Clock::time_point> due;
    // Wall time of the last check (measured on the steady clock).
    std::optional<Clock::duration> check_time;
    // The last check, of `checked_text`.
    std::string checked_text;
    std::shared_ptr<LineIndex> lines;  // over checked_text
    std::vector<Diagnostic> diagnostics;
  };

  json Dispatch(const std::string& method, const json& params, bool* handled);
  json Initialize(const json& params);
  void DidOpen(const json& params, Clock::time_point now);
  void DidChange(const json& params, Clock::time_point now);
  void DidClose(const json& params);
  json CodeActions(const json& params);
  json Hover(const json& params);
  // Checks `uri` now and returns its publishDiagnostics.
  json Publish(const std::string& uri, Open* doc);
  json ToLsp(const Diagnostic& d, const std::string& uri, const Open& doc);
  json Range(const Location& l, const std::string& uri, const Open& doc);
  // Text of a line of `path`: the buffer's when it is the open document.
  std::optional<std::string> LineText(const std::string& path, uint32_t line,
                                      const Open& doc);

  Checker* checker_;
  std::chrono::milliseconds debounce_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  std::map<std::string, Open> open_;
  std::vector<json> pending_;  // notifications produced while handling
};

// LSP DiagnosticSeverity of a factlint severity: error 1, warning 2, note 3
// (Information).
int LspSeverity(Severity s);

}  // namespace factlint::lsp

#endif  // FACTLINT_LSP_SERVER_H_
