#include "lsp/jsonrpc.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace factlint::lsp {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The body length the header part (without its final blank line) declares;
// nullopt with *error set when it is malformed.
std::optional<size_t> ContentLength(std::string_view headers, std::string* error) {
  std::optional<size_t> length;
  while (!headers.empty()) {
    size_t end = headers.find("\r\n");
    std::string_view line = headers.substr(0, end);
    headers.remove_prefix(end == std::string_view::npos ? headers.size() : end + 2);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      *error = "header line without ':': '" + std::string(line) + "'";
      return std::nullopt;
    }
    if (!EqualsIgnoringCase(Trim(line.substr(0, colon)), "Content-Length")) continue;
    std::string_view value = Trim(line.substr(colon + 1));
    if (value.empty() || value.size() > 12 ||
        !std::all_of(value.begin(), value.end(),
                     [](char c) { return c >= '0' && c <= '9'; })) {
      *error = "Content-Length is not a number: '" + std::string(value) + "'";
      return std::nullopt;
    }
    size_t n = std::stoull(std::string(value));
    if (n > kMaxBodyBytes) {
      *error = "Content-Length " + std::to_string(n) + " exceeds the limit of " +
               std::to_string(kMaxBodyBytes) + " bytes";
      return std::nullopt;
    }
    if (length && *length != n) {
      *error = "two different Content-Length headers";
      return std::nullopt;
    }
    length = n;
  }
  if (!length) *error = "message without a Content-Length header";
  return length;
}

}  // namespace

MessageReader::Status MessageReader::Next(json* message, std::string* error) {
  if (broken_) {
    *error = broken_why_;
    return Status::kBadHeader;
  }
  size_t end = buffer_.find("\r\n\r\n");
  if (end == std::string::npos) {
    if (buffer_.size() <= kMaxHeaderBytes) return Status::kNeedMore;
    broken_why_ = "no end of the header part within " +
                  std::to_string(kMaxHeaderBytes) + " bytes";
  } else if (std::optional<size_t> length =
                 ContentLength(std::string_view(buffer_).substr(0, end), &broken_why_)) {
    const size_t body = end + 4;
    if (buffer_.size() - body < *length) return Status::kNeedMore;
    std::string text = buffer_.substr(body, *length);
    buffer_.erase(0, body + *length);
    *message = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (message->is_discarded()) {
      *error = "the message body is not JSON";
      return Status::kBadJson;
    }
    return Status::kMessage;
  }
  broken_ = true;
  *error = broken_why_;
  return Status::kBadHeader;
}

std::string Frame(const json& message) {
  // Invalid UTF-8 in a string is replaced, never thrown on.
  std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

json Response(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json ErrorResponse(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"},
          {"id", id},
          {"error", {{"code", code}, {"message", message}}}};
}

json Notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace factlint::lsp
