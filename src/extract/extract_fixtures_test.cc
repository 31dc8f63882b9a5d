// Runs the annotated cases of fixtures/extract/*.txt through Normalize and
// the Extractor. Format (docs/claims.md, "Fixtures"):
//   @date 2025-12-19          document date for the cases that follow
//   # case: name
//   > input text              (several > lines are joined with "\n")
//   # gap: why              (optional) a known gap: the = lines say what is
//                            right, the extractor does not do it yet
//   = surface | kind | dimension | interval | qualifier | time [| extras]
// One = line per expected claim, identifiers excluded; no = line means the
// input holds no claim. Every case must match, except known gaps, which
// must not match (a gap that is fixed must lose its mark). At least 98% of
// all cases must match. FACTLINT_UPDATE_GOLDEN=1 rewrites the = lines of the
// cases that are not gaps from the program's output (review the diff!).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/claim_format.h"
#include "extract/fixture_cases_test_util.h"
#include "extract/extractor.h"
#include "text/normalize.h"

namespace factlint {
namespace {

using Case = FixtureCase;

// "a | b |c" -> "a | b | c"
std::string Canonical(const std::string& line) {
  std::string out, field;
  std::stringstream ss(line);
  bool first = true;
  while (std::getline(ss, field, '|')) {
    if (!first) out += " | ";
    out += TrimFixture(field);
    first = false;
  }
  return out;
}

std::string TimeField(const TimeRef& t) {
  if (!t.known()) return "-";
  std::string s = std::to_string(t.from_year);
  if (t.to_year != t.from_year) s += "-" + std::to_string(t.to_year);
  if (!t.part.empty()) s += " " + t.part.str();
  return s + " " + TimeOriginName(t.origin);
}

std::string Describe(const Claim& c) {
  std::string s = c.surface.str() + " | " + ClaimKindName(c.kind) + " | " +
                  (c.dimension.empty() ? std::string("-") : c.dimension.str()) + " | " +
                  FormatInterval(c.value) + " | " + QualifierName(c.qualifier) +
                  " | " + TimeField(c.time);
  std::string extras;
  if (c.change != Direction::kNone) extras += DirectionName(c.change);
  if (c.annual) extras += " annual";
  if (c.real) extras += " real";
  if (c.cumulative) extras += " cumulative";
  if (c.base_year != 0) extras += (extras.empty() ? "" : " ") + std::string("base=") + std::to_string(c.base_year);
  if (c.target) extras += (extras.empty() ? "" : " ") + std::string("target");
  if (!c.scope.empty()) extras += (extras.empty() ? "" : " ") + ("scope=" + c.scope.str());
  if (!extras.empty()) s += " | " + extras;
  return s;
}

std::vector<std::string> RunCase(const Extractor& ex, const Case& c) {
  Extraction x = ExtractFixtureCase(ex, c);
  std::vector<std::string> got;
  for (const Claim& claim : x.claims) {
    if (!claim.identifier) got.push_back(Canonical(Describe(claim)));
  }
  return got;
}

void Rewrite(const std::string& path, const std::vector<Case>& cases,
             const std::vector<std::vector<std::string>>& actual) {
  std::ifstream in(path);
  std::ostringstream out;
  std::string line;
  size_t ci = 0;
  bool in_case = false;
  auto flush = [&]() {
    if (in_case) {
      // A gap keeps its hand-written expectation.
      const Case& c = cases[ci - 1];
      for (const std::string& e : c.gap.empty() ? actual[ci - 1] : c.expected)
        out << "= " << e << "\n";
    }
  };
  std::vector<std::string> pending;
  while (std::getline(in, line)) {
    if (line.rfind("=", 0) == 0) continue;
    if (line.rfind("# case:", 0) == 0 || line.rfind("@date", 0) == 0) {
      flush();
      in_case = false;
      for (auto& p : pending) out << p << "\n";
      pending.clear();
      out << line << "\n";
      if (line.rfind("# case:", 0) == 0) { ++ci; in_case = true; }
      continue;
    }
    if (line.rfind(">", 0) == 0) {
      for (auto& p : pending) out << p << "\n";
      pending.clear();
      out << line << "\n";
      continue;
    }
    pending.push_back(line);  // blank lines and comments after the = lines
  }
  flush();
  for (auto& p : pending) out << p << "\n";
  std::ofstream(path) << out.str();
}

TEST(ExtractFixturesTest, AnnotatedCasesMatch) {
  std::string error;
  auto ex = Extractor::Load(FACTLINT_SOURCE_DIR "/rules", &error);
  ASSERT_NE(ex, nullptr) << error;
  const bool update = std::getenv("FACTLINT_UPDATE_GOLDEN") != nullptr &&
                      std::string(std::getenv("FACTLINT_UPDATE_GOLDEN")) == "1";
  const std::vector<std::string> files = FixtureFiles(FACTLINT_SOURCE_DIR "/fixtures/extract");
  size_t total = 0, matched = 0, gaps = 0;
  for (const std::string& f : files) {
    std::vector<Case> cases = ReadFixtureCases(f);
    for (Case& c : cases)
      for (std::string& e : c.expected) e = Canonical(e);
    std::vector<std::vector<std::string>> actual;
    for (const Case& c : cases) {
      actual.push_back(RunCase(*ex, c));
      ++total;
      bool same = actual.back() == c.expected;
      if (same) ++matched;
      if (!c.gap.empty()) {
        ++gaps;
        EXPECT_FALSE(same) << f << ":" << c.line << ": case " << c.name
                           << " is marked as a gap but matches now: remove its "
                              "'# gap:' line";
        continue;
      }
      if (same) continue;
      std::ostringstream msg;
      msg << f << ":" << c.line << ": case " << c.name << " mismatch\n  input: " << c.input << "\n";
      for (const auto& e : c.expected) msg << "  expected: " << e << "\n";
      for (const auto& a : actual.back()) msg << "  actual:   " << a << "\n";
      if (update) std::cout << msg.str();
      else ADD_FAILURE() << msg.str();
    }
    if (update) Rewrite(f, cases, actual);
  }
  double rate = total == 0 ? 0 : 100.0 * matched / total;
  std::cout << "extract fixtures: " << matched << "/" << total << " cases match ("
            << rate << "%), " << gaps << " known gaps\n";
  EXPECT_GE(total, 300u);
  EXPECT_GE(rate, 98.0);
}

}  // namespace
}  // namespace factlint
