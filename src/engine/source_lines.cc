#include "engine/source_lines.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <variant>

#include "text/loader.h"

namespace factlint {

size_t SourceHash(std::string_view text) { return std::hash<std::string_view>{}(text); }

const LineIndex* SourceLines::Lines(const Document& doc) {
  if (!doc.reread_source) return doc.lines.get();
  auto it = std::find_if(files_.begin(), files_.end(),
                         [&](const File& f) { return f.doc == &doc; });
  if (it == files_.end()) {
    File file;
    file.doc = &doc;
    LoadResult loaded = LoadFile(doc.source.path);
    if (SourceText* text = std::get_if<SourceText>(&loaded)) file.text = std::move(text->text);
    const bool same = std::holds_alternative<SourceText>(loaded) &&
                      file.text.size() == doc.SourceSize() &&
                      SourceHash(file.text) == doc.source_hash;
    if (same) {
      file.index = std::make_unique<LineIndex>(file.text);
    } else {
      std::string().swap(file.text);
      if (std::find(changed_.begin(), changed_.end(), doc.source.path) == changed_.end())
        changed_.push_back(doc.source.path);
    }
    files_.insert(files_.begin(), std::move(file));
    if (files_.size() > files_kept_) files_.pop_back();
    it = files_.begin();
  } else if (it != files_.begin()) {
    std::rotate(files_.begin(), it, it + 1);
    it = files_.begin();
  }
  return it->index.get();
}

std::optional<std::string_view> SourceLines::Line(const Document& doc, uint32_t line) {
  const LineIndex* lines = Lines(doc);
  if (lines == nullptr || line == 0 || line > lines->line_count()) return std::nullopt;
  return lines->Line(line);
}

std::optional<LineIndex::Piece> SourceLines::Around(const Document& doc, Span span) {
  const LineIndex* lines = Lines(doc);
  if (lines == nullptr) return std::nullopt;
  std::optional<LineIndex::Piece> piece = lines->Around(span.begin, span.end);
  if (!piece) {
    std::cerr << "factlint: internal error: " << doc.source.path
              << ": source text read outside the lines held around claims\n";
    std::abort();
  }
  return piece;
}

}  // namespace factlint
