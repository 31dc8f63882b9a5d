// Messages in the user's language (docs/cli.md, --lang): the catalogue
// chosen by --lang, the configuration's lang or the locale words every
// finding, note and the summary line; rule ids, positions and fingerprints
// do not change with it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

using nlohmann::json;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::vector<std::string> kConflict = {"check", "fixtures/check/conflict/bad"};

std::vector<std::string> With(std::vector<std::string> args,
                              const std::vector<std::string>& more) {
  args.insert(args.begin() + 1, more.begin(), more.end());
  return args;
}

TEST(LangTest, LangZhWordsFindingsAndNotesInChinese) {
  RunResult en = RunFactlint(kConflict);
  RunResult zh = RunFactlint(With(kConflict, {"--lang", "zh"}));
  EXPECT_EQ(zh.code, en.code);
  EXPECT_TRUE(Contains(en.out, "524家 elsewhere; the exact values differ")) << en.out;
  EXPECT_TRUE(Contains(zh.out, "别处为524家；两个确切数值不同 [fact-conflict]")) << zh.out;
  EXPECT_TRUE(Contains(zh.out, "注: 此处为524家（2025-12-19的文件）")) << zh.out;
  EXPECT_FALSE(Contains(zh.out, "elsewhere")) << zh.out;
  // --lang en is the default, byte for byte.
  EXPECT_EQ(RunFactlint(With(kConflict, {"--lang", "en"})).out, en.out);
}

TEST(LangTest, JsonMessagesChangeButRuleIdsAndFingerprintsDoNot) {
  RunResult en = RunFactlint(With(kConflict, {"--format", "json"}));
  RunResult zh = RunFactlint(With(kConflict, {"--format", "json", "--lang", "zh"}));
  json a = json::parse(en.out), b = json::parse(zh.out);
  ASSERT_EQ(a["diagnostics"].size(), b["diagnostics"].size());
  ASSERT_FALSE(a["diagnostics"].empty());
  for (size_t i = 0; i < a["diagnostics"].size(); ++i) {
    const json& x = a["diagnostics"][i];
    const json& y = b["diagnostics"][i];
    EXPECT_EQ(x["rule"], y["rule"]);
    EXPECT_EQ(x["fingerprint"], y["fingerprint"]);
    EXPECT_EQ(x["location"], y["location"]);
    EXPECT_NE(x["message"], y["message"]);
    EXPECT_TRUE(Contains(y["message"].get<std::string>(), "别处为")) << y["message"];
    ASSERT_EQ(x["notes"].size(), y["notes"].size());
    for (size_t n = 0; n < x["notes"].size(); ++n) {
      EXPECT_EQ(x["notes"][n]["location"], y["notes"][n]["location"]);
      EXPECT_NE(x["notes"][n]["message"], y["notes"][n]["message"]);
    }
  }
}

TEST(LangTest, TheLocaleChoosesWhenLangIsNotGiven) {
  const std::string zh = RunFactlint(With(kConflict, {"--lang", "zh"})).out;
  const std::string en = RunFactlint(kConflict).out;
  EXPECT_EQ(RunFactlint(kConflict, "", {"LANG=zh_CN.UTF-8"}).out, zh);
  EXPECT_EQ(RunFactlint(kConflict, "", {"LC_MESSAGES=zh_TW.UTF-8", "LANG=en_US.UTF-8"}).out, zh);
  // LC_ALL wins over LANG; a language without a catalogue is English.
  EXPECT_EQ(RunFactlint(kConflict, "", {"LC_ALL=C.UTF-8", "LANG=zh_CN.UTF-8"}).out, en);
  EXPECT_EQ(RunFactlint(kConflict, "", {"LANG=fr_FR.UTF-8"}).out, en);
  // --lang wins over the locale.
  EXPECT_EQ(RunFactlint(With(kConflict, {"--lang", "en"}), "", {"LANG=zh_CN.UTF-8"}).out, en);
}

TEST(LangTest, ConfigurationLangAndPrintConfig) {
  std::string dir = TempDir();
  WriteFile(dir + "/.factlint.toml", "lang = \"zh\"\n");
  std::vector<std::string> args = With(kConflict, {"--config", dir + "/.factlint.toml"});
  RunResult r = RunFactlint(args);
  EXPECT_EQ(r.out, RunFactlint(With(kConflict, {"--lang", "zh"})).out);
  // The command line wins over the configuration.
  EXPECT_EQ(RunFactlint(With(args, {"--lang", "en"})).out, RunFactlint(kConflict).out);
  RunResult shown = RunFactlint(With(args, {"--print-config"}));
  EXPECT_TRUE(Contains(shown.out, "lang = 'zh'")) << shown.out;
  EXPECT_TRUE(Contains(RunFactlint(With(kConflict, {"--print-config"})).out, "lang = 'en'"));
}

TEST(LangTest, AnUnknownLanguageIsAnError) {
  RunResult r = RunFactlint(With(kConflict, {"--lang", "fr"}));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(Contains(r.err, "no messages in language 'fr'")) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(LangTest, CleanSummaryInChinese) {
  RunResult r = RunFactlint({"check", "--lang", "zh", "fixtures/check/conflict/good"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "：未发现矛盾\n")) << r.out;
  EXPECT_TRUE(Contains(r.out, "个文件")) << r.out;
}

// A conflict inside one document names the other statement's line; a
// configured source names the other document.
TEST(LangTest, NotesNameTheLineOfThisDocumentAndTheConfiguredSource) {
  std::string dir = TempDir();
  const std::string one = dir + "/one.md";
  WriteFile(one,
            "---\ndate: 2026-03-06\n---\n\n"
            "在全球工业研发投入2000强企业，中国大陆企业有525家。\n\n"
            "2024年，全国技术合同成交额达到6.8万亿元。\n\n"
            "在全球工业研发投入2000强企业，中国大陆企业有524家。\n");
  RunResult en = RunFactlint({"check", one});
  RunResult zh = RunFactlint({"check", "--lang", "zh", one});
  EXPECT_EQ(en.code, 1) << en.out << en.err;
  EXPECT_TRUE(Contains(en.out, "stated here (line 5 of this document)") ||
              Contains(en.out, "stated here (line 9 of this document)"))
      << en.out;
  EXPECT_TRUE(Contains(zh.out, "（本文第5行）") || Contains(zh.out, "（本文第9行）")) << zh.out;

  WriteFile(dir + "/.factlint.toml",
            "[[document]]\nglob = \"brief.md\"\nsource = \"政府工作报告\"\n");
  WriteFile(dir + "/brief.md", "---\ndate: 2025-12-19\n---\n\n524家中国大陆企业进入全球工业研发投入2000强。\n");
  WriteFile(dir + "/draft.md", "---\ndate: 2026-03-06\n---\n\n在全球工业研发投入2000强企业，中国大陆企业有525家。\n");
  const std::string config = dir + "/.factlint.toml";
  RunResult sourced = RunFactlint({"check", "--config", config, dir + "/draft.md", "--against", dir + "/brief.md"});
  EXPECT_TRUE(Contains(sourced.out, "stated here (政府工作报告, document of 2025-12-19)"))
      << sourced.out << sourced.err;
  RunResult sourced_zh = RunFactlint(
      {"check", "--lang", "zh", "--config", config, dir + "/draft.md", "--against", dir + "/brief.md"});
  EXPECT_TRUE(Contains(sourced_zh.out, "此处为524家（政府工作报告，2025-12-19）")) << sourced_zh.out;
}

// The text format's own words follow the language too: the severity labels,
// the count line and the reasons --fix gives; the machine formats keep the
// English level names, which tools read.
TEST(LangTest, SeverityLabelsAndCountLineInChinese) {
  RunResult zh = RunFactlint(With(kConflict, {"--lang", "zh"}));
  EXPECT_TRUE(Contains(zh.out, ": 错误: ")) << zh.out;
  EXPECT_TRUE(Contains(zh.out, ": 注: ")) << zh.out;
  EXPECT_TRUE(zh.out.ends_with("\n1个错误\n")) << zh.out;
  EXPECT_FALSE(Contains(zh.out, "error")) << zh.out;
  RunResult en = RunFactlint(kConflict);
  EXPECT_TRUE(Contains(en.out, ": error: ")) << en.out;
  EXPECT_TRUE(en.out.ends_with("\n1 error\n")) << en.out;

  json j = json::parse(RunFactlint(With(kConflict, {"--format", "json", "--lang", "zh"})).out);
  ASSERT_FALSE(j["diagnostics"].empty());
  EXPECT_EQ(j["diagnostics"][0]["severity"], "error") << j.dump();
  json sarif = json::parse(RunFactlint(With(kConflict, {"--format", "sarif", "--lang", "zh"})).out);
  EXPECT_EQ(sarif["runs"][0]["results"][0]["level"], "error") << sarif.dump();
  RunResult github = RunFactlint(With(kConflict, {"--format", "github", "--lang", "zh"}));
  EXPECT_EQ(github.out.rfind("::error ", 0), 0u) << github.out;
}

TEST(LangTest, FixRefusalInChinese) {
  const std::vector<std::string> args = {
      "check", "--facts", "fixtures/workflow/canonical/facts.toml",
      "fixtures/workflow/canonical-unfixable/draft.md"};
  RunResult en = RunFactlint(args);
  RunResult zh = RunFactlint(With(args, {"--lang", "zh"}));
  EXPECT_TRUE(Contains(en.out, "no automatic fix: the original is a pair, a section number or has 多/余"))
      << en.out;
  EXPECT_TRUE(Contains(zh.out, "无法自动修正：原文是并列数字、章节号，或带“多/余”")) << zh.out;
}

TEST(LangTest, ExplainInChinese) {
  const std::vector<std::string> args = {"explain", "seeds/003_af76cae5511be1fe.txt:25:86",
                                         "--against", "seeds/"};
  RunResult en = RunFactlint(args);
  RunResult zh = RunFactlint(With(args, {"--lang", "zh"}));
  EXPECT_EQ(zh.code, 0) << zh.err;
  EXPECT_TRUE(Contains(en.out, "  claim:    525家")) << en.out;
  for (const char* label : {"  数值：    525家", "  标记：    无", "  时间：    ", "  事实：    ",
                            "（事实规则，按年份，错误）", "      已比较：均以文件日期为准",
                            "数值不相交：矛盾（两个确切数值不同）", "  发现：\n",
                            ": 错误: 中国大陆企业"})
    EXPECT_TRUE(Contains(zh.out, label)) << label << "\n" << zh.out;
  for (const char* english : {"claim:", "flags:", "fact rule", "compared:", "findings:",
                              "document of", "error:"})
    EXPECT_FALSE(Contains(zh.out, english)) << english << "\n" << zh.out;
  // The JSON output keeps its keys and names; its sentences follow --lang.
  json a = json::parse(RunFactlint(With(args, {"--format", "json"})).out);
  json b = json::parse(RunFactlint(With(args, {"--format", "json", "--lang", "zh"})).out);
  const json& x = a["claims"][0];
  const json& y = b["claims"][0];
  EXPECT_EQ(x["claim"], y["claim"]);  // names and the period chain: not translated
  EXPECT_EQ(x["fact"]["id"], y["fact"]["id"]);
  ASSERT_FALSE(y["fact"]["others"].empty()) << b.dump();
  EXPECT_EQ(y["fact"]["others"][0]["why"], "均以文件日期为准，相隔76天");  // 2025-12-19 to 2026-03-05
  EXPECT_NE(x["fact"]["others"][0]["why"], y["fact"]["others"][0]["why"]);
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

// Every rule of the SARIF output has a heading of its own id in
// docs/rules.md, which its helpUri points at when the build was given a
// documentation base (FACTLINT_DOCS_URL); without one, no link is made up.
TEST(SarifLinksTest, HelpUriPointsAtAHeadingOfTheRulesPage) {
  RunResult r = RunFactlint({"check", "--format", "sarif", "fixtures/check/conflict/bad"});
  nlohmann::json sarif = nlohmann::json::parse(r.out);
  const nlohmann::json& driver = sarif["runs"][0]["tool"]["driver"];
  const std::string base = FACTLINT_DOCS_URL;
  if (base.empty()) {
    EXPECT_FALSE(driver.contains("informationUri"));
  } else {
    EXPECT_EQ(driver["informationUri"], base + "/README.md");
  }
  const std::string page = ReadFile(std::string(FACTLINT_SOURCE_DIR) + "/docs/rules.md");
  size_t headed = 0;
  for (const nlohmann::json& rule : driver["rules"]) {
    const std::string anchor = rule["id"];
    if (!rule.contains("fullDescription")) continue;  // no description, no heading
    EXPECT_NE(page.find("\n## " + anchor + "\n"), std::string::npos)
        << "docs/rules.md has no heading " << anchor;
    if (base.empty()) {
      EXPECT_FALSE(rule.contains("helpUri")) << anchor;
    } else {
      ASSERT_TRUE(rule.contains("helpUri")) << anchor;
      EXPECT_EQ(rule["helpUri"], base + "/docs/rules.md#" + anchor);
    }
    ++headed;
  }
  EXPECT_GE(headed, 10u);
}

}  // namespace
}  // namespace factlint::testing
