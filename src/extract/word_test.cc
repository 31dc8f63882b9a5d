#include "extract/word.h"

#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(WordTest, EqualTextIsOneEntry) {
  std::string a = "研究与试验发展经费";
  Word x(a), y(std::string_view("研究与试验发展经费")), z("投入强度");
  EXPECT_EQ(&x.str(), &y.str());
  EXPECT_EQ(x, y);
  EXPECT_NE(x, z);
  EXPECT_EQ(x.str(), a);
  EXPECT_EQ(x.size(), a.size());
}

TEST(WordTest, EmptyIsTheDefault) {
  Word w;
  EXPECT_TRUE(w.empty());
  EXPECT_EQ(w, Word(""));
  EXPECT_EQ(w, "");
  EXPECT_EQ(w.str(), std::string());
}

TEST(WordTest, ComparesWithStringsByContent) {
  Word w("percent");
  EXPECT_TRUE(w == "percent");
  EXPECT_TRUE(w == std::string("percent"));
  EXPECT_TRUE(w == std::string_view("percent"));
  EXPECT_TRUE(std::string("percent") == w);
  EXPECT_FALSE(w == "pp");
  EXPECT_TRUE(w != "pp");
  EXPECT_TRUE(w < "pp");
  EXPECT_TRUE(Word("CNY") < w);
}

TEST(WordTest, SortsAsTheStringsSort) {
  std::vector<std::string> texts = {"增长", "企业", "研发", "CNY", "企业", "percent", ""};
  std::vector<Word> words(texts.begin(), texts.end());
  std::sort(texts.begin(), texts.end());
  std::sort(words.begin(), words.end());
  ASSERT_EQ(words.size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) EXPECT_EQ(words[i].str(), texts[i]) << i;
  std::set<std::string> from_words(words.begin(), words.end());
  EXPECT_EQ(from_words, std::set<std::string>(texts.begin(), texts.end()));
}

TEST(WordTest, ReadsAsAString) {
  Word w("全国规模以上工业");
  std::string_view view = w;
  const std::string& str = w;
  EXPECT_EQ(view, "全国规模以上工业");
  EXPECT_EQ(str, "全国规模以上工业");
  EXPECT_EQ(w.find("规模"), std::string("全国规模以上工业").find("规模"));
  EXPECT_EQ(w.find("没有"), std::string::npos);
  EXPECT_EQ(fmt::format("[{}]", w), "[全国规模以上工业]");
  std::vector<Word> list = {"a", "b"};
  EXPECT_EQ(fmt::format("{}", fmt::join(list, ",")), "a,b");
}

// A Word is a number in the table (four bytes a word of every claim); the
// table grows in chunks that never move, so every entry stays readable.
TEST(WordTest, ManyWordsKeepTheirText) {
  EXPECT_EQ(sizeof(Word), 4u);
  std::vector<Word> words;
  for (int i = 0; i < 20000; ++i) words.emplace_back("many words " + std::to_string(i));
  for (int i = 0; i < 20000; ++i) {
    EXPECT_EQ(words[i].str(), "many words " + std::to_string(i));
    EXPECT_EQ(words[i], Word("many words " + std::to_string(i)));
  }
  EXPECT_NE(words[0], words[1]);
}

TEST(WordTest, ThreadsInterningOneWordGetOneEntry) {
  std::vector<const std::string*> seen(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 1000; ++i) Word("word " + std::to_string(i));
      seen[t] = &Word("a word of every thread").str();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string* p : seen) EXPECT_EQ(p, seen[0]);
  EXPECT_EQ(*seen[0], "a word of every thread");
}

}  // namespace
}  // namespace factlint
