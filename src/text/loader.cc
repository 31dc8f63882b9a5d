// Loader: reads files or standard input and decodes them into SourceText.
#include "text/loader.h"

#include <sys/stat.h>

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

// A stat mode for NotRegularReason from a std::filesystem status.
unsigned ModeOf(const std::filesystem::file_status& status) {
  switch (status.type()) {
    case std::filesystem::file_type::fifo: return S_IFIFO;
    case std::filesystem::file_type::socket: return S_IFSOCK;
    case std::filesystem::file_type::character: return S_IFCHR;
    case std::filesystem::file_type::block: return S_IFBLK;
    default: return 0;
  }
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

// Searches `root` for text files. Nothing found is dropped without a word:
// a subdirectory that cannot be listed, and a text-named entry that is a
// broken or looping link, a FIFO, a socket or a device, become errors.
// Hidden entries are skipped and links to directories are not followed (a
// link loop cannot make the walk endless), as documented in docs/cli.md.
void WalkDirectory(const std::string& root, std::vector<std::string>* found,
                   std::vector<InputError>* sorted_errors, const IgnoredFn& ignored) {
  namespace fs = std::filesystem;
  std::vector<InputError> walk_errors, *errors = &walk_errors;
  std::vector<fs::path> pending = {fs::path(root)};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      errors->push_back(MakeError("input-unreadable", dir.string(),
                                  "cannot list directory: " + ec.message()));
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) continue;  // hidden
      std::error_code link_ec, target_ec;
      fs::file_status own = it->symlink_status(link_ec);
      fs::file_status target = it->status(target_ec);
      if (!fs::is_symlink(own) && fs::is_directory(own)) {
        if (!ignored || !ignored(p.string(), true)) pending.push_back(p);
        continue;
      }
      if (!IsTextExtension(p)) continue;
      if (ignored && ignored(p.string(), false)) continue;
      if (fs::is_regular_file(target)) {
        // `check` with no PATH walks "." (the configuration's directory):
        // its files are named a.md, not ./a.md.
        found->push_back(root == "." ? p.lexically_relative(".").string() : p.string());
      } else if (target_ec || link_ec) {
        std::error_code why = target_ec ? target_ec : link_ec;
        errors->push_back(MakeError(
            "input-unreadable", p.string(),
            why == std::errc::no_such_file_or_directory
                ? std::string("broken symbolic link")
                : why.message()));
      } else if (!fs::is_directory(target)) {
        errors->push_back(MakeError("input-unreadable", p.string(),
                                    NotRegularReason(ModeOf(target))));
      }
    }
    if (ec)
      errors->push_back(MakeError("input-unreadable", dir.string(),
                                  "cannot list directory: " + ec.message()));
  }
  // In path order, as the files are, whatever order the file system lists.
  std::sort(walk_errors.begin(), walk_errors.end(),
            [](const InputError& a, const InputError& b) { return a.path < b.path; });
  sorted_errors->insert(sorted_errors->end(), walk_errors.begin(), walk_errors.end());
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

LoadResult LoadFile(const std::string& path, const std::string& stdin_name) {
  std::string bytes, error;
  bool too_large = false;
  if (path == "-") {
    if (!ReadStream(stdin, &bytes, &too_large, &error)) {
      if (too_large) return MakeError("input-too-large", stdin_name, TooLargeMessage());
      return MakeError("input-unreadable", stdin_name, error);
    }
    return DecodeBytes(stdin_name, bytes);
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
                 std::vector<InputError>* errors,
                 const IgnoredFn& ignored) {
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
    WalkDirectory(path, &found, errors, ignored);
    std::sort(found.begin(), found.end());
    files->insert(files->end(), found.begin(), found.end());
  }
}

}  // namespace factlint
