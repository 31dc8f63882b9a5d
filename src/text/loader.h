// Reading documents: paths to SourceText. Detects the encoding (UTF-8 with or
// without BOM, else GB18030 through ICU), refuses binary files, and turns
// every failure into an InputError that names the file and, where it can,
// the line and column of the first bad byte. Never writes to a file.
#ifndef FACTLINT_TEXT_LOADER_H_
#define FACTLINT_TEXT_LOADER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "text/source.h"

namespace factlint {

using LoadResult = std::variant<SourceText, InputError>;

// The largest document read (input-too-large beyond).
inline constexpr uint64_t kMaxDocumentBytes = uint64_t{256} << 20;  // 256 MiB

// Decodes bytes already read. `path` is used for messages and to decide
// whether the document is Markdown.
LoadResult DecodeBytes(const std::string& path, const std::string& bytes);

// Reads one file ("-" reads standard input) and decodes it. Standard input
// is named `stdin_name` (--stdin-filename): in messages, and its extension
// decides whether it is Markdown.
LoadResult LoadFile(const std::string& path, const std::string& stdin_name = "-");

// Expands command-line PATHs: a file stays itself, a directory is searched
// recursively for .txt, .md and .markdown (hidden entries skipped, links to
// directories not followed), "-" stays. Results are sorted per directory so
// output order is deterministic. Paths that do not exist, subdirectories that
// cannot be listed, and text-named entries that are broken or looping links,
// FIFOs, sockets or devices become InputErrors: nothing is left out silently.
// `ignored`, when set, is asked about every entry a directory walk meets
// (path as named, whether it is a directory): entries it ignores are left
// out, and an ignored directory is not entered (.gitignore and
// .factlintignore, config/ignore_files.h). Paths named directly are never
// asked about.
using IgnoredFn = std::function<bool(const std::string& path, bool is_directory)>;
void ExpandPaths(const std::vector<std::string>& paths,
                 std::vector<std::string>* files,
                 std::vector<InputError>* errors,
                 const IgnoredFn& ignored = {});

}  // namespace factlint

#endif  // FACTLINT_TEXT_LOADER_H_
