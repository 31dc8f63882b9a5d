#include "lsp/serve.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

#include "lsp/jsonrpc.h"

namespace factlint::lsp {
namespace {

bool WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

bool Send(int fd, const std::vector<json>& messages) {
  for (const json& m : messages)
    if (!WriteAll(fd, Frame(m))) return false;
  return true;
}

}  // namespace

int Serve(int in_fd, int out_fd, Server* server, std::ostream& log) {
  MessageReader reader;
  std::string buffer(1 << 16, '\0');
  while (!server->exited()) {
    int timeout = -1;
    if (auto due = server->NextDue()) {
      auto wait = std::chrono::ceil<std::chrono::milliseconds>(*due - Server::Clock::now());
      timeout = static_cast<int>(std::max<int64_t>(0, wait.count()));
    }
    pollfd p{in_fd, POLLIN, 0};
    int ready = poll(&p, 1, timeout);
    if (ready < 0 && errno != EINTR) {
      log << "factlint lsp: poll failed\n";
      return 1;
    }
    if (ready > 0) {
      ssize_t n = read(in_fd, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        log << "factlint lsp: end of input without exit\n";
        return 1;
      }
      reader.Feed(std::string_view(buffer.data(), static_cast<size_t>(n)));
      json message;
      std::string error;
      for (;;) {
        MessageReader::Status s = reader.Next(&message, &error);
        if (s == MessageReader::Status::kNeedMore) break;
        if (s == MessageReader::Status::kBadHeader) {
          log << "factlint lsp: " << error << "; the stream cannot be read further\n";
          return 1;
        }
        std::vector<json> out =
            s == MessageReader::Status::kBadJson
                ? std::vector<json>{ErrorResponse(nullptr, kParseError, error)}
                : server->Handle(message, Server::Clock::now());
        if (!Send(out_fd, out)) return 1;
        if (server->exited()) return server->exit_code();
      }
    }
    if (!Send(out_fd, server->RunDue(Server::Clock::now()))) return 1;
  }
  return server->exit_code();
}

}  // namespace factlint::lsp
