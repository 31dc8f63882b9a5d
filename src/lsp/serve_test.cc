#include "lsp/serve.h"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <sstream>

namespace factlint::lsp {
namespace {

class NoChecker : public Checker {
 public:
  std::vector<Diagnostic> Check(const std::string&, const std::string&) override {
    return {};
  }
  std::vector<ClaimExplanation> Explain(const std::string&, const std::string&, uint32_t,
                                        uint32_t) override {
    return {};
  }
  std::optional<std::string> LineOf(const std::string&, uint32_t) override {
    return std::nullopt;
  }
};

struct Served {
  int code = -1;
  std::vector<json> replies;
  std::string log;
};

// Serves `input` (then the end of input) and reads back every reply.
Served ServeBytes(const std::string& input) {
  int in[2], out[2];
  EXPECT_EQ(pipe(in), 0);
  EXPECT_EQ(pipe(out), 0);
  // Small inputs fit in the pipe's buffer: written whole before serving.
  EXPECT_EQ(write(in[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  close(in[1]);
  NoChecker checker;
  Server server(&checker, std::chrono::milliseconds(300));
  std::ostringstream log;
  Served s;
  s.code = Serve(in[0], out[1], &server, log);
  close(in[0]);
  close(out[1]);
  std::string bytes;
  char buf[4096];
  for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) bytes.append(buf, n);
  close(out[0]);
  MessageReader reader;
  reader.Feed(bytes);
  json m;
  std::string error;
  while (reader.Next(&m, &error) == MessageReader::Status::kMessage) s.replies.push_back(m);
  s.log = log.str();
  return s;
}

json Request(int id, const std::string& method) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", json::object()}};
}
json Exit() { return {{"jsonrpc", "2.0"}, {"method", "exit"}}; }

TEST(ServeTest, ShutdownThenExitEndsWithZero) {
  Served s = ServeBytes(Frame(Request(1, "initialize")) + Frame(Request(2, "shutdown")) +
                        Frame(Exit()) + Frame(Request(3, "shutdown")));
  EXPECT_EQ(s.code, 0);
  ASSERT_EQ(s.replies.size(), 2u);  // nothing is read after exit
  EXPECT_EQ(s.replies[1]["id"], 2);
  EXPECT_TRUE(s.replies[1]["result"].is_null());
}

TEST(ServeTest, ExitWithoutShutdownEndsWithOne) {
  Served s = ServeBytes(Frame(Request(1, "initialize")) + Frame(Exit()));
  EXPECT_EQ(s.code, 1);
}

TEST(ServeTest, EndOfInputWithoutExitEndsWithOne) {
  Served s = ServeBytes(Frame(Request(1, "initialize")));
  EXPECT_EQ(s.code, 1);
  EXPECT_NE(s.log.find("end of input"), std::string::npos);
}

TEST(ServeTest, BadJsonIsAnsweredAndServingGoesOn) {
  Served s = ServeBytes("Content-Length: 3\r\n\r\n{x}" + Frame(Request(1, "initialize")) +
                        Frame(Request(2, "shutdown")) + Frame(Exit()));
  EXPECT_EQ(s.code, 0);
  ASSERT_EQ(s.replies.size(), 3u);
  EXPECT_EQ(s.replies[0]["error"]["code"], kParseError);
  EXPECT_TRUE(s.replies[0]["id"].is_null());
}

TEST(ServeTest, BadHeaderStopsWithOne) {
  Served s = ServeBytes(Frame(Request(1, "initialize")) + "Content-Lenght: 2\r\n\r\n{}" +
                        Frame(Request(2, "shutdown")) + Frame(Exit()));
  EXPECT_EQ(s.code, 1);
  EXPECT_EQ(s.replies.size(), 1u);
  EXPECT_NE(s.log.find("Content-Length"), std::string::npos);
}

}  // namespace
}  // namespace factlint::lsp
