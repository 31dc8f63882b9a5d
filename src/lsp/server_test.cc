#include "lsp/server.h"

#include <gtest/gtest.h>

#include <thread>

namespace factlint::lsp {
namespace {

using std::chrono::milliseconds;
using Clock = Server::Clock;

// Records what the server asks; answers with one diagnostic at the first
// "524" of the text (code-point columns, as factlint reports them).
class FakeChecker : public Checker {
 public:
  std::vector<Diagnostic> Check(const std::string& path, const std::string& text) override {
    ++checks;
    std::this_thread::sleep_for(delay);
    last_path = path;
    last_text = text;
    std::vector<Diagnostic> out;
    size_t at = text.find("524");
    if (at == std::string::npos) return out;
    uint32_t column = 1;  // code points before it on its line (one line here)
    for (size_t i = 0; i < at; ++i)
      if ((text[i] & 0xC0) != 0x80) ++column;
    Diagnostic d;
    d.rule_id = "fact-conflict";
    d.severity = Severity::kWarning;
    d.message = "524 here, 525 elsewhere";
    d.location = {path, 1, column, 1, column + 3};
    d.notes.push_back({{"/ref/一.txt", 2, 3, 2, 6}, "525 stated here", "", {}});
    d.fixits.push_back({{path, 1, column, 1, column + 3}, "525"});
    out.push_back(d);
    return out;
  }
  std::vector<ClaimExplanation> Explain(const std::string& path, const std::string& text,
                                        uint32_t line, uint32_t column) override {
    explained_at = {line, column};
    ClaimExplanation x;
    x.claim.written = "524家";
    x.claim.location = {path, line, column, line, column + 4};
    return {x};
  }
  std::optional<std::string> LineOf(const std::string& path, uint32_t line) override {
    if (path == "/ref/一.txt" && line == 2) return std::string("𠀀a525家");
    return std::nullopt;
  }

  int checks = 0;
  milliseconds delay{0};  // how long a check takes
  std::string last_path, last_text;
  std::pair<uint32_t, uint32_t> explained_at;
};

json Request(int id, const std::string& method, json params = json::object()) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}
json Note(const std::string& method, json params = json::object()) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

const std::string kUri = "file:///d/%E7%A8%BF.md";  // /d/稿.md
// 𠀀 is one code point and two UTF-16 units; 企业 two of each.
const std::string kText = "𠀀企业有524家";

class ServerTest : public ::testing::Test {
 protected:
  json Send(const json& m, Clock::time_point at) {
    std::vector<json> out = server.Handle(m, at);
    EXPECT_LE(out.size(), 1u);
    return out.empty() ? json() : out.back();
  }
  void Initialize() {
    ASSERT_TRUE(Send(Request(1, "initialize"), t0).contains("result"));
    Send(Note("initialized"), t0);
  }
  void Open() {
    Send(Note("textDocument/didOpen",
              {{"textDocument",
                {{"uri", kUri}, {"languageId", "markdown"}, {"version", 1}, {"text", kText}}}}),
         t0);
  }

  FakeChecker checker;
  Server server{&checker, milliseconds(300)};
  Clock::time_point t0 = Clock::now();
};

TEST_F(ServerTest, RequestsBeforeInitializeAreRefused) {
  json r = Send(Request(5, "textDocument/hover"), t0);
  EXPECT_EQ(r["id"], 5);
  EXPECT_EQ(r["error"]["code"], kServerNotInitialized);
  EXPECT_TRUE(Send(Note("textDocument/didOpen"), t0).is_null());  // dropped
}

TEST_F(ServerTest, InitializeAnnouncesFullSyncUtf16HoverAndQuickFixes) {
  json r = Send(Request(1, "initialize", {{"capabilities", json::object()}}), t0);
  const json& caps = r["result"]["capabilities"];
  EXPECT_EQ(caps["positionEncoding"], "utf-16");
  EXPECT_EQ(caps["textDocumentSync"]["change"], 1);
  EXPECT_EQ(caps["hoverProvider"], true);
  EXPECT_EQ(caps["codeActionProvider"]["codeActionKinds"][0], "quickfix");
}

TEST_F(ServerTest, UnknownAndMalformedMessages) {
  Initialize();
  json r = Send(Request(2, "workspace/frobnicate"), t0);
  EXPECT_EQ(r["error"]["code"], kMethodNotFound);
  EXPECT_EQ(r["id"], 2);
  EXPECT_TRUE(Send(Note("workspace/frobnicate"), t0).is_null());  // ignored
  r = Send(json{{"id", 3}, {"method", "shutdown"}}, t0);  // no "jsonrpc"
  EXPECT_EQ(r["error"]["code"], kInvalidRequest);
  r = Send(json::array({1, 2}), t0);
  EXPECT_EQ(r["error"]["code"], kInvalidRequest);
  EXPECT_TRUE(r["id"].is_null());
  r = Send(Request(4, "textDocument/hover", {{"position", {{"line", 0}}}}), t0);
  EXPECT_EQ(r["error"]["code"], kInvalidParams);
  r = Send(Request(6, "initialize"), t0);  // twice
  EXPECT_TRUE(r.contains("error"));
}

TEST_F(ServerTest, OpenPublishesAtOnceWithUtf16RangesAndRelatedInformation) {
  Initialize();
  Open();
  ASSERT_EQ(server.NextDue(), t0);
  std::vector<json> out = server.RunDue(t0);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(checker.last_path, "/d/稿.md");
  EXPECT_EQ(checker.last_text, kText);
  const json& p = out[0]["params"];
  EXPECT_EQ(out[0]["method"], "textDocument/publishDiagnostics");
  EXPECT_EQ(p["uri"], kUri);
  EXPECT_EQ(p["version"], 1);
  ASSERT_EQ(p["diagnostics"].size(), 1u);
  const json& d = p["diagnostics"][0];
  // 524 is code-point column 5 (1-based); 𠀀企业有 are 5 UTF-16 units.
  EXPECT_EQ(d["range"]["start"], json({{"line", 0}, {"character", 5}}));
  EXPECT_EQ(d["range"]["end"], json({{"line", 0}, {"character", 8}}));
  EXPECT_EQ(d["severity"], 2);
  EXPECT_EQ(d["code"], "fact-conflict");
  EXPECT_EQ(d["source"], "factlint");
  const json& rel = d["relatedInformation"][0];
  EXPECT_EQ(rel["location"]["uri"], "file:///ref/%E4%B8%80.txt");
  // Column 3 of "𠀀a525家" is after three UTF-16 units.
  EXPECT_EQ(rel["location"]["range"]["start"], json({{"line", 1}, {"character", 3}}));
  EXPECT_EQ(rel["message"], "525 stated here");
  EXPECT_FALSE(server.NextDue().has_value());
}

void Change(Server* server, int version, const std::string& text, Clock::time_point at) {
  server->Handle(Note("textDocument/didChange",
                      {{"textDocument", {{"uri", kUri}, {"version", version}}},
                       {"contentChanges", {{{"text", text}}}}}),
                 at);
}

TEST_F(ServerTest, ChangesWaitAsLongAsThePreviousCheckTook) {
  checker.delay = milliseconds(40);
  Initialize();
  Open();
  server.RunDue(t0);  // takes at least 40 ms
  Change(&server, 2, "abc", t0 + milliseconds(10));
  Change(&server, 3, "abc 524", t0 + milliseconds(100));
  // Due 40 ms or a little more (the check's own wall time) after the last
  // change, well before the 300 ms limit.
  ASSERT_TRUE(server.NextDue().has_value());
  EXPECT_GE(*server.NextDue(), t0 + milliseconds(140));
  EXPECT_LT(*server.NextDue(), t0 + milliseconds(400));
  EXPECT_TRUE(server.RunDue(t0 + milliseconds(139)).empty());
  std::vector<json> out = server.RunDue(*server.NextDue());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(checker.checks, 2);  // the open, then the last change only
  EXPECT_EQ(checker.last_text, "abc 524");
  EXPECT_EQ(out[0]["params"]["version"], 3);
  EXPECT_EQ(out[0]["params"]["diagnostics"][0]["range"]["start"]["character"], 4);
}

TEST_F(ServerTest, ChangesWaitNoLongerThanTheLimit) {
  checker.delay = milliseconds(60);
  Server limited{&checker, milliseconds(20)};
  limited.Handle(Request(1, "initialize"), t0);
  limited.Handle(Note("textDocument/didOpen",
                      {{"textDocument", {{"uri", kUri}, {"version", 1}, {"text", kText}}}}),
                 t0);
  limited.RunDue(t0);
  Change(&limited, 2, "abc 524", t0 + milliseconds(100));
  EXPECT_EQ(limited.NextDue(), t0 + milliseconds(120));
  EXPECT_TRUE(limited.RunDue(t0 + milliseconds(119)).empty());
  EXPECT_EQ(limited.RunDue(t0 + milliseconds(120)).size(), 1u);
  EXPECT_EQ(checker.checks, 2);
}

TEST_F(ServerTest, CodeActionCarriesTheFixAsAWorkspaceEdit) {
  Initialize();
  Open();
  server.RunDue(t0);
  json range = {{"start", {{"line", 0}, {"character", 6}}},
                {"end", {{"line", 0}, {"character", 6}}}};
  json r = Send(Request(7, "textDocument/codeAction",
                        {{"textDocument", {{"uri", kUri}}},
                         {"range", range},
                         {"context", {{"diagnostics", json::array()}}}}),
                t0);
  ASSERT_EQ(r["result"].size(), 1u);
  const json& a = r["result"][0];
  EXPECT_EQ(a["kind"], "quickfix");
  const json& edit = a["edit"]["changes"][kUri][0];
  EXPECT_EQ(edit["newText"], "525");
  EXPECT_EQ(edit["range"]["start"]["character"], 5);
  EXPECT_EQ(edit["range"]["end"]["character"], 8);
  // Elsewhere on the line: nothing to fix.
  range["start"]["character"] = 0;
  range["end"]["character"] = 2;
  r = Send(Request(8, "textDocument/codeAction",
                   {{"textDocument", {{"uri", kUri}}}, {"range", range}}),
           t0);
  EXPECT_TRUE(r["result"].empty());
}

TEST_F(ServerTest, HoverConvertsUtf16ToCodePoints) {
  Initialize();
  Open();
  server.RunDue(t0);
  // UTF-16 character 6 is inside "524", code-point column 6 (1-based).
  json r = Send(Request(9, "textDocument/hover",
                        {{"textDocument", {{"uri", kUri}}},
                         {"position", {{"line", 0}, {"character", 6}}}}),
                t0);
  EXPECT_EQ(checker.explained_at, (std::pair<uint32_t, uint32_t>{1, 6}));
  EXPECT_EQ(r["result"]["contents"]["kind"], "markdown");
  EXPECT_NE(r["result"]["contents"]["value"].get<std::string>().find("524家"),
            std::string::npos);
  EXPECT_EQ(r["result"]["range"]["start"]["character"], 6);
}

TEST_F(ServerTest, CloseClearsDiagnostics) {
  Initialize();
  Open();
  server.RunDue(t0);
  json r = Send(Note("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}}), t0);
  EXPECT_EQ(r["method"], "textDocument/publishDiagnostics");
  EXPECT_TRUE(r["params"]["diagnostics"].empty());
}

TEST_F(ServerTest, ShutdownThenExit) {
  Initialize();
  Open();
  json r = Send(Request(10, "shutdown"), t0);
  EXPECT_TRUE(r.contains("result"));
  EXPECT_TRUE(r["result"].is_null());
  EXPECT_TRUE(server.RunDue(t0).empty());  // no checks after shutdown
  r = Send(Request(11, "textDocument/hover"), t0);
  EXPECT_EQ(r["error"]["code"], kInvalidRequest);
  EXPECT_FALSE(server.exited());
  Send(Note("exit"), t0);
  EXPECT_TRUE(server.exited());
  EXPECT_EQ(server.exit_code(), 0);
}

TEST_F(ServerTest, ExitWithoutShutdownIsAnError) {
  Initialize();
  Send(Note("exit"), t0);
  EXPECT_TRUE(server.exited());
  EXPECT_EQ(server.exit_code(), 1);
}

}  // namespace
}  // namespace factlint::lsp
