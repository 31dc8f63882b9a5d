#include "diag/messages.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

namespace factlint {
namespace {

namespace fs = std::filesystem;

const std::string kMessagesDir = std::string(FACTLINT_SOURCE_DIR) + "/rules/messages";

Messages LoadOrDie(const std::string& path) {
  std::string error;
  std::optional<Messages> m = Messages::Load(path, &error);
  if (!m) ADD_FAILURE() << error;
  return m ? std::move(*m) : Messages();
}

std::vector<std::string> Catalogues() {
  std::vector<std::string> paths;
  for (const fs::directory_entry& e : fs::directory_iterator(kMessagesDir))
    if (e.path().extension() == ".toml") paths.push_back(e.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

// What a catalogue lacks or has beyond the English one, and templates whose
// placeholders differ from the English: one line each, empty when none.
std::vector<std::string> Mismatches(const Messages& en, const Messages& other) {
  std::vector<std::string> out;
  for (const auto& [key, text] : en.templates()) {
    auto it = other.templates().find(key);
    if (it == other.templates().end())
      out.push_back("lacks " + key);
    else if (Placeholders(it->second) != Placeholders(text))
      out.push_back("placeholders of " + key);
  }
  for (const auto& [key, text] : other.templates())
    if (!en.templates().count(key)) out.push_back("has " + key + ", English has not");
  return out;
}

// A missing or extra translation, or a placeholder one catalogue names and
// the other does not, fails here rather than in front of a user.
TEST(MessagesTest, EveryCatalogueHasTheEnglishKeysAndPlaceholders) {
  const Messages en = LoadOrDie(Messages::PathOf(std::string(FACTLINT_SOURCE_DIR) + "/rules", "en"));
  ASSERT_FALSE(en.templates().empty());
  std::vector<std::string> paths = Catalogues();
  ASSERT_GE(paths.size(), 2u);  // en and zh at least
  for (const std::string& path : paths)
    for (const std::string& problem : Mismatches(en, LoadOrDie(path)))
      ADD_FAILURE() << path << ": " << problem;
}

// Whether the string literal opening at `quote` stands where code names a
// message key: the first argument of Say( or Format(, a reason given to
// Fail(why, …), a branch of ?: inside one, or a key returned (WhyDisjoint).
bool NamesAKey(const std::string& code, size_t quote) {
  size_t end = quote;
  while (end > 0 && std::isspace(static_cast<unsigned char>(code[end - 1]))) --end;
  const std::string before = code.substr(end >= 12 ? end - 12 : 0, end >= 12 ? 12 : end);
  for (const char* tail : {"Say(", "Format(", "Fail(why,", "return", "?"})
    if (before.ends_with(tail)) return true;
  return before.ends_with(":") && !before.ends_with("::");
}

// Every key the code names literally (Say("conflict.message"),
// Format("explain.claim"), a "fix.pair" reason) is in the English
// catalogue, so a renamed or forgotten key fails here, not as "{key}" in
// front of a user. Keys built at run time ("severity." + name) are covered
// by the tests of their modules.
TEST(MessagesTest, EveryKeyTheCodeNamesIsInTheCatalogue) {
  const Messages en = LoadOrDie(Messages::PathOf(std::string(FACTLINT_SOURCE_DIR) + "/rules", "en"));
  std::set<std::string> tables;
  for (const auto& [key, text] : en.templates()) tables.insert(key.substr(0, key.find('.')));
  size_t seen = 0;
  for (const fs::directory_entry& e :
       fs::recursive_directory_iterator(std::string(FACTLINT_SOURCE_DIR) + "/src")) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() != ".cc" || name.ends_with("_test.cc")) continue;
    std::ifstream in(e.path());
    const std::string code((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Every string literal "table.name" whose table is a catalogue table.
    for (size_t at = code.find('"'); at != std::string::npos; at = code.find('"', at + 1)) {
      size_t end = at + 1;
      while (end < code.size() && (std::isalnum(static_cast<unsigned char>(code[end])) ||
                                   code[end] == '_' || code[end] == '.'))
        ++end;
      if (end >= code.size() || code[end] != '"') continue;
      const std::string literal = code.substr(at + 1, end - at - 1);
      const size_t open = at;
      at = end;
      if (!NamesAKey(code, open)) continue;
      const size_t dot = literal.find('.');
      if (dot == std::string::npos || dot == 0 || dot + 1 == literal.size() ||
          literal.find('.', dot + 1) != std::string::npos || !tables.count(literal.substr(0, dot)))
        continue;
      ++seen;
      EXPECT_TRUE(en.templates().count(literal)) << e.path() << " names " << literal;
    }
  }
  EXPECT_GT(seen, 50u);  // the scan finds the keys the code uses
}

// Every template is one fmt accepts: a placeholder with a format spec takes
// a number, the others text.
TEST(MessagesTest, EveryTemplateFormats) {
  for (const std::string& path : Catalogues()) {
    const Messages m = LoadOrDie(path);
    for (const auto& [key, text] : m.templates()) {
      MessageArgs args;
      for (const std::string& name : Placeholders(text)) {
        if (text.find("{" + name + ":") != std::string::npos)
          args.push_back(fmt::arg(name.c_str(), 1.5));
        else
          args.push_back(fmt::arg(name.c_str(), std::string("X")));
      }
      std::string out = m.Render(key, args);
      EXPECT_NE(out, "{" + key + "}") << path << ": " << key << " = " << text;
      EXPECT_EQ(out.find('{'), std::string::npos) << path << ": " << key;
    }
  }
}

class MessagesFileTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("factlint_messages_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  fs::path dir_;
};

TEST_F(MessagesFileTest, FormatsNamedArgumentsWithTheirSpecs) {
  const Messages m = LoadOrDie(Write("xx.toml",
      "[share]\nmessage = \"{value} is {ratio:.2f}% ({value})\"\n"
      "top = \"{{literal}} {count}\"\n"));
  EXPECT_EQ(m.language(), "xx");
  EXPECT_EQ(m.Format("share.message", fmt::arg("value", "26.3%"), fmt::arg("ratio", 26.254)),
            "26.3% is 26.25% (26.3%)");
  EXPECT_EQ(m.Format("share.top", fmt::arg("count", 3)), "{literal} 3");
  // A key it lacks, or arguments its template does not fit, show the key.
  EXPECT_EQ(m.Format("share.none"), "{share.none}");
  EXPECT_EQ(m.Format("share.message", fmt::arg("value", "x")), "{share.message}");
}

TEST_F(MessagesFileTest, MismatchesNameMissingExtraAndChangedTemplates) {
  const Messages en = LoadOrDie(Write("en.toml",
      "[a]\nx = \"{value} here\"\ny = \"plain\"\nz = \"{count}\"\n"));
  const Messages same = LoadOrDie(Write("s1.toml",
      "[a]\nx = \"此处{value}\"\ny = \"平\"\nz = \"{count}个\"\n"));
  EXPECT_TRUE(Mismatches(en, same).empty());
  const Messages lacking = LoadOrDie(Write("s2.toml",
      "[a]\nx = \"此处{value}\"\nz = \"{number}个\"\nw = \"多\"\n"));
  EXPECT_EQ(Mismatches(en, lacking),
            (std::vector<std::string>{"lacks a.y", "placeholders of a.z", "has a.w, English has not"}));
}

TEST_F(MessagesFileTest, RejectsWhatIsNotATableOfStrings) {
  std::string error;
  EXPECT_FALSE(Messages::Load(Write("a.toml", "[x]\ny = 3\n"), &error));
  EXPECT_NE(error.find("'x.y' must be a string"), std::string::npos) << error;
  EXPECT_FALSE(Messages::Load(Write("b.toml", "[x\n"), &error));
  EXPECT_NE(error.find("b.toml:1:"), std::string::npos) << error;
  EXPECT_FALSE(Messages::Load((dir_ / "none.toml").string(), &error));
}

TEST(PlaceholdersTest, NamesWithoutSpecsOrLiteralBraces) {
  EXPECT_EQ(Placeholders("{value} ({count:d}) {{x}} {value}"),
            (std::set<std::string>{"count", "value"}));
  EXPECT_TRUE(Placeholders("no placeholder").empty());
}

TEST(LocaleLanguageTest, TheLanguageBeforeTerritoryAndCodeset) {
  EXPECT_EQ(LocaleLanguage("zh_CN.UTF-8"), "zh");
  EXPECT_EQ(LocaleLanguage("zh_TW"), "zh");
  EXPECT_EQ(LocaleLanguage("en_US.UTF-8"), "en");
  EXPECT_EQ(LocaleLanguage("de@euro"), "de");
  EXPECT_EQ(LocaleLanguage("C.UTF-8"), "");
  EXPECT_EQ(LocaleLanguage("POSIX"), "");
  EXPECT_EQ(LocaleLanguage(""), "");
}

}  // namespace
}  // namespace factlint
