#include "lsp/jsonrpc.h"

#include <gtest/gtest.h>

namespace factlint::lsp {
namespace {

using Status = MessageReader::Status;

TEST(JsonRpcTest, FrameIsReadBack) {
  json sent = Notification("textDocument/didOpen", {{"text", "中国大陆企业有525家"}});
  MessageReader reader;
  reader.Feed(Frame(sent));
  json got;
  std::string error;
  ASSERT_EQ(reader.Next(&got, &error), Status::kMessage);
  EXPECT_EQ(got, sent);
  EXPECT_EQ(reader.Next(&got, &error), Status::kNeedMore);
}

TEST(JsonRpcTest, ContentLengthCountsBytesNotCharacters) {
  std::string framed = Frame(json{{"s", "企业"}});
  // "企业" is 6 bytes of UTF-8 in a body of 8 other bytes: {"s":"企业"}.
  EXPECT_EQ(framed.substr(0, framed.find("\r\n")), "Content-Length: 14");
}

TEST(JsonRpcTest, MessagesArriveInPiecesOfAnySize) {
  std::string stream = Frame(Response(1, "一")) + Frame(Response(2, nullptr)) +
                       Frame(Notification("exit", nullptr));
  for (size_t piece : {size_t{1}, size_t{3}, size_t{17}, stream.size()}) {
    MessageReader reader;
    std::vector<json> got;
    for (size_t at = 0; at < stream.size(); at += piece) {
      reader.Feed(std::string_view(stream).substr(at, piece));
      json m;
      std::string error;
      Status s;
      while ((s = reader.Next(&m, &error)) == Status::kMessage) got.push_back(m);
      ASSERT_EQ(s, Status::kNeedMore) << error;
    }
    ASSERT_EQ(got.size(), 3u) << "piece " << piece;
    EXPECT_EQ(got[0]["result"], "一");
    EXPECT_EQ(got[1]["id"], 2);
    EXPECT_EQ(got[2]["method"], "exit");
  }
}

TEST(JsonRpcTest, OtherHeadersAndCaseAreAccepted) {
  MessageReader reader;
  reader.Feed("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; "
              "charset=utf-8\r\n\r\n{}");
  json m;
  std::string error;
  ASSERT_EQ(reader.Next(&m, &error), Status::kMessage) << error;
  EXPECT_TRUE(m.is_object());
}

TEST(JsonRpcTest, BadJsonIsConsumedAndReadingGoesOn) {
  MessageReader reader;
  reader.Feed("Content-Length: 5\r\n\r\n{nope" + Frame(Response(7, 1)));
  json m;
  std::string error;
  EXPECT_EQ(reader.Next(&m, &error), Status::kBadJson);
  ASSERT_EQ(reader.Next(&m, &error), Status::kMessage);
  EXPECT_EQ(m["id"], 7);
}

TEST(JsonRpcTest, BadHeadersBreakTheStream) {
  for (std::string bad : {"Content-Type: x\r\n\r\n{}",         // no length
                          "Content-Length: 1x\r\n\r\n{}",      // not a number
                          "Content-Length: -2\r\n\r\n{}",
                          "garbage\r\n\r\n{}",                 // no colon
                          "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{} ",
                          "Content-Length: 99999999999\r\n\r\n"}) {
    MessageReader reader;
    reader.Feed(bad);
    json m;
    std::string error;
    EXPECT_EQ(reader.Next(&m, &error), Status::kBadHeader) << bad;
    EXPECT_FALSE(error.empty());
    reader.Feed(Frame(Response(1, 1)));  // nothing after it can be trusted
    EXPECT_EQ(reader.Next(&m, &error), Status::kBadHeader);
  }
}

TEST(JsonRpcTest, EndlessHeaderIsBadOnceItExceedsTheLimit) {
  MessageReader reader;
  reader.Feed(std::string(kMaxHeaderBytes, 'x'));
  json m;
  std::string error;
  EXPECT_EQ(reader.Next(&m, &error), Status::kNeedMore);
  reader.Feed("x");
  EXPECT_EQ(reader.Next(&m, &error), Status::kBadHeader);
}

TEST(JsonRpcTest, ErrorResponseShape) {
  json e = ErrorResponse(nullptr, kParseError, "bad");
  EXPECT_EQ(e["jsonrpc"], "2.0");
  EXPECT_TRUE(e["id"].is_null());
  EXPECT_EQ(e["error"]["code"], -32700);
  EXPECT_EQ(e["error"]["message"], "bad");
  EXPECT_FALSE(e.contains("result"));
}

}  // namespace
}  // namespace factlint::lsp
