// JSON-RPC 2.0 over the Language Server Protocol's base protocol: each
// message is a header part ("Content-Length: N\r\n", other headers such as
// Content-Type allowed and ignored, then "\r\n") and N bytes of JSON.
// MessageReader takes bytes as they arrive (any split) and hands out whole
// messages; the helpers build responses, errors and notifications.
#ifndef FACTLINT_LSP_JSONRPC_H_
#define FACTLINT_LSP_JSONRPC_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace factlint::lsp {

using nlohmann::json;

// Error codes of JSON-RPC and of the LSP specification.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;

// The largest message body and header part accepted; beyond them the stream
// is taken to be corrupt.
inline constexpr size_t kMaxBodyBytes = size_t{64} << 20;
inline constexpr size_t kMaxHeaderBytes = 8192;

class MessageReader {
 public:
  enum class Status {
    kMessage,    // *message holds the next message
    kNeedMore,   // no whole message buffered yet
    kBadJson,    // a whole body was consumed but is not JSON (*error says why);
                 // answer with kParseError and go on
    kBadHeader,  // the header part is malformed (*error says why): message
                 // boundaries are lost, the stream cannot be read further
  };

  void Feed(std::string_view bytes) { buffer_.append(bytes); }
  // Takes the next message out of what was fed. After kBadHeader every call
  // returns kBadHeader.
  Status Next(json* message, std::string* error);

 private:
  std::string buffer_;
  bool broken_ = false;
  std::string broken_why_;
};

// The framed bytes of a message.
std::string Frame(const json& message);

json Response(const json& id, json result);
json ErrorResponse(const json& id, int code, const std::string& message);
json Notification(const std::string& method, json params);

}  // namespace factlint::lsp

#endif  // FACTLINT_LSP_JSONRPC_H_
