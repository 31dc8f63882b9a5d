// How long the language server waits after the last change of a document
// before it checks it. The wait is as long as the document's previous check
// took, at most `limit`: a quick check (a small archive) runs almost at once,
// and while someone types against a slow one the server spends at most about
// half its time checking text that is about to change again.
#ifndef FACTLINT_LSP_DEBOUNCE_H_
#define FACTLINT_LSP_DEBOUNCE_H_

#include <chrono>
#include <optional>

namespace factlint::lsp {

// `last_check`: the wall time of the document's previous check; nullopt
// before any (then the wait is `limit`).
std::chrono::milliseconds WaitAfterChange(
    std::optional<std::chrono::steady_clock::duration> last_check,
    std::chrono::milliseconds limit);

}  // namespace factlint::lsp

#endif  // FACTLINT_LSP_DEBOUNCE_H_
