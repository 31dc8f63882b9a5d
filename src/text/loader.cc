// Loader: reads files or standard input and decodes them into SourceText.
#include "text/loader.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <algorithm>
#include <iostream>
#include <system_error>

#include "diag/read_file.h"
#include "text/encoding.h"

namespace factlint {

namespace {

constexpr uint64_t kMaxBytes = kMaxDocumentBytes;

InputError MakeError(const std::string& rule, const std::string& path,
                     const std::string& message, uint32_t line = 0,
                     uint32_t column = 0) {
  return InputError{rule, path, message, line, column};
}

bool HasMarkdownExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".md" || ext == ".markdown";
}

bool IsTextExtension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".markdown";
}

std::string TooLargeMessage() {
  return "file is larger than " + std::to_string(kMaxBytes >> 20) + " MiB";
}

// Reads a whole stream; returns false with errno text on failure.
bool ReadStream(std::FILE* f, std::string* out, bool* too_large,
                std::string* error) {
  char buffer[65536];
  *too_large = false;
  while (true) {
    size_t got = std::fread(buffer, 1, sizeof buffer, f);
    out->append(buffer, got);
    if (out->size() > kMaxBytes) {
      *too_large = true;
      return false;
    }
    if (got < sizeof buffer) {
      if (std::ferror(f)) {
        *error = std::strerror(errno);
        return false;
      }
      return true;
    }
  }
}

}  // namespace

LoadResult DecodeBytes(const std::string& path, const std::string& bytes) {
  if (bytes.size() > kMaxBytes) {
    return MakeError("input-too-large", path, TooLargeMessage());
  }
  // UTF-16 text is all NUL bytes to the binary test: say what it is.
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return MakeError("input-encoding", path,
                     "file is UTF-16 (it starts with a UTF-16 byte order mark); "
                     "factlint reads UTF-8 and GB18030: convert it, e.g. with "
                     "iconv -f UTF-16 -t UTF-8");
  }
  if (LooksBinary(bytes)) {
    return MakeError("input-binary", path,
                     "file looks binary (NUL or control bytes), not text");
  }
  SourceText source;
  source.path = path;
  source.markdown = HasMarkdownExtension(path);
  std::string_view view(bytes);
  bool bom = view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) view.remove_prefix(3);
  size_t bad = 0;
  if (ValidateUtf8(view, &bad)) {
    source.text.assign(view);
    source.encoding = bom ? "UTF-8 BOM" : "UTF-8";
    return source;
  }
  if (!bom && DecodeGb18030(view, &source.text)) {
    source.encoding = "GB18030";
    return source;
  }
  uint32_t line = 0, column = 0;
  Utf8LineColumn(view, bad, &line, &column);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X",
                static_cast<unsigned char>(view[bad]));
  std::string message = std::string("invalid UTF-8 byte ") + hex +
                        (bom ? " (file has a UTF-8 BOM)"
                             : " and the file is not valid GB18030 either");
  return MakeError("input-encoding", path, message, line, column);
}

LoadResult LoadFile(const std::string& path) {
  std::string bytes, error;
  bool too_large = false;
  if (path == "-") {
    if (!ReadStream(stdin, &bytes, &too_large, &error)) {
      if (too_large) return MakeError("input-too-large", path, TooLargeMessage());
      return MakeError("input-unreadable", path, error);
    }
    return DecodeBytes(path, bytes);
  }
  // Only a regular file is read: a FIFO or a device named as a path would
  // block or never end (standard input is read only as "-").
  if (!ReadRegularFile(path, kMaxBytes, &bytes, &error, &too_large)) {
    if (too_large) return MakeError("input-too-large", path, TooLargeMessage());
    if (error == "is a directory") error = std::strerror(EISDIR);
    return MakeError("input-unreadable", path, error);
  }
  return DecodeBytes(path, bytes);
}

void ExpandPaths(const std::vector<std::string>& paths,
                 std::vector<std::string>* files,
                 std::vector<InputError>* errors) {
  namespace fs = std::filesystem;
  for (const std::string& path : paths) {
    if (path == "-") {
      files->push_back(path);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      int err = ec ? ec.value() : ENOENT;
      errors->push_back(MakeError("input-unreadable", path, std::strerror(err)));
      continue;
    }
    if (!fs::is_directory(status)) {
      files->push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(
        path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors->push_back(
          MakeError("input-unreadable", path, std::strerror(ec.value())));
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        errors->push_back(
            MakeError("input-unreadable", path, std::strerror(ec.value())));
        break;
      }
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && IsTextExtension(p)) {
        found.push_back(p.string());
      }
    }
    std::sort(found.begin(), found.end());
    files->insert(files->end(), found.begin(), found.end());
  }
}

}  // namespace factlint
