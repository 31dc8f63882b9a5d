#include "lsp/server.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <tuple>

#include "lsp/debounce.h"
#include "lsp/hover.h"
#include "report/uri.h"
#include "text/line_index.h"

namespace factlint::lsp {
namespace {

constexpr char kSource[] = "factlint";

// A file path as a file:// URI.
std::string UriOf(const std::string& path) {
  return PathToUri(std::filesystem::absolute(path).lexically_normal().string(), "").uri;
}

json Position(uint32_t line, uint32_t character) {
  return {{"line", line}, {"character", character}};
}

std::tuple<int64_t, int64_t> Pos(const json& p) {
  return {p.at("line").get<int64_t>(), p.at("character").get<int64_t>()};
}

bool Overlaps(const json& a, const json& b) {
  return Pos(a.at("start")) <= Pos(b.at("end")) && Pos(b.at("start")) <= Pos(a.at("end"));
}

// Thrown for a request whose params lack what the method needs.
struct BadParams {
  std::string why;
};

const json& Need(const json& params, const char* key) {
  if (!params.is_object() || !params.contains(key))
    throw BadParams{std::string("params.") + key + " is missing"};
  return params.at(key);
}

std::string UriParam(const json& params) {
  const json& uri = Need(Need(params, "textDocument"), "uri");
  if (!uri.is_string()) throw BadParams{"params.textDocument.uri is not a string"};
  return uri.get<std::string>();
}

}  // namespace

int LspSeverity(Severity s) {
  switch (s) {
    case Severity::kError: return 1;
    case Severity::kWarning: return 2;
    case Severity::kNote: return 3;
  }
  return 1;
}

Server::Server(Checker* checker, std::chrono::milliseconds debounce)
    : checker_(checker), debounce_(debounce) {}

std::vector<json> Server::Handle(const json& message, Clock::time_point now) {
  std::vector<json> out;
  const bool valid = message.is_object() && message.value("jsonrpc", "") == "2.0";
  const bool has_id = valid && message.contains("id") &&
                      (message["id"].is_string() || message["id"].is_number_integer());
  const json id = has_id ? message["id"] : json(nullptr);
  if (!valid || !message.contains("method") || !message["method"].is_string()) {
    // A response to a request of ours (we send none) is ignored; anything
    // else is not a request.
    if (valid && message.contains("id") &&
        (message.contains("result") || message.contains("error")))
      return out;
    out.push_back(ErrorResponse(id, kInvalidRequest, "not a JSON-RPC 2.0 request"));
    return out;
  }
  const std::string method = message["method"];
  const bool request = message.contains("id");
  if (request && !has_id) {
    out.push_back(ErrorResponse(nullptr, kInvalidRequest, "id must be a number or string"));
    return out;
  }
  const json params = message.value("params", json(nullptr));

  if (method == "exit") {
    exited_ = true;
    return out;
  }
  if (!initialized_ && method != "initialize") {
    if (request)
      out.push_back(ErrorResponse(id, kServerNotInitialized,
                                  "the server is not initialized"));
    return out;
  }
  if (shutdown_) {
    if (request)
      out.push_back(ErrorResponse(id, kInvalidRequest,
                                  "the server is shut down; only exit is accepted"));
    return out;
  }
  try {
    json result;
    bool handled = true;
    if (method == "textDocument/didOpen") {
      DidOpen(params, now);
    } else if (method == "textDocument/didChange") {
      DidChange(params, now);
    } else {
      result = Dispatch(method, params, &handled);
    }
    out = std::move(pending_);
    pending_.clear();
    if (request) {
      if (handled)
        out.push_back(Response(id, std::move(result)));
      else
        out.push_back(ErrorResponse(id, kMethodNotFound, "unknown method " + method));
    }
  } catch (const BadParams& e) {
    pending_.clear();
    if (request) out.push_back(ErrorResponse(id, kInvalidParams, method + ": " + e.why));
  } catch (const json::exception& e) {
    pending_.clear();
    if (request)
      out.push_back(ErrorResponse(id, kInvalidParams, method + ": " + e.what()));
  }
  return out;
}

json Server::Dispatch(const std::string& method, const json& params, bool* handled) {
  if (method == "initialize") return Initialize(params);
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/didClose") DidClose(params);
  else if (method == "textDocument/codeAction") return CodeActions(params);
  else if (method == "textDocument/hover") return Hover(params);
  else if (method == "initialized" || method == "textDocument/didSave" ||
           method.rfind("$/", 0) == 0) {
    // Nothing to do: the buffer, not the saved file, is checked; requests
    // are answered in order, so there is nothing to cancel.
  } else {
    *handled = false;
  }
  return nullptr;
}

json Server::Initialize(const json& params) {
  if (initialized_) throw BadParams{"initialize was already received"};
  initialized_ = true;
  return {{"capabilities",
           {{"positionEncoding", "utf-16"},
            {"textDocumentSync", {{"openClose", true}, {"change", 1}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"hoverProvider", true}}},
          {"serverInfo", {{"name", kSource}, {"version", FACTLINT_VERSION}}}};
}

void Server::DidOpen(const json& params, Clock::time_point now) {
  const json& item = Need(params, "textDocument");
  std::string uri = UriParam(params);
  Open& doc = open_[uri];
  doc.path = FileUriToPath(uri).value_or("");
  doc.text = Need(item, "text").get<std::string>();
  doc.version = item.value("version", json(nullptr));
  doc.due = now;
}

void Server::DidChange(const json& params, Clock::time_point now) {
  std::string uri = UriParam(params);
  auto it = open_.find(uri);
  if (it == open_.end()) return;
  // Full synchronisation: the last change holds the whole text.
  const json& changes = Need(params, "contentChanges");
  if (!changes.is_array() || changes.empty()) return;
  it->second.text = Need(changes.back(), "text").get<std::string>();
  it->second.version = Need(params, "textDocument").value("version", json(nullptr));
  it->second.due = now + WaitAfterChange(it->second.check_time, debounce_);
}

void Server::DidClose(const json& params) {
  std::string uri = UriParam(params);
  if (open_.erase(uri))
    pending_.push_back(Notification("textDocument/publishDiagnostics",
                                    {{"uri", uri}, {"diagnostics", json::array()}}));
}

std::vector<json> Server::RunDue(Clock::time_point now) {
  std::vector<json> out;
  if (shutdown_ || exited_) return out;
  for (auto& [uri, doc] : open_)
    if (doc.due && *doc.due <= now) out.push_back(Publish(uri, &doc));
  return out;
}

std::optional<Server::Clock::time_point> Server::NextDue() const {
  std::optional<Clock::time_point> next;
  if (shutdown_ || exited_) return next;
  for (const auto& [uri, doc] : open_)
    if (doc.due && (!next || *doc.due < *next)) next = doc.due;
  return next;
}

json Server::Publish(const std::string& uri, Open* doc) {
  doc->due.reset();
  doc->checked_text = doc->text;
  doc->lines = std::make_shared<LineIndex>(doc->checked_text);
  doc->diagnostics.clear();
  if (!doc->path.empty()) {
    const Clock::time_point start = Clock::now();
    doc->diagnostics = checker_->Check(doc->path, doc->text);
    doc->check_time = Clock::now() - start;
  }
  json list = json::array();
  for (const Diagnostic& d : doc->diagnostics) list.push_back(ToLsp(d, uri, *doc));
  json params = {{"uri", uri}, {"diagnostics", std::move(list)}};
  if (doc->version.is_number_integer()) params["version"] = doc->version;
  return Notification("textDocument/publishDiagnostics", std::move(params));
}

std::optional<std::string> Server::LineText(const std::string& path, uint32_t line,
                                            const Open& doc) {
  if (path == doc.path) {
    if (!doc.lines || line > doc.lines->line_count()) return std::nullopt;
    return std::string(doc.lines->Line(line));
  }
  return checker_->LineOf(path, line);
}

json Server::Range(const Location& l, const std::string& uri, const Open& doc) {
  if (!l.has_region()) return {{"start", Position(0, 0)}, {"end", Position(0, 0)}};
  auto at = [&](uint32_t line, uint32_t column) {
    std::optional<std::string> text = LineText(l.path, line, doc);
    column = std::max<uint32_t>(column, 1);
    uint32_t character = text ? ConvertColumn(*text, column, ColumnUnit::kUtf16) : column;
    return Position(line - 1, std::max<uint32_t>(character, 1) - 1);
  };
  json start = at(l.line, l.column);
  json end = l.end_line > 0 ? at(l.end_line, l.end_column) : start;
  return {{"start", start}, {"end", end}};
}

json Server::ToLsp(const Diagnostic& d, const std::string& uri, const Open& doc) {
  json out = {{"range", Range(d.location, uri, doc)},
              {"severity", LspSeverity(d.severity)},
              {"code", d.rule_id},
              {"source", kSource},
              {"message", d.message}};
  json related = json::array();
  for (const Note& n : d.notes) {
    if (n.location.path.empty()) continue;
    std::string note_uri = n.location.path == doc.path ? uri : UriOf(n.location.path);
    related.push_back({{"location", {{"uri", note_uri}, {"range", Range(n.location, uri, doc)}}},
                       {"message", n.message}});
  }
  if (!related.empty()) out["relatedInformation"] = std::move(related);
  return out;
}

json Server::CodeActions(const json& params) {
  std::string uri = UriParam(params);
  const json& range = Need(params, "range");
  auto it = open_.find(uri);
  json actions = json::array();
  if (it == open_.end()) return actions;
  Open& doc = it->second;
  if (doc.text != doc.checked_text || doc.due) pending_.push_back(Publish(uri, &doc));
  for (const Diagnostic& d : doc.diagnostics) {
    json edits = json::array();
    std::string replacement;
    for (const FixIt& f : d.fixits) {
      if (f.location.path != doc.path || !f.location.has_region()) continue;
      edits.push_back({{"range", Range(f.location, uri, doc)}, {"newText", f.replacement}});
      replacement = f.replacement;
    }
    if (edits.empty()) continue;
    json lsp = ToLsp(d, uri, doc);
    if (!Overlaps(lsp["range"], range)) continue;
    actions.push_back({{"title", "Replace with " + replacement + " (canonical fact)"},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", json::array({lsp})},
                       {"edit", {{"changes", {{uri, edits}}}}}});
  }
  return actions;
}

json Server::Hover(const json& params) {
  std::string uri = UriParam(params);
  auto [line0, character0] = Pos(Need(params, "position"));
  auto it = open_.find(uri);
  if (it == open_.end() || it->second.path.empty()) return nullptr;
  Open& doc = it->second;
  if (doc.text != doc.checked_text || doc.due) pending_.push_back(Publish(uri, &doc));
  const LineIndex& lines = *doc.lines;
  if (line0 < 0 || character0 < 0 || line0 >= lines.line_count()) return nullptr;
  const uint32_t line = static_cast<uint32_t>(line0) + 1;
  uint32_t byte = ColumnToByteOffset(lines.Line(line), static_cast<uint32_t>(character0) + 1,
                                     ColumnUnit::kUtf16);
  uint32_t column = lines.Position(lines.LineStart(line) + byte).column;
  std::vector<ClaimExplanation> claims =
      checker_->Explain(doc.path, doc.checked_text, line, column);
  if (claims.empty()) return nullptr;
  std::string markdown;
  for (const ClaimExplanation& c : claims)
    markdown += (markdown.empty() ? "" : "\n---\n") + HoverMarkdown(c);
  return {{"contents", {{"kind", "markdown"}, {"value", markdown}}},
          {"range", Range(claims.front().claim.location, uri, doc)}};
}

}  // namespace factlint::lsp
