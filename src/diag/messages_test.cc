#include "diag/messages.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

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

// A missing or extra translation, or a placeholder one catalogue names and
// the other does not, fails here rather than in front of a user.
TEST(MessagesTest, EveryCatalogueHasTheEnglishKeysAndPlaceholders) {
  const Messages en = LoadOrDie(Messages::PathOf(std::string(FACTLINT_SOURCE_DIR) + "/rules", "en"));
  ASSERT_FALSE(en.templates().empty());
  std::vector<std::string> paths = Catalogues();
  ASSERT_GE(paths.size(), 2u);  // en and zh at least
  for (const std::string& path : paths) {
    const Messages other = LoadOrDie(path);
    for (const auto& [key, text] : en.templates()) {
      auto it = other.templates().find(key);
      if (it == other.templates().end()) {
        ADD_FAILURE() << path << " lacks " << key;
        continue;
      }
      EXPECT_EQ(Placeholders(it->second), Placeholders(text)) << path << ": " << key;
    }
    for (const auto& [key, text] : other.templates())
      EXPECT_TRUE(en.templates().count(key)) << path << " has " << key << ", English has not";
  }
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
