// The language server's loop over file descriptors (standard input and
// output): reads what arrives, hands whole messages to the Server, writes
// its replies, and runs debounced checks when they fall due.
#ifndef FACTLINT_LSP_SERVE_H_
#define FACTLINT_LSP_SERVE_H_

#include <ostream>

#include "lsp/server.h"

namespace factlint::lsp {

// Serves until the exit notification (returns server->exit_code()), the end
// of input (1: the client went away without exit) or a malformed header
// part (1, after saying why on `log`).
int Serve(int in_fd, int out_fd, Server* server, std::ostream& log);

}  // namespace factlint::lsp

#endif  // FACTLINT_LSP_SERVE_H_
