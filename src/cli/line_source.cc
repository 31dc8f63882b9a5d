#include "cli/line_source.h"

namespace factlint {

void TextLineSource::Add(const std::string& path, std::string_view text) {
  index_[path] = std::make_unique<LineIndex>(text);
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
