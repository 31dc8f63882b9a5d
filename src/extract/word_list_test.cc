#include "extract/word_list.h"

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(WordListTest, EqualListsAreOneEntry) {
  const std::vector<Word> words = {"研发经费", "投入", "强度"};
  WordList a(words), b({"研发经费", "投入", "强度"});
  EXPECT_EQ(&a.words(), &b.words());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.words(), words);
  // Another order or another word is another list.
  EXPECT_NE(a, WordList({"投入", "研发经费", "强度"}));
  EXPECT_NE(a, WordList({"研发经费", "投入"}));
}

TEST(WordListTest, EmptyIsTheDefault) {
  WordList none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.size(), 0u);
  EXPECT_EQ(none, WordList(std::vector<Word>()));
  EXPECT_EQ(none.begin(), none.end());
}

TEST(WordListTest, ReadsAsAVectorOfWords) {
  WordList list({"企业", "", "研发"});
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0], "企业");
  EXPECT_TRUE(list[1].empty());
  const std::vector<Word>& v = list;
  EXPECT_EQ(v.size(), 3u);
  std::vector<std::string> texts(list.begin(), list.end());
  EXPECT_EQ(texts, (std::vector<std::string>{"企业", "", "研发"}));
}

TEST(WordListTest, InterningFromManyThreadsGivesOneEntry) {
  const std::vector<Word> words = {"规模以上工业", "增加值", "线程"};
  std::vector<const std::vector<Word>*> seen(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back([&, t] { seen[t] = &WordList(words).words(); });
  for (std::thread& t : threads) t.join();
  for (const auto* p : seen) EXPECT_EQ(p, seen[0]);
  const size_t size = WordList::TableSize();
  WordList again(words);
  EXPECT_EQ(WordList::TableSize(), size);
}

// Lists hash by their words' addresses; thousands of them, interned while
// the table grows many times over, each stay one entry with its words.
TEST(WordListTest, ManyListsStayOneEntryEach) {
  const size_t before = WordList::TableSize();
  std::vector<WordList> lists;
  for (int i = 0; i < 20000; ++i)
    lists.emplace_back(std::vector<Word>{"many lists " + std::to_string(i), "共同"});
  EXPECT_EQ(WordList::TableSize(), before + 20000);
  for (int i = 0; i < 20000; ++i) {
    const WordList again(std::vector<Word>{"many lists " + std::to_string(i), "共同"});
    EXPECT_EQ(&again.words(), &lists[i].words());
    EXPECT_EQ(lists[i][0], "many lists " + std::to_string(i));
  }
  EXPECT_EQ(WordList::TableSize(), before + 20000);
}

}  // namespace
}  // namespace factlint
