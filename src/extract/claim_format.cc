#include "extract/claim_format.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

#include "text/line_index.h"

namespace factlint {
namespace {

std::string Number(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

nlohmann::ordered_json JsonNumber(double v) {
  if (std::isinf(v) || std::isnan(v)) return nullptr;
  return v;
}

std::string Dump(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view SliceView(std::string_view s, Span span) {
  if (span.begin > span.end || span.end > s.size()) return "";
  return s.substr(span.begin, span.size());
}

std::string TimeText(const TimeRef& t) {
  if (!t.known()) return "-";
  std::string s = std::to_string(t.from_year);
  if (t.to_year != t.from_year) s += "-" + std::to_string(t.to_year);
  if (!t.part.empty()) s += " " + t.part.str();
  return s + " " + TimeOriginName(t.origin);
}

std::string Pad(const std::string& s, int width) {
  int w = DisplayWidth(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

}  // namespace

std::string FormatInterval(const Interval& v) {
  if (v.lo == v.hi && v.lo_closed && v.hi_closed) return Number(v.lo);
  return std::string(v.lo_closed ? "[" : "(") + Number(v.lo) + ", " +
         Number(v.hi) + (v.hi_closed ? "]" : ")");
}

void WriteClaimsJsonl(const std::string& path, const SourceText& source,
                      std::string_view normalized_text,
                      const Extraction& extraction, std::ostream& out) {
  WriteClaimsJsonl(path, source, normalized_text, extraction, LineIndex(source.text), out);
}

void WriteClaimsJsonl(const std::string& path, const SourceText& source,
                      std::string_view normalized_text, const Extraction& extraction,
                      const LineIndex& index, std::ostream& out) {
  // The path is the same on every line: escaped once.
  const std::string json_path = Dump(path);
  std::string line;
  // nlohmann's own serializer, as dump uses it, writes every value straight
  // into the line; the strings go through one string value whose room is
  // reused, rather than a new value, serializer and string for each.
  nlohmann::detail::serializer<nlohmann::ordered_json> json(
      nlohmann::detail::output_adapter<char, std::string>(line), ' ',
      nlohmann::json::error_handler_t::replace);
  nlohmann::ordered_json text = std::string();
  std::string& text_value = text.get_ref<std::string&>();
  for (const Claim& c : extraction.claims) {
    uint32_t b = std::min<uint32_t>(c.source_span.begin, source.text.size());
    uint32_t e = std::min<uint32_t>(c.source_span.end, source.text.size());
    LinePosition start = index.Position(b);
    LinePosition end = index.Position(std::max(b, e));
    // The object nlohmann would dump, key by key in the same order. Strings
    // and non-integral numbers are dumped by nlohmann itself (escaped,
    // printed as before); integers, booleans and null are written as
    // nlohmann writes them, without building a json value for each.
    line.assign("{");
    auto key = [&](const char* k) {
      if (line.back() != '{') line += ',';
      line += '"';
      line += k;
      line += "\":";
    };
    auto put = [&](const char* k, const nlohmann::ordered_json& value) {
      key(k);
      json.dump(value, false, false, 0);
    };
    auto put_text = [&](const char* k, std::string_view value) {
      key(k);
      text_value.assign(value);
      json.dump(text, false, false, 0);
    };
    auto put_raw = [&](const char* k, std::string_view text) {
      key(k);
      line += text;
    };
    auto put_bool = [&](const char* k, bool v) { put_raw(k, v ? "true" : "false"); };
    auto put_int = [&](const char* k, long long v) { put_raw(k, std::to_string(v)); };
    auto put_year = [&](const char* k, int y) {
      if (y == 0) put_raw(k, "null");
      else put_int(k, y);
    };
    auto open = [&](const char* k) {
      line += ",\"";
      line += k;
      line += "\":{";
    };
    put_raw("path", json_path);
    put_int("line", start.line);
    put_int("column", start.column);
    put_int("end_line", end.line);
    put_int("end_column", end.column);
    put_text("surface", c.surface);
    put_text("kind", ClaimKindName(c.kind));
    open("value");
    put("lo", JsonNumber(c.value.lo));
    put("hi", JsonNumber(c.value.hi));
    put_bool("lo_closed", c.value.lo_closed);
    put_bool("hi_closed", c.value.hi_closed);
    line += '}';
    put_text("dimension", c.dimension);
    put_text("unit", c.unit);
    put_text("qualifier", QualifierName(c.qualifier));
    open("time");
    put_year("from", c.time.from_year);
    put_year("to", c.time.to_year);
    put_text("origin", c.time.set() ? TimeOriginName(c.time.origin) : "");
    put_text("part", c.time.part);
    line += '}';
    put_text("change", DirectionName(c.change));
    put_bool("annual", c.annual);
    put_bool("real", c.real);
    put_bool("subjectless", c.subjectless);
    put_bool("cumulative", c.cumulative);
    put_year("base_year", c.base_year);
    put_bool("target", c.target);
    put_bool("forecast", c.forecast);
    put_text("scope", c.scope);
    put_bool("identifier", c.identifier);
    put_text("subject", c.subject);
    put_bool("subject_elsewhere", c.subject_elsewhere);
    key("context");
    line += '[';  // an array of strings, as nlohmann writes it
    for (size_t k = 0; k < c.context.size(); ++k) {
      if (k > 0) line += ',';
      text_value.assign(c.context[k].view());
      json.dump(text, false, false, 0);
    }
    line += ']';
    put_text("sentence", SliceView(normalized_text, c.sentence));
    line += "}\n";
    out << line;
  }
}

void WriteClaimsText(const std::string& path, const SourceText& source,
                     const Extraction& extraction, std::ostream& out) {
  LineIndex index(source.text);
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"position", "surface", "kind", "value", "dimension", "time",
                  "flags", "subject"});
  for (const Claim& c : extraction.claims) {
    LinePosition p = index.Position(
        std::min<uint32_t>(c.source_span.begin, source.text.size()));
    std::string flags;
    if (c.identifier) flags += "I";
    if (c.target) flags += "T";
    if (c.change == Direction::kUp) flags += "+";
    if (c.change == Direction::kDown) flags += "-";
    if (c.annual) flags += "A";
    if (c.real) flags += "R";
    if (c.cumulative) flags += "C";
    if (c.base_year != 0) flags += "B" + std::to_string(c.base_year);
    if (flags.empty()) flags = "-";
    rows.push_back({path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column),
                    c.surface, ClaimKindName(c.kind), FormatInterval(c.value),
                    c.dimension.empty() ? "-" : c.dimension, TimeText(c.time),
                    flags, c.subject.empty() ? "-" : c.subject});
  }
  std::vector<int> widths(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
    }
  }
  out << "# " << path << ": document date " << extraction.date.ToString();
  if (!extraction.date.origin.empty()) out << " (" << extraction.date.origin << ")";
  out << ", " << extraction.claims.size() << " claims\n";
  for (const auto& row : rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += i + 1 == row.size() ? row[i] : Pad(row[i], widths[i]) + "  ";
    }
    out << line << "\n";
  }
}

}  // namespace factlint
