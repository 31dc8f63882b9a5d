#include "diag/read_file.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

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

TEST(ReadWholeFileTest, RefusesAFifoWithoutWaitingAndLimitsTheSize) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "factlint_read_file_fifo_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string fifo = (dir / "pipe").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string contents, reason;
  EXPECT_FALSE(ReadWholeFile(fifo, &contents, &reason));  // no writer: would block
  EXPECT_EQ(reason, "is a FIFO, not a regular file (standard input is read only as `-`)");
  EXPECT_FALSE(ReadWholeFile("/dev/null", &contents, &reason));
  EXPECT_EQ(reason.rfind("is a character device", 0), 0u) << reason;
  fs::path big = dir / "big.txt";
  std::ofstream(big, std::ios::binary) << std::string(100, 'x');
  bool too_large = false;
  EXPECT_FALSE(ReadRegularFile(big.string(), 99, &contents, &reason, &too_large));
  EXPECT_TRUE(too_large);
  EXPECT_EQ(reason, "file is larger than 99 bytes");
  EXPECT_TRUE(ReadRegularFile(big.string(), 100, &contents, &reason, &too_large));
  EXPECT_EQ(contents.size(), 100u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace factlint
