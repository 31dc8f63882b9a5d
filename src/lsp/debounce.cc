#include "lsp/debounce.h"

#include <algorithm>

namespace factlint::lsp {

std::chrono::milliseconds WaitAfterChange(
    std::optional<std::chrono::steady_clock::duration> last_check,
    std::chrono::milliseconds limit) {
  if (!last_check) return limit;
  return std::clamp(std::chrono::ceil<std::chrono::milliseconds>(*last_check),
                    std::chrono::milliseconds(0), limit);
}

}  // namespace factlint::lsp
