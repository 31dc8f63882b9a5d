// fact-overflow: a written number too large to be read as a value (1
// followed by hundreds of 万). The extractor does not make it a claim, so
// that an infinite interval cannot agree with every other statement; this
// check says so at its place.
#include <fmt/format.h>

#include "check/check.h"

namespace factlint {
namespace {

class OverflowCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-overflow", "Number too large",
            "A written number is too large to be a figure (beyond 1e100, "
            "e.g. 1 followed by hundreds of 万) and is not read as a claim.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           std::vector<Diagnostic>* out) const override {
    for (const auto& doc : ctx.docs) {
      if (!doc->target) continue;
      for (const NumberProblem& p : doc->extraction.problems) {
        Diagnostic d;
        d.rule_id = info().id;
        d.severity = info().default_severity;
        d.location = doc->Locate(p.source_span);
        // A long run is shown cut at a code point boundary.
        std::string shown = p.surface;
        if (shown.size() > 60) {
          size_t cut = 60;
          while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
            --cut;
          shown = shown.substr(0, cut) + "…";
        }
        d.message = fmt::format(
            "{}: this number is too large to be a figure and is not read",
            shown);
        out->push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeOverflowCheck() {
  return std::make_unique<OverflowCheck>();
}

}  // namespace factlint
