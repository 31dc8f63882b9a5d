#include "diag/baseline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "diag/read_file.h"

namespace factlint {
namespace {

using Key = std::tuple<std::string, std::string, bool, std::string>;

// rule, path, whether matched by fingerprint, fingerprint or message.
Key KeyOf(const std::string& rule, const std::string& path,
          const std::string& fingerprint, const std::string& message) {
  bool by_fingerprint = !fingerprint.empty();
  return {rule, path, by_fingerprint, by_fingerprint ? fingerprint : message};
}

bool Text(const nlohmann::json& entry, const char* field, bool required,
          size_t index, std::string* out, std::string* error) {
  auto it = entry.find(field);
  if (it == entry.end()) {
    if (!required) return true;
    *error = "finding " + std::to_string(index) + " has no \"" + field + "\"";
    return false;
  }
  if (!it->is_string()) {
    *error = "finding " + std::to_string(index) + ": \"" + field +
             "\" must be a string";
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

}  // namespace

std::string WriteBaseline(const DiagnosticList& diagnostics) {
  std::vector<BaselineEntry> entries;
  entries.reserve(diagnostics.size());
  for (const Diagnostic& d : diagnostics)
    entries.push_back({d.rule_id, d.location.path, d.fingerprint, d.message});
  std::sort(entries.begin(), entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) {
              return std::tie(a.path, a.rule, a.fingerprint, a.message) <
                     std::tie(b.path, b.rule, b.fingerprint, b.message);
            });
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : entries) {
    nlohmann::ordered_json j;
    j["rule"] = e.rule;
    j["path"] = e.path;
    j["fingerprint"] = e.fingerprint;
    j["message"] = e.message;
    findings.push_back(std::move(j));
  }
  nlohmann::ordered_json root;
  root["factlint_baseline"] = kBaselineVersion;
  root["findings"] = std::move(findings);
  // Invalid UTF-8 in a message must not throw: replace it.
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

std::optional<Baseline> ParseBaseline(std::string_view json,
                                      std::string* error) {
  std::string scratch;
  if (!error) error = &scratch;
  nlohmann::json root = nlohmann::json::parse(json, nullptr, false);
  if (root.is_discarded()) {
    *error = "not a factlint baseline: malformed JSON";
    return std::nullopt;
  }
  auto version = root.is_object() ? root.find("factlint_baseline")
                                  : root.end();
  if (!root.is_object() || version == root.end()) {
    *error = "not a factlint baseline: no \"factlint_baseline\" version";
    return std::nullopt;
  }
  if (!version->is_number_integer() ||
      version->get<int64_t>() != kBaselineVersion) {
    *error = "baseline version " + version->dump() +
             " is not supported (this factlint reads version " +
             std::to_string(kBaselineVersion) + "); record it again with "
             "this version";
    return std::nullopt;
  }
  auto findings = root.find("findings");
  if (findings == root.end() || !findings->is_array()) {
    *error = "baseline has no \"findings\" array";
    return std::nullopt;
  }
  Baseline baseline;
  for (size_t i = 0; i < findings->size(); ++i) {
    const nlohmann::json& entry = (*findings)[i];
    if (!entry.is_object()) {
      *error = "finding " + std::to_string(i) + " is not an object";
      return std::nullopt;
    }
    BaselineEntry e;
    if (!Text(entry, "rule", true, i, &e.rule, error) ||
        !Text(entry, "path", true, i, &e.path, error) ||
        !Text(entry, "fingerprint", false, i, &e.fingerprint, error) ||
        !Text(entry, "message", false, i, &e.message, error))
      return std::nullopt;
    if (e.fingerprint.empty() && e.message.empty()) {
      *error = "finding " + std::to_string(i) +
               " has neither a fingerprint nor a message";
      return std::nullopt;
    }
    baseline.findings.push_back(std::move(e));
  }
  return baseline;
}

std::optional<Baseline> ReadBaseline(const std::string& path,
                                     std::string* error) {
  std::string scratch;
  if (!error) error = &scratch;
  std::string text, reason;
  if (!ReadWholeFile(path, &text, &reason)) {
    *error = path + ": cannot read baseline: " + reason;
    return std::nullopt;
  }
  std::optional<Baseline> baseline = ParseBaseline(text, error);
  if (!baseline) *error = path + ": " + *error;
  return baseline;
}

void FilterBaseline(const Baseline& baseline, DiagnosticList* diagnostics) {
  std::map<Key, int> budget;
  for (const BaselineEntry& e : baseline.findings)
    ++budget[KeyOf(e.rule, e.path, e.fingerprint, e.message)];
  auto take = [&](const Key& key) {
    auto it = budget.find(key);
    if (it == budget.end() || it->second == 0) return false;
    --it->second;
    return true;
  };
  // First the findings as recorded; then a finding between two statements
  // recorded at its other side (reported in the other file when the files
  // come in another order).
  std::vector<bool> known(diagnostics->size(), false);
  for (size_t i = 0; i < diagnostics->size(); ++i) {
    const Diagnostic d = (*diagnostics)[i];
    known[i] = take(KeyOf(d.rule_id, d.location.path, d.fingerprint, d.message));
  }
  for (size_t i = 0; i < diagnostics->size(); ++i) {
    if (known[i]) continue;
    const Diagnostic d = (*diagnostics)[i];
    if (d.notes.size() != 1 || d.notes[0].fingerprint.empty()) continue;
    known[i] = take(KeyOf(d.rule_id, d.notes[0].location.path, d.notes[0].fingerprint, ""));
  }
  diagnostics->KeepIf([&](size_t i) { return !known[i]; });
}

}  // namespace factlint
