#include "cli/check_run.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "base/file_identity.h"
#include "base/phase_log.h"
#include "check/index_periods.h"
#include "check/registry.h"
#include "cli/index_command.h"
#include "cli/path_globs.h"
#include "cli/run_support.h"
#include "diag/suppression.h"
#include "engine/load_documents.h"
#include "engine/generic_match.h"
#include "extract/unit_table.h"
#include "text/loader.h"

namespace factlint {
namespace {

// Drops the groups without a target claim: every check reports at a target
// claim, from the groups holding it (docs/archive-index.md), so the others
// cannot change what a run reports.
void KeepTargetGroups(const Documents& docs, std::vector<FactGroup>* facts) {
  std::erase_if(*facts, [&](const FactGroup& g) {
    return std::none_of(g.claims.begin(), g.claims.end(),
                        [&](const ClaimRef& r) { return docs[r.doc]->target; });
  });
}

}  // namespace

std::optional<RunSetup> LoadRunSetup(const Options& o) {
  std::optional<Config> config = LoadRunConfig(o);
  if (!config) return std::nullopt;
  RunSetup setup;
  setup.config = std::move(*config);
  setup.config.ApplySeverities(&setup.severities);
  for (const RuleInfo& r : AllRuleInfos()) setup.known_rules.insert(r.id);
  for (const std::string& spec : o.severities) {
    std::string rule = spec.substr(0, spec.find('='));
    if (!setup.known_rules.count(rule)) {
      std::cerr << "factlint: error: --severity: unknown rule id '" << rule
                << "'\n";
      return std::nullopt;
    }
    if (rule.rfind("input-", 0) == 0) {
      std::cerr << "factlint: error: --severity: '" << rule
                << "' is an input problem; the run cannot be trusted, so it "
                   "stays an error\n";
      return std::nullopt;
    }
    std::string error = setup.severities.AddOverride(spec);
    if (!error.empty()) {
      std::cerr << "factlint: error: --severity: " << error << "\n";
      return std::nullopt;
    }
  }
  setup.lang = o.lang.empty() ? setup.config.lang : o.lang;
  setup.fail_on = setup.config.fail_on.value_or(FailOn::kError);
  if (!o.fail_on.empty()) setup.fail_on = *ParseFailOn(o.fail_on);
  setup.jobs = ResolveJobs(o, setup.config);
  return setup;
}

std::string RunLanguage(const RunSetup& setup, const std::string& rules_dir) {
  if (!setup.lang.empty()) return setup.lang;
  const std::string locale = MessagesLocaleLanguage();
  std::error_code ec;
  if (!locale.empty() && std::filesystem::exists(Messages::PathOf(rules_dir, locale), ec))
    return locale;
  return "en";
}

CheckContext CheckRun::context() const {
  CheckContext ctx{docs, facts, extractor->lexicon()};
  ctx.same_time_window_days = same_time_window_days;
  if (canonical) ctx.canonical = &*canonical;
  ctx.units = &extractor->scanner().units();
  if (quotation) ctx.quotation = &*quotation;
  if (index_weights || read_weights) ctx.weights = &weights();
  ctx.messages = &*messages;
  return ctx;
}

namespace {

// The directories of the run's fact rules: the shipped ones and the
// configuration's.
std::vector<std::string> RuleDirs(const RunSetup& setup, const std::string& rules_dir) {
  std::vector<std::string> dirs = {rules_dir + "/facts"};
  dirs.insert(dirs.end(), setup.config.rules.begin(), setup.config.rules.end());
  return dirs;
}

// The extractor, fact rules and canonical facts of a run; false after
// printing an error.
bool LoadRunRules(const Options& o, const RunSetup& setup,
                  const std::string& rules_dir, CheckRun* run) {
  run->extractor = LoadExtractor(rules_dir);
  if (!run->extractor) return false;
  const std::string lang = RunLanguage(setup, rules_dir);
  const std::string catalogue = Messages::PathOf(rules_dir, lang);
  std::error_code exists_ec;
  if (!std::filesystem::exists(catalogue, exists_ec)) {
    std::cerr << "factlint: error: no messages in language '" << lang << "' ("
              << catalogue << " does not exist)\n";
    return false;
  }
  std::string messages_error;
  run->messages = Messages::Load(catalogue, &messages_error);
  if (!run->messages) {
    std::cerr << "factlint: error: " << messages_error << "\n";
    return false;
  }
  run->rules = LoadFactRules(RuleDirs(setup, rules_dir), rules_dir, o);
  if (!run->rules) return false;
  std::error_code ec;
  if (std::filesystem::exists(rules_dir + "/quotation.toml", ec)) {
    std::string error;
    run->quotation = LoadQuotationRules(rules_dir + "/quotation.toml", &error);
    if (!run->quotation) {
      std::cerr << "factlint: error: " << error << "\n";
      return false;
    }
  }
  run->facts_path = o.facts.empty() ? setup.config.facts : o.facts;
  if (!run->facts_path.empty()) {
    std::vector<Diagnostic> errors;
    run->canonical = LoadCanonicalFacts(run->facts_path, *run->rules,
                                        run->extractor->scanner(), &errors);
    if (!run->canonical) {
      PrintFileErrors(errors, o);
      return false;
    }
  }
  if (setup.config.same_time_window_days)
    run->same_time_window_days = *setup.config.same_time_window_days;
  return true;
}

// How one --against-db index is read (several are always read whole).
enum class IndexReading {
  kSubset,     // the documents of the loaded documents' keys
  kPerBuffer,  // opened now, read by CheckBuffer for each buffer's keys
};

// Appends the reference material (against, --against, --against-db) to
// run->docs; false after printing an error.
bool LoadReference(const Options& o, const RunSetup& setup,
                   const std::string& rules_dir, IndexReading reading, CheckRun* run) {
  std::vector<std::string> against = ExpandPathGlobs(o.against);
  against.insert(against.end(), setup.config.against.begin(),
                 setup.config.against.end());
  if (!CheckPathDates(setup.config, against, o, Inputs::kReference)) return false;
  LoadOptions reference = MakeLoadOptions(setup.config, Inputs::kReference);
  if (!o.stdin_filename.empty()) reference.stdin_name = o.stdin_filename;
  reference.jobs = setup.jobs;
  reference.progress = setup.progress;
  std::vector<std::string> against_db = o.against_db;
  against_db.insert(against_db.end(), setup.config.against_db.begin(),
                    setup.config.against_db.end());
  LoadDocuments(against, /*target=*/setup.report_on_reference, *run->extractor, &run->docs,
                &run->input_errors, reference);
  // One index: only the documents the groups of the targets' (and
  // --against's) claims need are read, with the index's word counts for
  // generic matching, and only the groups holding a target claim are
  // checked (docs/archive-index.md). Several: every stored document.
  // A subset only for a run whose targets are reported on alone (not a
  // history of the reference material itself); the language server reads
  // it per buffer.
  std::optional<WordWeights>& weights = run->index_weights;
  const bool one_index = !setup.report_on_reference && against_db.size() == 1;
  if (one_index && reading == IndexReading::kPerBuffer) {
    std::string error;
    run->buffer_index = OpenIndexForGroups(against_db.front(), rules_dir,
                                           RuleDirs(setup, rules_dir), &error, run->rules.get());
    if (!run->buffer_index) {
      std::cerr << "factlint: error: " << error << "\n";
      return false;
    }
    run->buffer_index_load = reference;
  } else if (one_index && reading == IndexReading::kSubset) {
    weights.emplace(GenericWeights(run->docs));
    // The takes of the documents from disk, matched for their keys, and
    // those the index stored for the documents it reads, are kept in
    // run->rule_matches for grouping: no document is matched twice, and no
    // stored one at all.
    std::set<std::string> keys =
        DraftSelection(run->docs, run->rules.get(), &run->extractor->scanner().units(),
                       run->same_time_window_days, &run->rule_matches);
    std::string error;
    if (!AppendIndexedGroups(against_db.front(), rules_dir, RuleDirs(setup, rules_dir), keys,
                             &run->docs, &*weights, &error, reference,
                             &run->unread_reference, run->rules.get(),
                             &run->rule_matches)) {
      std::cerr << "factlint: error: " << error << "\n";
      return false;
    }
  } else {
    for (const std::string& db : against_db) {
      std::string error;
      if (!AppendIndexedDocuments(db, rules_dir, /*target=*/setup.report_on_reference,
                                  &run->docs, &error, reference)) {
        std::cerr << "factlint: error: " << error << "\n";
        return false;
      }
    }
  }
  return true;
}

// Groups the documents of the run and checks them: number problems,
// findings, severities and suppressions.
void FinishRun(const RunSetup& setup, CheckRun* run) {
  PhaseLog phases;
  // The index's weights, or those of the documents read; grouping and the
  // checks (fact-unit) weigh words with the same ones, computed once.
  const bool from_index = run->index_weights.has_value();
  if (!from_index) run->read_weights = GenericWeights(run->docs);
  // With the index's weights only the target groups are kept (below).
  // With an index, the takes of every document are in rule_matches
  // already (LoadReference, ReadBufferSubset): those of the documents read
  // from disk, matched once, and the index's stored takes of the others.
  run->facts = GroupFacts(run->docs, run->rules.get(), &run->weights(),
                          run->keep_reference_work || from_index ? &run->rule_matches : nullptr,
                          /*target_groups_only=*/from_index, setup.match_reasons);
  phases.Mark("group");
  LogCount("groups", static_cast<long long>(run->facts.size()));
  if (from_index) {
    LogCount("fact rules: documents matched", static_cast<long long>(run->rule_matches.matched()));
    LogCount("fact rules: stored takes used", static_cast<long long>(run->rule_matches.put()));
  }
  if (from_index) KeepTargetGroups(run->docs, &run->facts);
  LogCount("groups checked", static_cast<long long>(run->facts.size()));
  // A figure too large to be read (1 followed by hundreds of 万, hundreds
  // of digits) is not a claim: the extraction lists it among its problems
  // (extractor.h) so that it can neither agree nor disagree by accident.
  // The run says it cannot check it, in targets and reference material.
  for (const auto& doc : run->docs) {
    for (const NumberProblem& p : doc->extraction.problems) {
      Diagnostic d;
      d.rule_id = "input-number-range";
      d.severity = Severity::kError;
      d.location = doc->Locate(p.source_span);
      d.message = run->messages->Format("input.number_range", fmt::arg("number", p.surface));
      run->input_errors.push_back(std::move(d));
    }
  }
  phases.Mark("number problems");
  CheckContext ctx = run->context();
  if (run->keep_reference_work) ctx.kept = &run->rule_matches;
  run->found = RunChecks(ctx);
  phases.Mark("checks");
  LogCount("findings held", static_cast<long long>(run->found.size()));
  LogCount("findings: bytes of their records", static_cast<long long>(run->found.ArenaBytes()));
  setup.severities.Apply(&run->found);
  std::vector<Suppression> suppressions;
  for (const auto& doc : run->docs) {
    if (!doc->target) continue;
    std::vector<Suppression> s = doc->Suppressions();
    suppressions.insert(suppressions.end(), s.begin(), s.end());
  }
  ApplySuppressions(suppressions, setup.known_rules, &run->found);
  MergeFindingsOnOneFigure(*run->messages, &run->found);
  phases.Mark("severities and suppressions");
}

// The run's word weights for the documents of a buffer's run whose first
// `own_docs` documents were loaded from disk (identities `own`) and the rest
// read from the index: those documents' own words plus the index's counts
// (ArchiveIndex::AddWordCounts). The index's count of a word depends only on
// `own`, so each is looked up once while `own` stays, and the counts of the
// index documents' words are summed once per reading of them. False and
// *error when the index cannot be read.
bool AddBufferWordCounts(const std::set<std::string>& own, size_t own_docs, CheckRun* run,
                         std::string* error) {
  const Documents& docs = run->docs;
  if (own != run->counts_own) {
    run->counts_own = own;
    run->looked_up_counts.clear();
    run->index_claims.reset();
    run->reference_counts.reset();
  }
  // The index's counts of `words` not looked up yet.
  auto look_up = [&](const std::set<std::string>& words) {
    std::set<std::string> fresh;
    for (const std::string& w : words)
      if (!run->looked_up_counts.count(w)) fresh.insert(w);
    if (fresh.empty() && run->index_claims) return true;
    int64_t claims = 0;
    std::map<std::string, int> df;
    if (!run->buffer_index->WordCounts(own, fresh, &claims, &df, error)) return false;
    run->index_claims = claims;
    for (const std::string& w : fresh) {
      auto it = df.find(w);
      run->looked_up_counts[w] = it == df.end() ? 0 : it->second;
    }
    return true;
  };
  // The counts of `words` the index holds (those of no claim left out).
  auto counted = [&](const std::set<std::string>& words, const std::set<std::string>& skip) {
    std::map<std::string, int> df;
    for (const std::string& w : words)
      if (int n = run->looked_up_counts[w]; n > 0 && !skip.count(w)) df[w] = n;
    return df;
  };
  if (!run->reference_counts) {
    std::set<std::string> words = WeighedWords(docs, own_docs, docs.size());
    if (!look_up(words)) return false;
    run->reference_counts.emplace();
    run->reference_counts->AddCounts(static_cast<int>(*run->index_claims), counted(words, {}));
    run->reference_words = std::move(words);
  }
  const std::set<std::string> own_words = WeighedWords(docs, 0, own_docs);
  if (!look_up(own_words)) return false;
  run->index_weights.emplace(*run->reference_counts);
  run->index_weights->AddCounts(0, counted(own_words, run->reference_words));
  const WordWeights from_disk = GenericWeights(docs, own_docs);
  run->index_weights->AddCounts(from_disk.claims(), from_disk.counts());
  return true;
}

// The language server's index documents for the buffer at docs[0]: the
// index's documents of the grouping keys of the documents loaded from disk
// (the buffer and --against), as `check --against-db` reads them. `held`
// are those of the previous buffer, kept when the keys and the documents
// from disk are the same. Sets the run's word weights as LoadReference
// does. False and *error when the index cannot be read.
bool ReadBufferSubset(Documents held, CheckRun* run, std::string* error) {
  Documents& docs = run->docs;
  // The buffer's takes, matched here for its keys, are kept for grouping.
  std::set<std::string> keys = DraftSelection(docs, run->rules.get(),
                                              &run->extractor->scanner().units(),
                                              run->same_time_window_days,
                                              run->keep_reference_work ? &run->rule_matches : nullptr);
  std::set<std::string> own;
  for (const auto& doc : docs) own.insert(FileIdentity(doc->source.path));
  const size_t own_docs = docs.size();
  if (run->subset_read && keys == run->subset_keys && own == run->subset_own) {
    for (auto& doc : held) docs.push_back(std::move(doc));
  } else {
    // The documents of the new keys: those held are taken again as they
    // are (with their kept work), the others read.
    run->subset_read = false;
    run->reference_counts.reset();
    if (!run->buffer_index->AppendKeyDocuments(keys, /*target=*/false, &docs, error,
                                               run->buffer_index_load, nullptr, &held,
                                               &run->rule_matches)) {
      run->rule_matches.Clear();
      return false;
    }
    run->rule_matches.Forget(held);  // the rest of `held` leaves with this call
    run->subset_read = true;
    run->subset_keys = std::move(keys);
    run->subset_own = own;
  }
  run->index_docs = docs.size() - own_docs;
  return AddBufferWordCounts(own, own_docs, run, error);
}

}  // namespace

std::unique_ptr<CheckRun> RunCheckPipeline(const Options& o, const RunSetup& setup,
                                           const std::vector<std::string>& given,
                                           const std::string& rules_dir) {
  LoadOptions load = MakeLoadOptions(setup.config);
  if (!o.stdin_filename.empty()) load.stdin_name = o.stdin_filename;
  load.jobs = setup.jobs;
  load.progress = setup.progress;
  // The targets' normalized text is held only where the checks read it;
  // the report reads the source lines it shows (docs/architecture.md).
  load.keep_claim_text = true;
  // And their source text only in the lines around claims and directives,
  // unless fixes are applied to the whole text.
  load.keep_claim_source = !(o.fix || o.fix_dry_run);
  const std::vector<std::string> targets = ExpandPathGlobs(given, load.ignored);
  auto run = std::make_unique<CheckRun>();
  PhaseLog phases;
  if (!LoadRunRules(o, setup, rules_dir, run.get())) return nullptr;
  phases.Mark("rules");
  if (!CheckPathDates(setup.config, targets, o)) return nullptr;
  LoadDocuments(targets, /*target=*/true, *run->extractor, &run->docs,
                &run->input_errors, load);
  phases.Mark("targets");
  if (run->docs.empty() && run->input_errors.empty() &&
      !(setup.report_on_reference && targets.empty())) {
    PrintNoFilesError(targets, "check");
    return nullptr;
  }
  if (!LoadReference(o, setup, rules_dir, IndexReading::kSubset, run.get())) return nullptr;
  phases.Mark("reference material");
  FinishRun(setup, run.get());
  return run;
}

std::unique_ptr<CheckRun> LoadReferenceRun(const Options& o, const RunSetup& setup,
                                           const std::string& rules_dir) {
  auto run = std::make_unique<CheckRun>();
  if (!LoadRunRules(o, setup, rules_dir, run.get()) ||
      !LoadReference(o, setup, rules_dir, IndexReading::kPerBuffer, run.get()))
    return nullptr;
  run->keep_reference_work = true;
  // The buffer takes the place of the first target of `check BUFFER`:
  // before every reference document.
  for (auto& doc : run->docs) ++doc->order;
  run->reference_errors = run->input_errors.size();
  return run;
}

void CheckBuffer(const RunSetup& setup, const std::string& path,
                 const std::string& text, CheckRun* run) {
  Documents& docs = run->docs;
  // The previous buffer's index documents leave, kept in case the new
  // buffer needs the same ones.
  Documents held;
  for (size_t d = docs.size() - run->index_docs; d < docs.size(); ++d)
    held.push_back(std::move(docs[d]));
  docs.resize(docs.size() - run->index_docs);
  run->index_docs = 0;
  // The previous buffer leaves (with its kept takes); a reference copy of
  // it set aside comes back.
  if (!docs.empty() && docs.front()->target) {
    run->rule_matches.Forget(*docs.front());
    docs.erase(docs.begin());
  }
  if (run->set_aside) {
    size_t at = std::min(run->set_aside_at, docs.size());
    docs.insert(docs.begin() + at, std::move(run->set_aside));
  }
  run->input_errors.resize(run->reference_errors);
  // A file of the reference material being edited is checked as the
  // buffer says, never against its own saved text (as `check` reads a
  // target named again as reference once).
  const std::string identity = FileIdentity(path);
  for (size_t d = 0; d < docs.size(); ++d) {
    if (FileIdentity(docs[d]->source.path) != identity) continue;
    run->set_aside = std::move(docs[d]);
    run->set_aside_at = d;
    docs.erase(docs.begin() + d);
    break;
  }
  LoadResult loaded = DecodeBytes(path, text);
  if (InputError* e = std::get_if<InputError>(&loaded)) {
    run->subset_read = false;  // the held index documents are dropped
    run->rule_matches.Clear();
    run->input_errors.push_back(InputErrorDiagnostic(*e));
    run->facts.clear();
    run->found.clear();
    return;
  }
  LoadOptions load = MakeLoadOptions(setup.config);
  auto doc = BuildDocument(std::get<SourceText>(std::move(loaded)), *run->extractor,
                           load.metadata ? load.metadata(path)
                                         : std::map<std::string, std::string>{});
  doc->target = true;
  doc->order = 0;
  docs.insert(docs.begin(), std::move(doc));
  std::string error;
  if (run->buffer_index && !ReadBufferSubset(std::move(held), run, &error)) {
    run->subset_read = false;
    run->rule_matches.Clear();
    Diagnostic d;
    d.rule_id = "config-error";
    d.severity = Severity::kError;
    d.location.path = path;
    d.message = "cannot read the archive index: " + error;
    run->input_errors.push_back(std::move(d));
    run->facts.clear();
    run->found.clear();
    return;
  }
  FinishRun(setup, run);
}

}  // namespace factlint
