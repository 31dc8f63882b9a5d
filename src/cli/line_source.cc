#include "cli/line_source.h"

namespace factlint {

void TextLineSource::Add(const std::string& path, std::string_view text) {
  auto& own = owned_index_[path] = std::make_unique<LineIndex>(text);
  index_[path] = own.get();
}

void TextLineSource::AddDocument(const Document& doc) { docs_[doc.source.path] = &doc; }

void TextLineSource::AddOwned(const std::string& path, std::string text) {
  std::string& stored = owned_[path] = std::move(text);
  Add(path, stored);
}

std::optional<std::string_view> TextLineSource::LineText(
    const std::string& path, uint32_t line) const {
  if (auto doc = docs_.find(path); doc != docs_.end())
    return documents_.Line(*doc->second, line);
  auto it = index_.find(path);
  if (it == index_.end() || line == 0 || line > it->second->line_count())
    return std::nullopt;
  return it->second->Line(line);
}

}  // namespace factlint
