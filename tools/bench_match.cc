// Times fact matching and the checks on synthetic claims, at doubling sizes,
// so the growth with the number of claims can be read off.
//   bench_match [MAX_CLAIMS]   (default 1000000)
#include <chrono>
#include <optional>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "check/registry.h"
#include "engine/fact_groups.h"
#include "extract/extractor.h"

namespace factlint {
namespace {

// Documents of 100 claims each; a claim's subject and context come from a
// vocabulary sized so that a typical fact is stated in a handful of places.
Documents Synthesize(size_t n_claims, std::mt19937* rng) {
  const size_t per_doc = 100;
  const size_t facts = std::max<size_t>(n_claims / 8, 1);
  std::uniform_int_distribution<size_t> fact_of(0, facts - 1);
  std::uniform_int_distribution<int> noise(0, 99);
  Documents docs;
  for (size_t made = 0; made < n_claims; made += per_doc) {
    auto doc = std::make_unique<Document>();
    doc->source.path = "synthetic/" + std::to_string(docs.size()) + ".txt";
    doc->source.text = "x\n";
    doc->lines = std::make_unique<LineIndex>(doc->source.text);
    doc->extraction.date.year = 2020 + static_cast<int>(docs.size() % 5);
    doc->order = docs.size();
    for (size_t i = 0; i < per_doc && made + i < n_claims; ++i) {
      size_t f = fact_of(*rng);
      Claim c;
      c.kind = ClaimKind::kCardinal;
      c.dimension = "count:家";
      c.surface = "525家";
      c.subject = "subject" + std::to_string(f % 5000);
      c.context = {c.subject, "w" + std::to_string(f), "w" + std::to_string(f / 3),
                   "common"};
      double v = static_cast<double>(f % 1000) + (noise(*rng) == 0 ? 1 : 0);
      c.value = Interval::Point(v);
      c.time = {2024, 2024, TimeOrigin::kExplicit};
      doc->extraction.claims.push_back(std::move(c));
    }
    IndexTransitions(doc.get());
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace
}  // namespace factlint

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  size_t max_claims = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  std::mt19937 rng(42);
  // The checks read words of the shipped lexicon.
  std::string error;
  const auto extractor = factlint::Extractor::Load(FACTLINT_SOURCE_DIR "/rules", &error);
  if (!extractor) {
    std::fprintf(stderr, "bench_match: %s\n", error.c_str());
    return 2;
  }
  const factlint::Lexicon& lexicon = extractor->lexicon();
  // Findings are worded from the English catalogue (run from the source root).
  std::optional<factlint::Messages> loaded =
      factlint::Messages::Load(factlint::Messages::PathOf("rules", "en"), &error);
  if (!loaded) {
    std::fprintf(stderr, "bench_match: %s\n", error.c_str());
    return 2;
  }
  const factlint::Messages& messages = *loaded;
  std::printf("%10s %10s %10s %10s %12s\n", "claims", "group_ms", "check_ms",
              "groups", "diagnostics");
  for (size_t n = max_claims / 8; n <= max_claims; n *= 2) {
    factlint::Documents docs = factlint::Synthesize(n, &rng);
    auto t0 = Clock::now();
    auto groups = factlint::GroupFacts(docs, nullptr);
    auto t1 = Clock::now();
    factlint::CheckContext ctx{docs, groups, lexicon};
    ctx.messages = &messages;
    auto diags = factlint::RunChecks(ctx);
    auto t2 = Clock::now();
    auto ms = [](auto d) {
      return std::chrono::duration<double, std::milli>(d).count();
    };
    std::printf("%10zu %10.0f %10.0f %10zu %12zu\n", n, ms(t1 - t0), ms(t2 - t1),
                groups.size(), diags.size());
  }
  return 0;
}
