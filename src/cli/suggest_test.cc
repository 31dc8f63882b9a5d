#include "cli/suggest.h"

#include <gtest/gtest.h>

#include <CLI/CLI.hpp>

namespace factlint {
namespace {

TEST(EditDistanceTest, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(EditDistance("check", "check"), 0u);
  EXPECT_EQ(EditDistance("chekc", "check"), 1u);  // two neighbours swapped
  EXPECT_EQ(EditDistance("--formt", "--format"), 1u);
  EXPECT_EQ(EditDistance("clams", "claims"), 1u);
  EXPECT_EQ(EditDistance("index", "init"), 3u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  // Code points, not bytes: one Chinese character is one edit.
  EXPECT_EQ(EditDistance("检查", "检察"), 1u);
}

TEST(ClosestNameTest, SuggestsOnlyWhatIsClose) {
  std::vector<std::string> commands = {"check", "claims", "rules", "init", "index", "explain"};
  EXPECT_EQ(ClosestName("chekc", commands), "check");
  EXPECT_EQ(ClosestName("clam", commands), "claims");
  EXPECT_EQ(ClosestName("explian", commands), "explain");
  EXPECT_EQ(ClosestName("frobnicate", commands), "");
  EXPECT_EQ(ClosestName("x", commands), "");
  std::vector<std::string> options = {"--format", "--fail-on", "--facts", "--fix"};
  EXPECT_EQ(ClosestName("--formt", options), "--format");
  EXPECT_EQ(ClosestName("--failon", options), "--fail-on");
  EXPECT_EQ(ClosestName("--verbose", options), "");
}

// The names come from the app: a subcommand or option added there is
// suggested without being listed anywhere else.
TEST(UnknownNameMessagesTest, UsesTheNamesTheAppDefines) {
  auto parse = [](std::vector<std::string> args) {
    CLI::App app;
    app.require_subcommand(1);
    app.fallthrough();
    std::string format;
    CLI::App* lint = app.add_subcommand("lint", "lint");
    lint->add_option("--output-format", format);
    app.add_subcommand("serve", "serve");
    app.add_option("--config", format);
    std::vector<const char*> argv = {"tool"};
    for (const auto& a : args) argv.push_back(a.c_str());
    try {
      app.parse(static_cast<int>(argv.size()), const_cast<char**>(argv.data()));
    } catch (const CLI::ParseError&) {
    }
    return UnknownNameMessages(app);
  };
  EXPECT_EQ(parse({"lnit"}), std::vector<std::string>{
                                 "unknown command 'lnit'; did you mean 'lint'?"});
  EXPECT_EQ(parse({"bogus"}), std::vector<std::string>{
                                  "unknown command 'bogus'; the commands are lint, serve"});
  EXPECT_EQ(parse({"lint", "--output-fromat", "x"}),
            std::vector<std::string>{
                "unknown option '--output-fromat' for 'lint'; did you mean '--output-format'?"});
  EXPECT_EQ(parse({"lint", "--confgi=a"}),
            std::vector<std::string>{
                "unknown option '--confgi' for 'lint'; did you mean '--config'?"});
  EXPECT_TRUE(parse({"lint", "--config", "a"}).empty());
}

}  // namespace
}  // namespace factlint
