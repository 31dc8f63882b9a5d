// Test-only helpers for the check tests (header only: every .cc in this
// directory that is not a *_test.cc goes into the library). CheckHarness
// builds Documents from in-memory texts with the real Extractor and fact
// rules (FACTLINT_SOURCE_DIR/rules), groups their facts and runs one check
// by rule id, or all of them through RunChecks.
#ifndef FACTLINT_CHECK_CHECK_TEST_UTIL_H_
#define FACTLINT_CHECK_CHECK_TEST_UTIL_H_

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "check/check.h"
#include "check/registry.h"
#include "engine/document.h"
#include "engine/engine_test_util.h"
#include "engine/fact_groups.h"
#include "engine/fact_rules.h"
#include "extract/extractor.h"
#include "text/source.h"

namespace factlint {
namespace check_test {

using engine_test::RulesDir;

// The real extractor and fact rules, loaded once per test binary.
using engine_test::TheExtractor;
using engine_test::TheFactRules;

// The message catalogue of `language` (rules/messages/LANG.toml), loaded
// once per language; a load failure aborts with the reason.
inline const Messages& TheMessages(const std::string& language = "en") {
  static std::map<std::string, Messages>* loaded = new std::map<std::string, Messages>;
  auto it = loaded->find(language);
  if (it == loaded->end()) {
    std::string error;
    std::optional<Messages> m = Messages::Load(Messages::PathOf(RulesDir(), language), &error);
    if (!m) {
      std::cerr << "cannot load messages: " << error << "\n";
      std::abort();
    }
    it = loaded->emplace(language, std::move(*m)).first;
  }
  return it->second;
}

// A Markdown document dated by front matter; the body starts on line 5.
inline std::string Dated(std::string_view date, std::string_view body) {
  return "---\ndate: " + std::string(date) + "\n---\n\n" + std::string(body);
}

// Where the n-th (0-based) occurrence of `needle` starts in `text`: 1-based
// line and code-point column, as Location reports them. {0, 0} if absent.
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

inline Position PositionOf(std::string_view text, std::string_view needle,
                           int occurrence = 0) {
  size_t at = text.find(needle);
  while (at != std::string_view::npos && occurrence-- > 0)
    at = text.find(needle, at + 1);
  if (at == std::string_view::npos) return {};
  Position p{1, 1};
  for (size_t i = 0; i < at; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++p.column;
    }
  }
  return p;
}

inline Position PositionOf(const Location& l) { return {l.line, l.column}; }

inline std::ostream& operator<<(std::ostream& out, const Position& p) {
  return out << p.line << ":" << p.column;
}

class CheckHarness {
 public:
  // Adds a document; `target` false makes it an --against reference.
  // Paths ending in .md are read as Markdown (front matter dates them).
  CheckHarness& Add(const std::string& path, const std::string& text,
                    bool target = true) {
    SourceText source;
    source.path = path;
    source.text = text;
    source.encoding = "UTF-8";
    source.markdown = path.size() >= 3 && path.substr(path.size() - 3) == ".md";
    auto doc = BuildDocument(std::move(source), TheExtractor());
    doc->target = target;
    doc->order = docs_.size();
    docs_.push_back(std::move(doc));
    grouped_ = false;
    return *this;
  }
  CheckHarness& AddReference(const std::string& path, const std::string& text) {
    return Add(path, text, /*target=*/false);
  }

  const Documents& docs() const { return docs_; }
  // For tests that alter an extracted claim to reach a branch the real
  // extractor cannot (call before facts(), context() or Run()).
  Document& mutable_doc(size_t i) {
    grouped_ = false;
    return *docs_[i];
  }
  const std::vector<FactGroup>& facts() {
    Group();
    return facts_;
  }
  CheckContext context() {
    Group();
    CheckContext ctx{docs_, facts_, TheExtractor().lexicon()};
    ctx.units = &TheExtractor().scanner().units();
    ctx.messages = &TheMessages(language_);
    return ctx;
  }
  // Findings are worded in `language` (default "en").
  CheckHarness& Language(std::string language) {
    language_ = std::move(language);
    return *this;
  }

  // Diagnostics of the check with this rule id, as it reports them (no
  // target filtering, no sorting). Empty if no check has the id.
  std::vector<Diagnostic> Run(std::string_view rule_id) {
    std::vector<Diagnostic> out;
    const Check* check = Find(rule_id);
    if (!check) {
      ADD_FAILURE() << "no check has rule id " << rule_id;
      return out;
    }
    check->Run(context(), [&](Diagnostic&& d) { out.push_back(std::move(d)); });
    return out;
  }

  // Every check through RunChecks (target filtering and sorting).
  std::vector<Diagnostic> RunAll() { return RunChecks(context()).ToVector(); }

  static const Check* Find(std::string_view rule_id) {
    for (const auto& check : AllChecks())
      if (check->info().id == rule_id) return check.get();
    return nullptr;
  }

  // The claim of document `doc` whose surface is `surface` (n-th such).
  std::optional<ClaimRef> FindClaim(uint32_t doc, std::string_view surface,
                                    int occurrence = 0) const {
    const auto& claims = docs_[doc]->extraction.claims;
    for (uint32_t i = 0; i < claims.size(); ++i)
      if (claims[i].surface == surface && occurrence-- == 0)
        return ClaimRef{doc, i};
    return std::nullopt;
  }

  // The group holding `ref`, or nullptr.
  const FactGroup* GroupOf(const ClaimRef& ref) {
    for (const FactGroup& g : facts())
      for (const ClaimRef& r : g.claims)
        if (r == ref) return &g;
    return nullptr;
  }

  // One line per claim and group, for failure messages.
  std::string Dump() {
    std::string s;
    for (uint32_t d = 0; d < docs_.size(); ++d) {
      const Document& doc = *docs_[d];
      s += doc.source.path + " (date " + doc.extraction.date.ToString() + ")\n";
      for (uint32_t i = 0; i < doc.extraction.claims.size(); ++i) {
        const Claim& c = doc.extraction.claims[i];
        s += "  [" + std::to_string(i) + "] " + c.surface.str() + " dim=" +
             c.dimension.str() + " kind=" + ClaimKindName(c.kind) +
             " time=" + std::to_string(c.time.from_year) + "-" +
             std::to_string(c.time.to_year) + "/" + TimeOriginName(c.time.origin) +
             " change=" + DirectionName(c.change) +
             (c.target ? " target" : "") + (c.identifier ? " identifier" : "") +
             "\n";
      }
    }
    for (const FactGroup& g : facts()) {
      s += "group " + g.fact_id + " \"" + g.title + "\":";
      for (const ClaimRef& r : g.claims)
        s += " " + std::to_string(r.doc) + "/" + std::to_string(r.claim) +
             "(" + docs_[r.doc]->extraction.claims[r.claim].surface.str() + ")";
      s += "\n";
    }
    return s;
  }

 private:
  void Group() {
    if (grouped_) return;
    facts_ = GroupFacts(docs_, &TheFactRules());
    grouped_ = true;
  }

  Documents docs_;
  std::vector<FactGroup> facts_;
  bool grouped_ = false;
  std::string language_ = "en";
};

// Success when the claims with these surfaces (first occurrence in docs
// `doc_a` and `doc_b`) exist and are grouped as one fact, so that a silent
// check means "agrees", not "never compared".
inline ::testing::AssertionResult SameFact(CheckHarness& h, uint32_t doc_a,
                                           std::string_view a, uint32_t doc_b,
                                           std::string_view b) {
  auto ra = h.FindClaim(doc_a, a);
  auto rb = h.FindClaim(doc_b, b);
  if (!ra || !rb)
    return ::testing::AssertionFailure()
           << "claim " << (ra ? b : a) << " not extracted\n" << h.Dump();
  const FactGroup* g = h.GroupOf(*ra);
  if (!g || g != h.GroupOf(*rb))
    return ::testing::AssertionFailure()
           << a << " and " << b << " are not one fact\n" << h.Dump();
  return ::testing::AssertionSuccess();
}

// Diagnostics of `all` with this rule id.
inline std::vector<Diagnostic> WithRule(const std::vector<Diagnostic>& all,
                                        std::string_view rule_id) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : all)
    if (d.rule_id == rule_id) out.push_back(d);
  return out;
}

// "path:line:col: message [rule]" plus notes, for failure messages.
inline std::string Describe(const std::vector<Diagnostic>& all) {
  std::string s;
  for (const Diagnostic& d : all) {
    s += d.location.path + ":" + std::to_string(d.location.line) + ":" +
         std::to_string(d.location.column) + ": " + d.message + " [" +
         d.rule_id + "]\n";
    for (const Note& n : d.notes)
      s += "  note " + n.location.path + ":" + std::to_string(n.location.line) +
           ":" + std::to_string(n.location.column) + ": " + n.message + "\n";
  }
  return s.empty() ? "(no diagnostics)\n" : s;
}

}  // namespace check_test
}  // namespace factlint

#endif  // FACTLINT_CHECK_CHECK_TEST_UTIL_H_
