#include "report/uri.h"

#include <cctype>

#include <filesystem>
#include <system_error>

namespace factlint {
namespace {

namespace fs = std::filesystem;

bool Unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
         c == '~';
}

fs::path AbsoluteDirectory(const std::string& directory) {
  fs::path dir(directory);
  if (!dir.is_absolute()) {
    std::error_code ec;
    fs::path abs = fs::absolute(dir, ec);
    if (!ec) dir = abs;
  }
  return dir.lexically_normal();
}

std::string FileUri(const fs::path& absolute) {
  return "file://" + PercentEncodePath(absolute.generic_string());
}

}  // namespace

std::string PercentEncodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (Unreserved(c) || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

ArtifactUri PathToUri(const std::string& path,
                      const std::string& working_directory) {
  fs::path p = fs::path(path).lexically_normal();
  if (working_directory.empty()) {
    if (p.is_absolute()) return {FileUri(p), false};
    return {PercentEncodePath(p.generic_string()), true};
  }
  fs::path wd = AbsoluteDirectory(working_directory);
  fs::path abs = p.is_absolute() ? p : (wd / p).lexically_normal();
  fs::path rel = abs.lexically_relative(wd);
  if (!rel.empty() && *rel.begin() != ".." && rel != ".") {
    return {PercentEncodePath(rel.generic_string()), true};
  }
  if (abs.is_absolute()) return {FileUri(abs), false};
  return {PercentEncodePath(abs.generic_string()), true};
}

std::string DirectoryUri(const std::string& directory) {
  if (directory.empty()) return "";
  std::string uri = FileUri(AbsoluteDirectory(directory));
  if (uri.empty() || uri.back() != '/') uri += '/';
  return uri;
}

std::optional<std::string> FileUriToPath(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.size() < kScheme.size()) return std::nullopt;
  for (size_t i = 0; i < kScheme.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(uri[i])) != kScheme[i])
      return std::nullopt;
  uri.remove_prefix(kScheme.size());
  if (uri.rfind("localhost/", 0) == 0) uri.remove_prefix(9);
  if (uri.empty() || uri[0] != '/') return std::nullopt;
  std::string path;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '?' || uri[i] == '#') return std::nullopt;
    if (uri[i] != '%') {
      path += uri[i];
      continue;
    }
    if (i + 2 >= uri.size() || !std::isxdigit(static_cast<unsigned char>(uri[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(uri[i + 2])))
      return std::nullopt;
    char c = static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
    if (c == '\0') return std::nullopt;
    path += c;
    i += 2;
  }
  return path;
}

}  // namespace factlint
