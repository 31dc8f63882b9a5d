#include "fix/apply.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <variant>

#include "diag/atomic_file.h"
#include "diag/read_file.h"
#include "text/loader.h"

namespace factlint {
namespace {

bool Continuation(const std::string& text, size_t offset) {
  return offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
}

void SetError(std::string* error, const std::string& message) {
  if (error != nullptr) *error = message;
}

std::string Range(const Edit& e) {
  return "[" + std::to_string(e.begin) + ", " + std::to_string(e.end) + ")";
}

std::optional<std::string> ToGb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, utf8.data(),
                static_cast<int32_t>(utf8.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::u16string utf16(static_cast<size_t>(length), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8(reinterpret_cast<UChar*>(utf16.data()), length, nullptr,
                utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;

  status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(
      ucnv_open("GB18030", &status), ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr,
                        nullptr, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  const UChar* src = reinterpret_cast<const UChar*>(utf16.data());
  int32_t needed = ucnv_fromUChars(conv.get(), nullptr, 0, src, length, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  ucnv_fromUChars(conv.get(), out.data(), needed, src, length, &status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::optional<std::string> ReadAll(const std::string& path) {
  std::string bytes, reason;
  if (!ReadRegularFile(path, kMaxDocumentBytes, &bytes, &reason))
    return std::nullopt;
  return bytes;
}

}  // namespace

std::optional<std::string> ApplyFixes(const std::string& text,
                                      const std::vector<Edit>& edits,
                                      std::string* error) {
  std::vector<const Edit*> order;
  for (const Edit& e : edits) {
    if (e.end < e.begin || e.end > text.size()) {
      SetError(error, "edit " + Range(e) + " is outside the text (" +
                          std::to_string(text.size()) + " bytes)");
      return std::nullopt;
    }
    if (Continuation(text, e.begin) || Continuation(text, e.end)) {
      SetError(error, "edit " + Range(e) + " splits a UTF-8 character");
      return std::nullopt;
    }
    order.push_back(&e);
  }
  std::stable_sort(order.begin(), order.end(), [](const Edit* a, const Edit* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
  });
  for (size_t i = 1; i < order.size(); ++i) {
    const Edit& prev = *order[i - 1];
    const Edit& cur = *order[i];
    if (cur.begin < prev.end || cur.begin == prev.begin) {
      SetError(error, "edits " + Range(prev) + " and " + Range(cur) +
                          " overlap; none applied");
      return std::nullopt;
    }
  }
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (const Edit* e : order) {
    out.append(text, pos, e->begin - pos);
    out += e->replacement;
    pos = e->end;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

std::optional<std::string> EncodeLike(const std::string& utf8,
                                      const std::string& encoding) {
  if (encoding == "UTF-8") return utf8;
  if (encoding == "UTF-8 BOM") return "\xEF\xBB\xBF" + utf8;
  if (encoding == "GB18030") return ToGb18030(utf8);
  return std::nullopt;
}

bool WriteFixedFile(const SourceText& source, const std::vector<Edit>& edits,
                    std::string* error) {
  std::string scratch;
  if (error == nullptr) error = &scratch;
  const std::string& path = source.path;
  if (path == "-") {
    *error = "standard input cannot be fixed in place";
    return false;
  }
  std::string why;
  std::optional<std::string> fixed = ApplyFixes(source.text, edits, &why);
  if (!fixed) {
    *error = path + ": " + why;
    return false;
  }
  std::optional<std::string> bytes = EncodeLike(*fixed, source.encoding);
  if (!bytes) {
    *error = path + ": the fixed text cannot be written as " + source.encoding;
    return false;
  }
  // The file must still be what the edits were computed against.
  std::optional<std::string> now = ReadAll(path);
  LoadResult again = now ? DecodeBytes(path, *now) : LoadResult(InputError{});
  const SourceText* current = std::get_if<SourceText>(&again);
  if (current == nullptr || current->text != source.text ||
      current->encoding != source.encoding) {
    *error = path + ": file changed or became unreadable since it was read; "
                    "not fixed";
    return false;
  }
  if (*bytes == *now) return true;  // nothing to change
  std::string write_error;
  if (!WriteFileAtomically(path, *bytes, &write_error)) {
    *error = "cannot apply fixes: " + write_error;
    return false;
  }
  return true;
}

}  // namespace factlint
