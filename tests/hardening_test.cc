// End-to-end tests of what a CI gate must be able to rely on (issue 13):
// factlint never blocks on an input, never writes outside what it was asked
// to write, and never passes silently. Every run is bounded by
// kRunTimeLimitSeconds (run_factlint.h): a hang fails the test as exit 124.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>

#include <sqlite3.h>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;
const std::string kSource = FACTLINT_SOURCE_DIR;
const char* const kSeed001 = "seeds/001_dff61195967c57f5.txt";

std::string MakeFifo(const std::string& dir, const std::string& name) {
  std::string path = dir + "/" + name;
  EXPECT_EQ(mkfifo(path.c_str(), 0600), 0) << path;
  return path;
}

// No writer ever opens these FIFOs: reading one would block forever.
TEST(HardeningInputTest, AFifoNamedAnywhereIsRefusedNotWaitedFor) {
  std::string dir = TempDir();
  std::string fifo = MakeFifo(dir, "draft.txt");
  struct Case {
    std::vector<std::string> args;
    bool report_on_stdout;  // an input-* diagnostic, else a file error
  };
  const std::vector<Case> cases = {
      {{"check", fifo}, true},
      {{"check", "--against", fifo, kSeed001}, true},
      {{"check", "--config", fifo, kSeed001}, false},
      {{"check", "--facts", fifo, kSeed001}, false},
      {{"check", "--baseline", fifo, kSeed001}, false},
      {{"claims", fifo}, true},
      {{"index", fifo, "--db", dir + "/i.db"}, false},
  };
  for (const Case& c : cases) {
    RunResult r = RunFactlint(c.args);
    std::string all = r.out + r.err;
    EXPECT_EQ(r.code, 2) << c.args[1] << ": " << all;
    EXPECT_NE(all.find(fifo), std::string::npos) << c.args[1] << ": " << all;
    EXPECT_NE(all.find("is a FIFO, not a regular file"), std::string::npos)
        << c.args[1] << ": " << all;
  }
}

TEST(HardeningInputTest, DevStdinIsNotAPathStandardInputIsDash) {
  // Standard input is /dev/null here, a character device.
  RunResult r = RunFactlint({"check", "/dev/stdin"});
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_NE(r.out.find("/dev/stdin: error: is a character device, not a regular "
                       "file (standard input is read only as `-`) [input-unreadable]"),
            std::string::npos) << r.out;
  RunResult dash = RunFactlint({"check", "-"}, kSource + "/" + kSeed001);
  EXPECT_EQ(dash.code, 0) << dash.out << dash.err;
}

// The rules an index was built with are the rules' content, not the path
// they were named by: an index built with the rules named relative to the
// working directory is good for the same rules named by their absolute path
// (FACTLINT_RULES or --rules), and gives the same findings.
TEST(HardeningIndexTest, RulesNamedRelativelyOrAbsolutelyAreTheSameRules) {
  const std::string draft = "fixtures/cli/draft-against-seeds/draft.md";
  const std::string absolute = std::string(FACTLINT_SOURCE_DIR) + "/rules";
  const std::string db = TempDir() + "/relative-rules.db";
  ASSERT_EQ(RunFactlint({"index", "seeds/", "--db", db}, "", {"FACTLINT_RULES=rules"}).code, 0);
  RunResult relative =
      RunFactlint({"check", "--against-db", db, draft}, "", {"FACTLINT_RULES=rules"});
  EXPECT_EQ(relative.code, 1) << relative.err;
  RunResult named = RunFactlint({"check", "--against-db", db, draft}, "",
                                {"FACTLINT_RULES=" + absolute});
  EXPECT_EQ(named.code, 1) << named.err;
  EXPECT_EQ(named.out, relative.out);
  // And the other way round: `index` with the absolute path keeps every file.
  RunResult again = RunFactlint({"index", "seeds/", "--db", db}, "",
                                {"FACTLINT_RULES=" + absolute});
  EXPECT_NE(again.out.find("0 changed"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

// A copy of the shipped rules whose macros.toml makes each macro double the
// one before (about 1.5 KB; fully expanded, 2^40 bytes).
std::string RulesWithDoublingMacros() {
  std::string rules = TempDir() + "/rules";
  fs::copy(kSource + "/rules", rules, fs::copy_options::recursive);
  std::string macros = ReadFile(rules + "/macros.toml");
  macros += "\n# doubling\nAA0 = 'ab'\n";
  for (int i = 1; i <= 40; ++i)
    macros += "AA" + std::to_string(i) + " = '{AA" + std::to_string(i - 1) +
              "}{AA" + std::to_string(i - 1) + "}'\n";
  fs::permissions(rules + "/macros.toml", fs::perms::owner_write, fs::perm_options::add);
  WriteFile(rules + "/macros.toml", macros);
  return rules;
}

TEST(HardeningInputTest, ExponentialMacrosAreTooComplexNotAHang) {
  std::string rules = RulesWithDoublingMacros();
  RunResult check = RunFactlint({"rules", "--check", rules});
  EXPECT_EQ(check.code, 2) << check.out << check.err;
  EXPECT_NE((check.out + check.err).find("too complex"), std::string::npos)
      << check.out << check.err;
  EXPECT_NE((check.out + check.err).find("macros.toml:"), std::string::npos)
      << check.out << check.err;
  RunResult run = RunFactlint({"check", "--rules", rules, kSeed001});
  EXPECT_EQ(run.code, 2) << run.out << run.err;
  EXPECT_NE(run.err.find("too complex"), std::string::npos) << run.err;
}

// Patterns are parsed when the rules load and compiled on first use; one
// that parses but is too large to compile is still reported by rules --check.
TEST(HardeningInputTest, APatternTooLargeToCompileFailsRulesCheck) {
  std::string rules = TempDir() + "/rules";
  fs::copy(kSource + "/rules", rules, fs::copy_options::recursive);
  std::string big;
  for (int i = 0; i < 800; ++i) big += "[一-龥]{1000}";
  std::string file = rules + "/facts/big.toml";
  WriteFile(file,
            "[[fact]]\nid = \"big-pattern\"\ntitle = \"big\"\n"
            "description = \"A pattern that parses but is too large to compile.\"\n"
            "dimension = \"percent\"\nby_year = true\n"
            "patterns = ['研发投入强度(?P<value>[0-9]+)%" + big + "']\n");
  RunResult check = RunFactlint({"rules", "--check", rules});
  EXPECT_EQ(check.code, 2) << check.out << check.err;
  EXPECT_NE(check.err.find("rule 'big-pattern' cannot be compiled"), std::string::npos)
      << check.out << check.err;
  // A run that needs the pattern (a sentence the rule set selects it for)
  // says so, and goes on without it.
  std::string draft = TempDir() + "/draft.md";
  std::string sentence = "研发投入强度2%";
  for (int i = 0; i < 1000; ++i) sentence += "一";
  WriteFile(draft, sentence + "。\n");
  RunResult run = RunFactlint({"check", "--rules", rules, "--no-config", draft});
  EXPECT_EQ(run.code, 0) << run.out << run.err;
  EXPECT_NE(run.err.find("warning: pattern 1 of rule 'big-pattern' cannot be compiled"),
            std::string::npos)
      << run.out << run.err;
  fs::remove(file);
  RunResult clean = RunFactlint({"rules", "--check", rules});
  EXPECT_EQ(clean.code, 0) << clean.out << clean.err;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(HardeningWriteTest, FixNeverRewritesTheTargetOfASymlink) {
  std::string dir = TempDir();
  const std::string text =
      ReadFile(kSource + "/fixtures/workflow/canonical/draft.md");
  fs::create_directories(dir + "/repo/drafts");
  fs::create_directories(dir + "/elsewhere");
  WriteFile(dir + "/elsewhere/victim.md", text);
  fs::create_symlink(dir + "/elsewhere/victim.md", dir + "/repo/drafts/draft.md");
  RunResult r = RunFactlint({"check", "--facts", "fixtures/workflow/canonical/facts.toml",
                             "--fix", dir + "/repo/drafts"});
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("is a symbolic link"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("[fact-canonical]"), std::string::npos) << r.out;
  EXPECT_EQ(ReadFile(dir + "/elsewhere/victim.md"), text);
  EXPECT_TRUE(fs::is_symlink(dir + "/repo/drafts/draft.md"));
}

TEST(HardeningWriteTest, BaselineIsNeverWrittenThroughADanglingSymlink) {
  std::string dir = TempDir();
  fs::create_symlink(dir + "/elsewhere-created.json", dir + "/baseline.json");
  RunResult r = RunFactlint({"check", "--write-baseline", dir + "/baseline.json", "seeds/"});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_NE(r.err.find("is a symbolic link"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir + "/elsewhere-created.json"));
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

void Sql(const std::string& db, const std::string& sql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  sqlite3_close(h);
}

// The page number (from 0) of the root page of `table`.
size_t RootPage(const std::string& db, const std::string& table) {
  sqlite3* h = nullptr;
  sqlite3_stmt* st = nullptr;
  size_t page = 0;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
      sqlite3_prepare_v2(h, "SELECT rootpage FROM sqlite_master WHERE name = ?", -1, &st,
                         nullptr) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, table.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW) page = sqlite3_column_int(st, 0) - 1;
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return page;
}

// Whatever is wrong with an index, the command `check` suggests is one that
// `index` then accepts, and afterwards `check` works.
TEST(HardeningIndexTest, EveryRebuildHintIsACommandIndexAccepts) {
  const std::string draft = "fixtures/cli/draft-against-seeds/draft.md";
  struct Damage {
    std::string name;
    std::function<void(const std::string& db)> apply;
  };
  const std::vector<Damage> damages = {
      // Every reference form: `check --against-db` reads only the forms the
      // draft needs (table refs), never the files' rows.
      {"damaged row", [](const std::string& db) {
         Sql(db, "UPDATE refs SET form = form || X'20'");
       }},
      {"other schema", [](const std::string& db) {
         Sql(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
       }},
      {"other version", [](const std::string& db) {
         Sql(db, "UPDATE meta SET value = '0.0.1' WHERE key = 'factlint_version'");
       }},
      {"damaged page", [](const std::string& db) {
         // The covering index of grouping keys, which every check reads
         // (the selection needs no page of the table itself).
         size_t p = RootPage(db, "claim_keys_key");
         ASSERT_GT(p, 0u);
         std::string bytes = ReadFile(db);
         for (size_t i = 0; i < 4096; ++i) bytes[p * 4096 + i] = static_cast<char>(0xA5 ^ i);
         WriteFile(db, bytes);
       }},
      {"empty file", [](const std::string& db) { WriteFile(db, ""); }},
      {"garbage", [](const std::string& db) {
         WriteFile(db, std::string("SQLite format 3\0garbage garbage garbage", 40));
       }},
  };
  for (const Damage& d : damages) {
    SCOPED_TRACE(d.name);
    std::string db = TempDir() + "/seeds.db";
    ASSERT_EQ(RunFactlint({"index", "seeds/", "--db", db}).code, 0);
    d.apply(db);
    RunResult refused = RunFactlint({"check", "--against-db", db, draft});
    EXPECT_EQ(refused.code, 2) << refused.out;
    size_t hint = refused.err.find("`factlint index ARCHIVE... --db " + db + "`");
    ASSERT_NE(hint, std::string::npos) << refused.err;
    if (refused.err.find("delete") != std::string::npos) fs::remove(db);
    RunResult rebuilt = RunFactlint({"index", "seeds/", "--db", db});
    EXPECT_EQ(rebuilt.code, 0) << refused.err << rebuilt.err;
    RunResult again = RunFactlint({"check", "--against-db", db, draft});
    EXPECT_EQ(again.code, 1) << again.err;
  }
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(HardeningSilentTest, WhatAWalkCannotReadIsReported) {
  std::string dir = TempDir();
  fs::create_directories(dir + "/a/sub");
  fs::copy_file(kSource + "/" + kSeed001, dir + "/a/sub/x.txt");
  fs::create_symlink("loop.txt", dir + "/a/loop.txt");
  fs::create_symlink("nowhere.md", dir + "/a/broken.md");
  fs::create_directory_symlink("..", dir + "/a/up");  // not followed: no endless walk
  MakeFifo(dir + "/a", "pipe.txt");
  RunResult r = RunFactlint({"check", dir + "/a"});
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_NE(r.out.find(dir + "/a/broken.md: error: broken symbolic link [input-unreadable]"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find(dir + "/a/loop.txt: error: Too many levels of symbolic links"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find(dir + "/a/pipe.txt: error: is a FIFO"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 errors"), std::string::npos) << r.out;
}

TEST(HardeningSilentTest, AnUnreadableSubdirectoryIsReported) {
  std::string dir = TempDir();
  fs::permissions(dir, fs::perms::all & ~fs::perms::others_write & ~fs::perms::group_write);
  fs::create_directories(dir + "/a/locked");
  fs::copy_file(kSource + "/" + kSeed001, dir + "/a/x.txt");
  fs::permissions(dir + "/a/locked", fs::perms::none);
  // Root reads every directory: run as nobody then.
  std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  if (!as.empty() && std::system("command -v setpriv >/dev/null") != 0)
    GTEST_SKIP() << "running as root without setpriv";
  // nobody may not reach the build tree (a clone in a private directory):
  // it runs a copy of the binary laid out as installed, with its rules, from
  // the test's own directory.
  fs::create_directories(dir + "/bin");
  fs::copy_file(FACTLINT_BINARY, dir + "/bin/factlint");
  fs::create_directories(dir + "/share/factlint");
  fs::copy(kSource + "/rules", dir + "/share/factlint/rules", fs::copy_options::recursive);
  std::string out = dir + "/out.txt";
  std::string cmd = "cd " + dir + " && timeout 60 " + as + dir + "/bin/factlint check " + dir +
                    "/a >" + out + " 2>&1";
  int status = std::system(cmd.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 2) << ReadFile(out);
  EXPECT_NE(ReadFile(out).find(dir + "/a/locked: error: cannot list directory: "
                                     "Permission denied [input-unreadable]"),
            std::string::npos) << ReadFile(out);
}

TEST(HardeningSilentTest, CheckingNoFileIsAnErrorNotAPass) {
  std::string dir = TempDir();
  fs::create_directories(dir + "/empty");
  WriteFile(dir + "/empty/notes.rst", "2025年研发经费投入36130亿元。\n");
  for (const char* command : {"check", "claims"}) {
    RunResult r = RunFactlint({command, dir + "/empty"});
    EXPECT_EQ(r.code, 2) << command << r.out << r.err;
    EXPECT_NE(r.err.find("no files to"), std::string::npos) << r.err;
  }
}

TEST(HardeningSilentTest, AnOverflowingFigureIsReportedNotAgreedWith) {
  std::string dir = TempDir();
  const std::string huge(400, '9');
  WriteFile(dir + "/a.txt", "2025年全国研发经费投入" + huge + "亿元。\n");
  WriteFile(dir + "/b.txt", "2025年全国研发经费投入" + std::string(400, '8') + "亿元。\n");
  RunResult r = RunFactlint({"check", dir + "/b.txt", "--against", dir + "/a.txt"});
  EXPECT_EQ(r.code, 2) << r.out << r.err;
  EXPECT_NE(r.out.find(dir + "/a.txt:1:14: error: number too large to check against the other statements of its fact: " + huge),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find(dir + "/b.txt:1:14: error: number too large to check"),
            std::string::npos) << r.out;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(HardeningConfigTest, ExcludesChooseTargetsAndNeverHideReferenceMaterial) {
  std::string repo = TempDir();
  fs::create_directories(repo + "/archive");
  fs::create_directories(repo + "/drafts");
  for (const char* seed : {"seeds/001_dff61195967c57f5.txt", "seeds/003_af76cae5511be1fe.txt"})
    fs::copy_file(kSource + "/" + seed, repo + "/archive/" + fs::path(seed).filename().string());
  fs::copy_file(kSource + "/fixtures/cli/draft-against-seeds/draft.md", repo + "/drafts/draft.md");
  WriteFile(repo + "/.factlint.toml", "against = [\"archive\"]\nexclude = [\"archive/**\"]\n");
  const std::string config = repo + "/.factlint.toml";
  RunResult by_config = RunFactlint({"check", "--config", config, repo + "/drafts"});
  EXPECT_EQ(by_config.code, 1) << by_config.out << by_config.err;
  EXPECT_NE(by_config.out.find("526家"), std::string::npos) << by_config.out;
  RunResult by_flag = RunFactlint({"check", "--config", config, "--against",
                                   repo + "/archive", repo + "/drafts"});
  EXPECT_EQ(by_flag.out, by_config.out);
  // The index reads the archive whole too, so --against-db says the same.
  std::string db = repo + "/archive.db";
  RunResult index = RunFactlint({"index", "--config", config, repo + "/archive", "--db", db});
  ASSERT_EQ(index.code, 0) << index.err;
  EXPECT_NE(index.out.find("2 added"), std::string::npos) << index.out;
  WriteFile(config, "exclude = [\"archive/**\"]\n");
  RunResult with_db = RunFactlint({"check", "--config", config, "--against-db", db, repo + "/drafts"});
  EXPECT_EQ(with_db.out, by_config.out);
  // As a target, the archive is excluded: nothing left to check there.
  RunResult excluded = RunFactlint({"check", "--config", config, repo + "/archive"});
  EXPECT_EQ(excluded.code, 2) << excluded.out;
  EXPECT_NE(excluded.err.find("no files to check"), std::string::npos) << excluded.err;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(HardeningIdentityTest, OneFileUnderTwoSpellingsIsOneStatement) {
  const std::string seed001 = kSeed001;
  const std::string absolute = kSource + "/" + seed001;
  RunResult twice = RunFactlint({"check", seed001, "--against", absolute, "--against",
                                 "seeds/003_af76cae5511be1fe.txt"});
  RunResult once = RunFactlint({"check", seed001, "--against",
                                "seeds/003_af76cae5511be1fe.txt"});
  EXPECT_EQ(twice.code, 1) << twice.out;
  EXPECT_EQ(twice.out, once.out);  // not "agreeing with" a copy of itself
  EXPECT_EQ(twice.out.find("agreeing"), std::string::npos) << twice.out;
  // The index keeps one row for a file given under two spellings.
  std::string db = TempDir() + "/seeds.db";
  RunResult index = RunFactlint({"index", "seeds/", kSource + "/seeds/", "--db", db});
  ASSERT_EQ(index.code, 0) << index.err;
  EXPECT_NE(index.out.find("indexed 5 files"), std::string::npos) << index.out;
  RunResult respelled = RunFactlint({"index", "./seeds/", "--db", db});
  EXPECT_NE(respelled.out.find("indexed 5 files"), std::string::npos) << respelled.out;
  EXPECT_NE(respelled.out.find("5 removed"), std::string::npos) << respelled.out;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(HardeningConfigTest, ConfigurationReachingOutsideTheRepositoryIsAWarning) {
  std::string root = TempDir();
  fs::create_directories(root + "/repo/drafts");
  fs::create_directories(root + "/private");
  fs::copy_file(kSource + "/seeds/001_dff61195967c57f5.txt", root + "/private/notes.txt");
  fs::copy_file(kSource + "/fixtures/cli/draft-against-seeds/draft.md",
                root + "/repo/drafts/draft.md");
  const std::string config = root + "/repo/.factlint.toml";
  WriteFile(config, "against = [\"../private\"]\n");
  RunResult r = RunFactlint({"check", "--format", "sarif", "--config", config,
                             root + "/repo/drafts"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find(config + ":1:12: warning: 'against' entry '../private' reaches "
                       "outside the configuration's directory"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[config-outside]"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.rfind("{", 0), 0u);  // the report on standard output stays SARIF
  WriteFile(config, "against = [\"drafts\"]\n");
  RunResult inside = RunFactlint({"check", "--config", config, root + "/repo/drafts"});
  EXPECT_EQ(inside.err.find("config-outside"), std::string::npos) << inside.err;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(HardeningIndexTest, TheIndexIsNeverAFifoNorWrittenThroughALink) {
  std::string dir = TempDir();
  std::string fifo = MakeFifo(dir, "fifo.db");
  RunResult index = RunFactlint({"index", "seeds/", "--db", fifo});
  EXPECT_EQ(index.code, 2) << index.err;
  EXPECT_NE(index.err.find("is a FIFO"), std::string::npos) << index.err;
  RunResult check = RunFactlint({"check", "--against-db", fifo, kSeed001});
  EXPECT_EQ(check.code, 2) << check.err;
  EXPECT_NE(check.err.find("is a FIFO"), std::string::npos) << check.err;
  fs::create_symlink(dir + "/elsewhere.db", dir + "/link.db");
  RunResult link = RunFactlint({"index", "seeds/", "--db", dir + "/link.db"});
  EXPECT_EQ(link.code, 2) << link.err;
  EXPECT_NE(link.err.find("is a symbolic link"), std::string::npos) << link.err;
  EXPECT_FALSE(fs::exists(dir + "/elsewhere.db"));
}

}  // namespace
}  // namespace factlint::testing
