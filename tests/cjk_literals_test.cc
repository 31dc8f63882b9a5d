// Language knowledge is data (rules/*.toml), not C++: every string literal of
// the non-test sources under src/ that holds a Chinese character must be
// listed in tests/cjk_literals_allowed.txt with the reason it may stay
// (number or date grammar, an example in a rule's documentation ...). A new
// word list written in C++ fails here; so does an entry that no longer
// matches a literal, so the list cannot go stale.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

struct Literal {
  int line = 0;
  std::string text;  // between the quotes, escapes as written
};

// The string literals of C++ source `src`, comments and character literals
// skipped; a raw string R"d(...)d" gives what stands between its delimiters.
std::vector<Literal> StringLiterals(const std::string& src) {
  std::vector<Literal> out;
  int line = 1;
  size_t i = 0;
  auto advance = [&](size_t to) {
    for (; i < to && i < src.size(); ++i)
      if (src[i] == '\n') ++line;
  };
  while (i < src.size()) {
    const char c = src[i];
    if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
      const size_t nl = src.find('\n', i);
      advance(nl == std::string::npos ? src.size() : nl);
    } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
      const size_t end = src.find("*/", i + 2);
      advance(end == std::string::npos ? src.size() : end + 2);
    } else if (c == 'R' && i + 1 < src.size() && src[i + 1] == '"' &&
               (i == 0 || !(std::isalnum(static_cast<unsigned char>(src[i - 1])) ||
                            src[i - 1] == '_') ||
                src[i - 1] == '8' || src[i - 1] == 'u' || src[i - 1] == 'U' ||
                src[i - 1] == 'L')) {
      const size_t open = src.find('(', i + 2);
      if (open == std::string::npos) break;
      const std::string close = ")" + src.substr(i + 2, open - i - 2) + "\"";
      const size_t end = src.find(close, open + 1);
      if (end == std::string::npos) break;
      const int at = line;
      out.push_back({at, src.substr(open + 1, end - open - 1)});
      advance(end + close.size());
    } else if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < src.size() && src[j] != c && src[j] != '\n') j += src[j] == '\\' ? 2 : 1;
      if (c == '"') out.push_back({line, src.substr(i + 1, j - i - 1)});
      advance(j + 1);
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      // A whole identifier or number: a quote inside a digit group
      // (1'000'000) is no character literal.
      size_t j = i;
      while (j < src.size() &&
             (std::isalnum(static_cast<unsigned char>(src[j])) || src[j] == '_' ||
              (src[j] == '\'' && j > i && std::isdigit(static_cast<unsigned char>(src[i])))))
        ++j;
      // Leave a raw-string prefix (u8R, LR) and the R itself to the branch above.
      if (j < src.size() && src[j] == '"' && src[j - 1] == 'R') --j;
      advance(std::max(j, i + 1));
    } else {
      advance(i + 1);
    }
  }
  return out;
}

bool HoldsHan(const std::string& s) {
  static const re2::RE2 kHan("\\p{Han}");
  return re2::RE2::PartialMatch(s, kHan);
}

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CjkLiteralsTest, ScannerFindsLiteralsOutsideComments) {
  const std::string src =
      "// \"注释\" in a comment\n"
      "/* \"块\" */ const char* a = \"词\";\n"
      "char32_t c = U'百'; int n = 1'000;\n"
      "auto r = R\"x(原\"文)x\"; auto s = u8\"八\" \"九\\\"十\";\n";
  std::vector<Literal> got = StringLiterals(src);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].text, "词");
  EXPECT_EQ(got[0].line, 2);
  EXPECT_EQ(got[1].text, "原\"文");
  EXPECT_EQ(got[2].text, "八");
  EXPECT_EQ(got[3].text, "九\\\"十");
  EXPECT_EQ(got[3].line, 4);
  EXPECT_TRUE(HoldsHan("第〇"));
  EXPECT_FALSE(HoldsHan("“,、。”"));
}

// Each line of the allow-list: path, TAB, the literal as written (a line of
// it, for a raw string over several), TAB, the reason; '#' starts a comment
// line.
TEST(CjkLiteralsTest, EveryChineseLiteralInSourcesIsAllowed) {
  const fs::path root = FACTLINT_SOURCE_DIR;
  std::map<std::pair<std::string, std::string>, int> allowed;  // -> uses found
  std::ifstream list(root / "tests" / "cjk_literals_allowed.txt");
  ASSERT_TRUE(list) << "tests/cjk_literals_allowed.txt is missing";
  std::string entry;
  for (int n = 1; std::getline(list, entry); ++n) {
    if (entry.empty() || entry[0] == '#') continue;
    const size_t t1 = entry.find('\t');
    const size_t t2 = t1 == std::string::npos ? t1 : entry.find('\t', t1 + 1);
    ASSERT_NE(t2, std::string::npos) << "cjk_literals_allowed.txt:" << n
                                     << ": want path<TAB>literal<TAB>reason";
    ASSERT_LT(t2 + 1, entry.size()) << "cjk_literals_allowed.txt:" << n << ": no reason given";
    allowed[{entry.substr(0, t1), entry.substr(t1 + 1, t2 - t1 - 1)}] = 0;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root / "src")) {
    const std::string name = e.path().filename().string();
    const bool source = name.ends_with(".cc") || name.ends_with(".h");
    const bool test = name.ends_with("_test.cc") || name.ends_with("_test_util.h");
    if (e.is_regular_file() && source && !test) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 50u);
  for (const fs::path& f : files) {
    const std::string rel = fs::relative(f, root).generic_string();
    for (const Literal& lit : StringLiterals(ReadAll(f))) {
      // A raw string over several lines is judged line by line.
      std::istringstream lines(lit.text);
      int line = lit.line;
      for (std::string text; std::getline(lines, text); ++line) {
        if (!HoldsHan(text)) continue;
        auto it = allowed.find({rel, text});
        if (it == allowed.end()) {
          ADD_FAILURE() << rel << ":" << line << ": \"" << text
                        << "\" holds Chinese: put its words in rules/*.toml, or, if it is "
                           "number or date grammar, list it in tests/cjk_literals_allowed.txt";
        } else {
          ++it->second;
        }
      }
    }
  }
  for (const auto& [key, uses] : allowed)
    EXPECT_GT(uses, 0) << "tests/cjk_literals_allowed.txt lists \"" << key.second << "\" in "
                       << key.first << ", which no longer holds it";
}

}  // namespace
}  // namespace factlint::testing
