// What `factlint lsp` checks with: the lsp::Checker over check_run.h. For
// each configuration (.factlint.toml found from a document's directory
// upwards, or --config) the rules and reference material (against,
// --against, --against-db, --facts) are loaded once (LoadReferenceRun);
// each check extracts only the editor's buffer (CheckBuffer).
#ifndef FACTLINT_CLI_LSP_CHECKER_H_
#define FACTLINT_CLI_LSP_CHECKER_H_

#include <map>
#include <memory>
#include <ostream>
#include <string>

#include "cli/check_run.h"
#include "lsp/server.h"
#include "text/line_index.h"

namespace factlint {

class WorkspaceChecker : public lsp::Checker {
 public:
  // Messages (load errors, timings) go to `log`, which must outlive this.
  WorkspaceChecker(const Options& options, std::string rules_dir, std::ostream& log);
  ~WorkspaceChecker() override;

  std::vector<Diagnostic> Check(const std::string& path,
                                const std::string& text) override;
  std::vector<ClaimExplanation> Explain(const std::string& path,
                                        const std::string& text, uint32_t line,
                                        uint32_t column) override;
  std::optional<std::string> LineOf(const std::string& path, uint32_t line) override;

 private:
  struct Workspace {
    std::string config;  // its .factlint.toml; "" none
    std::optional<RunSetup> setup;
    std::unique_ptr<CheckRun> run;  // null when loading failed
    std::map<std::string, const Document*> reference_by_path;
    bool checked = false;
    std::string checked_path, checked_text;
  };
  struct FileLines {
    std::string text;
    std::unique_ptr<LineIndex> lines;
  };

  // The workspace of the configuration in force for `path`, loaded on first use.
  Workspace& For(const std::string& path);
  // `text` checked as `path` in its workspace (again only when it changed).
  Workspace& Checked(const std::string& path, const std::string& text);

  Options options_;
  std::string rules_dir_;
  std::ostream& log_;
  std::map<std::string, std::unique_ptr<Workspace>> workspaces_;
  std::map<std::string, FileLines> files_;  // LineOf of files read from disk
};

}  // namespace factlint

#endif  // FACTLINT_CLI_LSP_CHECKER_H_
