// Test helpers for the language server's runs against an archive index
// (CheckBuffer, src/cli/check_run.h): an index built in this process and a
// run's findings as comparable lines. Header only, for tests/*_test.cc.
#ifndef FACTLINT_TESTS_BUFFER_RUN_UTIL_H_
#define FACTLINT_TESTS_BUFFER_RUN_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/check_run.h"
#include "cli/index_command.h"

namespace factlint::testing {

// The run's diagnostics, one line each, with `from` read as `to` in paths.
inline std::vector<std::string> Summaries(const CheckRun& run, const std::string& from = "",
                                          const std::string& to = "") {
  auto path = [&](const std::string& p) { return p == from ? to : p; };
  std::vector<std::string> out;
  for (const std::vector<Diagnostic>& list : {run.input_errors, run.found.ToVector()}) {
    for (const Diagnostic& d : list) {
      std::string s = d.rule_id + " " + path(d.location.path) + ":" +
                      std::to_string(d.location.line) + ":" +
                      std::to_string(d.location.column) + " " + d.message;
      for (const Note& n : d.notes)
        s += " | " + path(n.location.path) + ":" + std::to_string(n.location.line) + ":" +
             std::to_string(n.location.column) + " " + n.message;
      out.push_back(s);
    }
  }
  return out;
}

// Indexes `archive` into `db` in this process: an index records the build
// of the program that wrote it, and a test binary is another build than
// factlint. `whole` is the run that reads the archive with --against.
inline void BuildIndexHere(const Options& whole, const RunSetup& whole_setup,
                           const std::vector<std::string>& archive, const std::string& db,
                           const std::string& rules_dir) {
  auto rules = RunCheckPipeline(whole, whole_setup, {archive.back()}, rules_dir);
  ASSERT_TRUE(rules);
  std::ostringstream out, err;
  ASSERT_EQ(RunIndex(archive, db, rules_dir, *rules->extractor, out, err, {},
                     rules->rules.get(), {rules_dir + "/facts"}),
            0)
      << err.str();
}

// The language server's reference run on the index `db`, as `lsp
// --against-db db` opens it; its setup goes to *setup, which the run refers
// to and must outlive it. Null when either cannot be loaded.
inline std::unique_ptr<CheckRun> LoadIndexedRun(const std::string& db, const std::string& rules_dir,
                                                std::optional<RunSetup>* setup) {
  Options indexed;
  indexed.no_config = true;
  indexed.against_db = {db};
  *setup = LoadRunSetup(indexed);
  if (!*setup) return nullptr;
  return LoadReferenceRun(indexed, **setup, rules_dir);
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_BUFFER_RUN_UTIL_H_
