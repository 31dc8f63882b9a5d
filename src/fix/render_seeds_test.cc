// RenderLike on every quantity of the real seed documents: writing a
// quantity's own value in its own style must give back its surface, byte
// for byte, or refuse; it must never produce a different-looking number.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "fix/render.h"
#include "text/loader.h"
#include "text/normalize.h"

namespace factlint {
namespace {

std::string Source(const std::string& relative) {
  return std::string(FACTLINT_SOURCE_DIR) + "/" + relative;
}

TEST(RenderSeedsTest, OwnValueGivesOwnSurface) {
  std::string error;
  std::unique_ptr<UnitTable> units =
      UnitTable::LoadFile(Source("rules/units.toml"), &error);
  std::unique_ptr<QuantityScanner> scanner =
      QuantityScanner::Load(Source("rules/units.toml"), &error);
  ASSERT_TRUE(units && scanner) << error;
  size_t total = 0, rendered = 0;
  std::map<std::string, int> refusals;
  for (const auto& entry :
       std::filesystem::directory_iterator(Source("seeds"))) {
    LoadResult loaded = LoadFile(entry.path().string());
    ASSERT_TRUE(std::holds_alternative<SourceText>(loaded));
    Normalized norm = Normalize(std::get<SourceText>(loaded));
    for (const Quantity& q : scanner->Scan(norm.text)) {
      if (q.dimension == "identifier" || q.written.lo != q.written.lo) continue;
      // The written value: the middle of the written interval, or the top
      // of a 前N rank.
      double v = q.kind == ClaimKind::kRank
                     ? q.written.hi
                     : (q.written.lo + q.written.hi) / 2;
      ++total;
      std::string why;
      std::optional<std::string> got = RenderLike(v, q, *units, 0, &why);
      if (!got) {
        ++refusals[why];
        continue;
      }
      ++rendered;
      EXPECT_EQ(*got, q.surface) << entry.path().filename() << " value " << v;
    }
  }
  std::string summary;
  for (const auto& [why, n] : refusals)
    summary += "  " + std::to_string(n) + " " + why + "\n";
  std::cout << rendered << " of " << total << " seed quantities rendered\n"
            << summary;
  EXPECT_GT(total, 100u);
  EXPECT_GT(rendered * 10, total * 8) << summary;  // at least 80%
}

}  // namespace
}  // namespace factlint
