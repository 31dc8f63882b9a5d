#include "lsp/debounce.h"

#include <gtest/gtest.h>

namespace factlint::lsp {
namespace {

using std::chrono::microseconds;
using std::chrono::milliseconds;

TEST(WaitAfterChange, BeforeAnyCheckTheLimit) {
  EXPECT_EQ(WaitAfterChange(std::nullopt, milliseconds(50)), milliseconds(50));
}

TEST(WaitAfterChange, AsLongAsThePreviousCheckRoundedUp) {
  EXPECT_EQ(WaitAfterChange(milliseconds(12), milliseconds(50)), milliseconds(12));
  EXPECT_EQ(WaitAfterChange(microseconds(2300), milliseconds(50)), milliseconds(3));
  EXPECT_EQ(WaitAfterChange(microseconds(0), milliseconds(50)), milliseconds(0));
}

TEST(WaitAfterChange, NeverLongerThanTheLimit) {
  EXPECT_EQ(WaitAfterChange(milliseconds(400), milliseconds(50)), milliseconds(50));
  EXPECT_EQ(WaitAfterChange(milliseconds(3), milliseconds(0)), milliseconds(0));
}

}  // namespace
}  // namespace factlint::lsp
