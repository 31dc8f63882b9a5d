#include "diag/read_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace factlint {

bool ReadWholeFile(const std::string& path, std::string* contents,
                   std::string* reason) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *reason = "is a directory";
    return false;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *reason = errno ? std::strerror(errno) : "cannot open";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *reason = "read error";
    return false;
  }
  *contents = std::move(buffer).str();
  return true;
}

}  // namespace factlint
