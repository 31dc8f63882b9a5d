#include "cli/line_source.h"

namespace factlint {

void TextLineSource::Add(const std::string& path, std::string_view text) {
  auto& own = owned_index_[path] = std::make_unique<LineIndex>(text);
  index_[path] = own.get();
}

void TextLineSource::AddIndexed(const std::string& path, const LineIndex* lines) {
  index_[path] = lines;
}

void TextLineSource::AddOwned(const std::string& path, std::string text) {
  std::string& stored = owned_[path] = std::move(text);
  Add(path, stored);
}

std::optional<std::string_view> TextLineSource::LineText(
    const std::string& path, uint32_t line) const {
  auto it = index_.find(path);
  if (it == index_.end() || line == 0 || line > it->second->line_count())
    return std::nullopt;
  return it->second->Line(line);
}

}  // namespace factlint
