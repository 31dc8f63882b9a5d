// A document as read from disk: its decoded text and how it was decoded.
// Loading never modifies the file; undecodable input becomes an InputError.
#ifndef FACTLINT_TEXT_SOURCE_H_
#define FACTLINT_TEXT_SOURCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace factlint {

struct SourceText {
  std::string path;      // as shown to users ("-" for standard input)
  std::string text;      // valid UTF-8; BOM removed; line ends as in the file
  std::string encoding;  // "UTF-8", "UTF-8 BOM" or "GB18030"
  bool markdown = false; // .md / .markdown
};

// A problem with the input itself. `line`/`column` are 1-based code-point
// positions in the original file, or 0 when the error concerns the whole file.
struct InputError {
  std::string rule_id;  // input-unreadable, input-encoding, input-binary, ...
  std::string path;
  std::string message;
  uint32_t line = 0;
  uint32_t column = 0;
};

}  // namespace factlint

#endif  // FACTLINT_TEXT_SOURCE_H_
