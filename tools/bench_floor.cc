// The floor tools/bench divides extraction by: one RE2 pass over every file
// of a corpus (finding each run of digits, the least any number grammar must
// do), timed inside the process so that reading the files does not count.
//
//   bench_floor FILE...   prints "<bytes> <seconds> <matches>"
#include <re2/re2.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    bytes += texts.back().size();
  }
  static const re2::RE2 kDigits("[0-9]+(?:\\.[0-9]+)?");
  size_t matches = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& t : texts) {
    re2::StringPiece in(t);
    while (re2::RE2::FindAndConsume(&in, kDigits)) ++matches;
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::printf("%zu %.6f %zu\n", bytes, took.count(), matches);
  return 0;
}
