// factlint lsp: a language server on standard input and output
// (src/lsp/), checking with the WorkspaceChecker (lsp_checker.h).
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/lsp_checker.h"
#include "lsp/serve.h"

namespace factlint {

int RunLsp(const Options& o, const std::string& rules_dir) {
  WorkspaceChecker checker(o, rules_dir, std::cerr);
  lsp::Server server(&checker, std::chrono::milliseconds(o.debounce_ms));
  // The protocol gets standard output to itself: anything else printed
  // there (a message of a library) goes to standard error, the client's log.
  std::cout.flush();
  int protocol = dup(STDOUT_FILENO);
  if (protocol < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    std::cerr << "factlint: error: lsp: cannot set up standard output\n";
    return kExitError;
  }
  int code = lsp::Serve(STDIN_FILENO, protocol, &server, std::cerr);
  close(protocol);
  return code == 0 ? kExitClean : kExitError;
}

}  // namespace factlint
