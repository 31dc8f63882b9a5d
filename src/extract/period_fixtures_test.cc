// Runs fixtures/periods/*.txt: excerpts of real reports and news with the
// period each annotated figure describes, decided by reading (not by what the
// extractor says). Format as in fixture_cases_test_util.h, with = lines
//   = SURFACE | PERIOD [| gap: why]
// SURFACE is the number as written (spaces ignored; the n-th line naming one
// surface means its n-th occurrence in the case); PERIOD is YYYY or
// YYYY-YYYY, optionally followed by a part of the year (Q1, H1, M1-M11 …).
// A figure marked as a gap (or in a case marked `# gap:`) must NOT match
// yet, so that a fix shows up and the mark is removed. Every other figure
// must match.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "extract/fixture_cases_test_util.h"

namespace factlint {
namespace {

std::string NoSpaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

std::string PeriodOf(const Claim& c) {
  if (!c.time.known()) return "-";
  std::string s = std::to_string(c.time.from_year);
  if (c.time.to_year != c.time.from_year) s += "-" + std::to_string(c.time.to_year);
  if (!c.time.part.empty()) s += " " + c.time.part.str();
  return s;
}

struct Figure {
  std::string surface, period, gap;
};

Figure ParseFigure(const std::string& line) {
  Figure f;
  std::stringstream ss(line);
  std::string field;
  for (int k = 0; std::getline(ss, field, '|'); ++k) {
    field = TrimFixture(field);
    if (k == 0) f.surface = NoSpaces(field);
    if (k == 1) f.period = field;
    if (k == 2 && field.rfind("gap:", 0) == 0) f.gap = TrimFixture(field.substr(4));
  }
  return f;
}

TEST(PeriodFixturesTest, AnnotatedPeriodsMatch) {
  const Extractor* ex = &ShippedExtractor();
  size_t total = 0, matched = 0, gaps = 0;
  for (const std::string& file : FixtureFiles(FACTLINT_SOURCE_DIR "/fixtures/periods")) {
    for (const FixtureCase& c : ReadFixtureCases(file)) {
      Extraction x = ExtractFixtureCase(*ex, c);
      std::map<std::string, int> seen;  // surface -> occurrences used
      for (const std::string& line : c.expected) {
        Figure f = ParseFigure(line);
        if (f.gap.empty()) f.gap = c.gap;
        int wanted = seen[f.surface]++;
        const Claim* claim = nullptr;
        for (const Claim& cl : x.claims) {
          if (cl.identifier || NoSpaces(cl.surface) != f.surface) continue;
          if (wanted-- == 0) {
            claim = &cl;
            break;
          }
        }
        ++total;
        const std::string got = claim ? PeriodOf(*claim) : "(no such claim)";
        const std::string origin = claim ? TimeOriginName(claim->time.origin) : "";
        const bool same = got == f.period;
        if (same) ++matched;
        if (!f.gap.empty()) {
          ++gaps;
          EXPECT_FALSE(same) << file << ": case " << c.name << ": " << f.surface
                             << " is marked as a gap but its period matches now: "
                                "remove the gap mark";
          continue;
        }
        EXPECT_TRUE(same) << file << ":" << c.line << ": case " << c.name << ": "
                          << f.surface << " expected " << f.period << ", got " << got
                          << " " << origin;
      }
    }
  }
  std::cout << "period fixtures: " << matched << "/" << total << " figures match, "
            << gaps << " known gaps\n";
  EXPECT_GE(total, 60u);
}

}  // namespace
}  // namespace factlint
