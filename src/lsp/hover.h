// The hover text of a figure: Markdown made from explain's data
// (ClaimExplanation): the figure, its value interval and period, its fact,
// the other statements of the fact with their sources and verdicts, and the
// findings at it.
#ifndef FACTLINT_LSP_HOVER_H_
#define FACTLINT_LSP_HOVER_H_

#include <string>

#include "explain/explanation.h"

namespace factlint::lsp {

std::string HoverMarkdown(const ClaimExplanation& x);

}  // namespace factlint::lsp

#endif  // FACTLINT_LSP_HOVER_H_
