#include "diag/read_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace factlint {
namespace {

TEST(ReadWholeFileTest, ReadsAFileAndExplainsFailures) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "factlint_read_file_test";
  fs::create_directories(dir);
  fs::path file = dir / "a.toml";
  std::ofstream(file, std::ios::binary) << "x = 1\n\xe4\xb8\xad";
  std::string contents, reason;
  ASSERT_TRUE(ReadWholeFile(file.string(), &contents, &reason)) << reason;
  EXPECT_EQ(contents, "x = 1\n\xe4\xb8\xad");
  EXPECT_FALSE(ReadWholeFile(dir.string(), &contents, &reason));
  EXPECT_EQ(reason, "is a directory");
  EXPECT_FALSE(ReadWholeFile((dir / "missing").string(), &contents, &reason));
  EXPECT_EQ(reason, "No such file or directory");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace factlint
