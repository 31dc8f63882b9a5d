// The extraction budget: what each stage of `factlint claims` costs alone,
// in CPU time of this process, over a corpus already read into memory, and
// what share of the sentences and bytes actually reach it. Each stage runs
// on the results of the stages before it, computed beforehand, so that only
// its own work is timed (the minimum of --reps runs). tools/bench --only
// stages prints it; docs/benchmarks.md reads the floor of the output
// contract from it.
//
//   bench_stages [--rules DIR] [--reps N] [--normalize-only] FILE...
//
// --normalize-only stops after the rows of Normalize (decode, Normalize and
// its stages), for profiling them alone.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "extract/claim_format.h"
#include "extract/context.h"
#include "extract/extractor.h"
#include "extract/extractor_internal.h"
#include "extract/extractor_lexicon.h"
#include "extract/sentence.h"
#include "extract/sentence_time.h"
#include "extract/time.h"
#include "extract/time_scene.h"
#include "text/line_index.h"
#include "text/loader.h"
#include "text/normalize.h"
#include "text/normalize_internal.h"

using namespace factlint;

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int g_reps = 3;

// The least CPU time of g_reps runs of `fn`.
double Time(const std::function<void()>& fn) {
  double best = 1e30;
  for (int i = 0; i < g_reps; ++i) {
    const double t0 = CpuSeconds();
    fn();
    best = std::min(best, CpuSeconds() - t0);
  }
  return best;
}

// One document and what the stages before each one give it.
struct Doc {
  std::string path;
  std::string bytes;
  SourceText source;
  Normalized norm;
  std::vector<Sentence> sentences;
  std::vector<Quantity> quantities;
  std::vector<std::vector<const Quantity*>> of_sentence;  // quantities per sentence
  std::vector<Span> identifiers, idioms;
  Extraction extraction;
  std::unique_ptr<LineIndex> lines;
  // Distinct clauses whose words real claims take (their own, and up to two
  // claimless clauses before, as ExtractSentence reads them), cut as
  // LocalWords cuts them.
  std::vector<Span> claim_clauses;
  std::vector<bool> claim_sentence;  // per sentence: holds a real claim
};

bool HasAsciiDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}


// Extract's loop over sentences (extractor.cc), reproduced so that the
// sentences with and without a quantity can be timed apart: `run_with` and
// `run_without` say whose ExtractSentence runs; the others take the topic
// time and plan-list flag recorded by a full run (`topics`, `opens`).
void SentenceLoop(Doc& d, const Extractor& ex, bool run_with, bool run_without,
                  std::vector<TimeRef>* topics, std::vector<char>* opens) {
  const Lexicon& lex = ex.lexicon();
  const std::string& text = d.norm.text;
  const bool record = topics->size() != d.sentences.size();
  if (record) {
    topics->assign(d.sentences.size(), TimeRef());
    opens->assign(d.sentences.size(), 0);
  }
  DocumentScan doc{text, d.extraction.date, lex, SpanSet(d.identifiers), SpanSet(d.idioms)};
  doc.scope = "";
  doc.local = "本地:" + d.path;
  ContextFinder context(text, lex);
  TimeScene scene(d.norm, d.extraction.date, TimeRef(), lex, ex.scanner());
  int plan_list_until = -1, plan_list_from = -1;
  for (size_t k = 0; k < d.sentences.size(); ++k) {
    const Sentence& s = d.sentences[k];
    bool in_list = s.paragraph > plan_list_from && s.paragraph <= plan_list_until;
    scene.Enter(s);
    const bool with = !d.of_sentence[k].empty();
    TimeRef topic;
    bool opens_list;
    if (record || (with ? run_with : run_without)) {
      SentenceResult r = ExtractSentence(
          doc, context, s, d.of_sentence[k],
          {scene.Current(), scene.Range(), scene.cells(), scene.plan_cells(), scene.base_cells(),
           scene.part_cells(), scene.label_unit(), scene.label_above(), scene.head_cells(),
           scene.Question(), in_list || scene.InPlan(), scene.PlanPeriod(), scene.Named(),
           scene.LeadIn(), scene.ItemIndex(), scene.ItemMarker()});
      topic = r.topic_time;
      // (Replayed sentences do not record the year they name: 同年 after
      // them reads no year, which costs nothing measurable.)
      scene.Name(r.named_year);
      opens_list = r.opens_plan_list;
      if (record) {
        (*topics)[k] = topic;
        (*opens)[k] = opens_list;
      }
    } else {
      topic = (*topics)[k];
      opens_list = (*opens)[k];
    }
    if (opens_list) {
      plan_list_from = s.paragraph;
      plan_list_until = s.paragraph + 12;
    } else if (in_list) {
      // EndsSentence is not reproduced: the list's end only moves the
      // in_plan flag, which costs nothing measurable.
    }
    scene.Leave(s, topic);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string rules = FACTLINT_SOURCE_DIR "/rules";
  std::vector<std::string> paths;
  bool normalize_only = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--rules") && i + 1 < argc) rules = argv[++i];
    else if (!std::strcmp(argv[i], "--normalize-only")) normalize_only = true;
    else if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) g_reps = std::atoi(argv[++i]);
    else paths.push_back(argv[i]);
  }
  std::vector<std::string> files;
  std::vector<InputError> errors;
  ExpandPaths(paths, &files, &errors);
  std::string error;
  auto extractor = Extractor::Load(rules, &error);
  if (!extractor) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  const Lexicon& lex = extractor->lexicon();
  const ChangeColumnTest change_column = [&lex](std::string_view cell) {
    return lex.IsChangeColumn(cell);
  };
  std::vector<Doc> docs(files.size());
  size_t bytes = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    docs[i].path = files[i];
    std::ifstream in(files[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    docs[i].bytes = ss.str();
    bytes += docs[i].bytes.size();
  }
  const double mb = bytes / 1e6;
  struct Row {
    std::string name;
    double seconds;
    std::string reach;
  };
  std::vector<Row> rows;
  auto add = [&](const std::string& name, double s, const std::string& reach) {
    rows.push_back({name, s, reach});
    std::fprintf(stderr, "%-44s %8.1f ms  %s\n", name.c_str(), s * 1e3, reach.c_str());
  };

  add("decode (DecodeBytes)", Time([&] {
        for (Doc& d : docs) {
          LoadResult r = DecodeBytes(d.path, d.bytes);
          if (auto* s = std::get_if<SourceText>(&r)) d.source = std::move(*s);
        }
      }),
      "every byte");
  add("normalize", Time([&] { for (Doc& d : docs) d.norm = extractor->Normalize(d.source); }), "every byte");
  // Normalize's stages (normalize_internal.h), each run with the stages
  // before it: a stage's own cost is the difference to the row before.
  {
    auto through = [&](int last) {
      return Time([&] {
        for (Doc& d : docs) {
          internal::Doc doc;
          doc.source = &d.source.text;
          doc.markdown = d.source.markdown;
          internal::SplitLines(&doc);
          internal::ApplyMarkdown(&doc);
          if (last >= 1) {
            internal::MarkUrls(&doc);
            internal::NormalizeRemoved(&doc);
          }
          if (last >= 2) internal::BuildPieces(&doc);
          if (last >= 3) {
            internal::ClassifyLines(&doc);
            internal::FindPdfTables(&doc, change_column);
          }
          if (last >= 4) internal::DecideBreaks(&doc);
          if (last >= 5) {
            Normalized out;
            out.text.reserve(doc.buf.size());
            internal::Emit(doc, &out);
          }
        }
      });
    };
    const char* names[] = {"normalize: lines and Markdown", "normalize: + URLs",
                           "normalize: + pieces (NFKC)", "normalize: + line kinds, PDF tables",
                           "normalize: + breaks", "normalize: + output and offsets"};
    for (int last = 0; last <= 5; ++last) add(names[last], through(last), "cumulative");
  }
  if (normalize_only) return 0;
  size_t norm_bytes = 0;
  for (Doc& d : docs) norm_bytes += d.norm.text.size();
  add("line index of the source", Time([&] {
        for (Doc& d : docs) d.lines = std::make_unique<LineIndex>(d.source.text);
      }),
      "every byte");
  add("split sentences", Time([&] {
        for (Doc& d : docs) d.sentences = SplitSentences(d.norm.text, lex.abbreviations());
      }),
      "every byte");
  add("quantity scanner", Time([&] {
        for (Doc& d : docs) d.quantities = extractor->scanner().Scan(d.norm.text);
      }),
      "every byte");
  add("identifier spans", Time([&] {
        for (Doc& d : docs) d.identifiers = lex.IdentifierSpans(d.norm.text);
      }),
      "every byte");
  add("idiom spans", Time([&] { for (Doc& d : docs) d.idioms = lex.IdiomSpans(d.norm.text); }),
      "every byte");
  // Quantities per sentence, as Extract hands them on.
  size_t sentences = 0, with_q = 0, with_q_bytes = 0, digit_sentences = 0, digit_bytes = 0;
  for (Doc& d : docs) {
    d.of_sentence.assign(d.sentences.size(), {});
    size_t qi = 0;
    for (size_t k = 0; k < d.sentences.size(); ++k) {
      const Sentence& s = d.sentences[k];
      while (qi < d.quantities.size() && d.quantities[qi].span.begin < s.span.begin) ++qi;
      while (qi < d.quantities.size() && d.quantities[qi].span.begin < s.span.end)
        d.of_sentence[k].push_back(&d.quantities[qi++]);
      ++sentences;
      if (!d.of_sentence[k].empty()) {
        ++with_q;
        with_q_bytes += s.span.size();
      }
      if (HasAsciiDigit(std::string_view(d.norm.text).substr(s.span.begin, s.span.size()))) {
        ++digit_sentences;
        digit_bytes += s.span.size();
      }
    }
  }
  add("whole Extract (for the sum)", Time([&] {
        for (Doc& d : docs) d.extraction = extractor->Extract(d.source, d.norm);
      }),
      "every sentence");
  size_t claims = 0, claim_sentences = 0, claim_sentence_bytes = 0, clause_bytes = 0;
  for (Doc& d : docs) {
    claims += d.extraction.claims.size();
    d.claim_sentence.assign(d.sentences.size(), false);
    auto add_clause = [&](Span cl) {
      if (cl.size() > 360) cl = {cl.end - 360, cl.end};
      while (cl.begin < cl.end && (static_cast<unsigned char>(d.norm.text[cl.begin]) & 0xC0) == 0x80)
        ++cl.begin;
      if (std::find(d.claim_clauses.begin(), d.claim_clauses.end(), cl) == d.claim_clauses.end())
        d.claim_clauses.push_back(cl);
    };
    for (const Claim& c : d.extraction.claims) {
      if (c.identifier) continue;
      for (size_t k = 0; k < d.sentences.size(); ++k) {
        const Sentence& s = d.sentences[k];
        if (s.span != c.sentence) continue;
        d.claim_sentence[k] = true;
        const size_t ci = ClauseIndexAt(s, c.span.begin);
        if (ci >= s.clauses.size()) break;
        auto holds_claim = [&](size_t j) {
          return std::any_of(d.extraction.claims.begin(), d.extraction.claims.end(),
                             [&](const Claim& o) { return !o.identifier && o.clause == s.clauses[j]; });
        };
        for (size_t j = ci, n = 0; j-- > 0 && n < 2; ++n) {
          if (holds_claim(j) || EndsItem(d.norm.text, s.clauses[j])) break;
          add_clause(s.clauses[j]);
        }
        add_clause(c.clause);
      }
    }
    for (size_t k = 0; k < d.sentences.size(); ++k)
      if (d.claim_sentence[k]) {
        ++claim_sentences;
        claim_sentence_bytes += d.sentences[k].span.size();
      }
    for (Span cl : d.claim_clauses) clause_bytes += cl.size();
  }
  // The per-sentence loop of Extract, split by who runs ExtractSentence.
  std::vector<std::vector<TimeRef>> topics(docs.size());
  std::vector<std::vector<char>> opens(docs.size());
  for (size_t i = 0; i < docs.size(); ++i)
    SentenceLoop(docs[i], *extractor, true, true, &topics[i], &opens[i]);
  auto loop = [&](bool with, bool without) {
    return Time([&] {
      for (size_t i = 0; i < docs.size(); ++i)
        SentenceLoop(docs[i], *extractor, with, without, &topics[i], &opens[i]);
    });
  };
  add("sentence loop: scene only", loop(false, false), "every sentence");
  add("sentence loop: sentences with a quantity", loop(true, false), "(scene included)");
  add("sentence loop: sentences without", loop(false, true), "(scene included)");
  add("document date, session date", Time([&] {
        for (Doc& d : docs) {
          DocumentDate date = FindDocumentDate(d.norm, lex.time_words());
          if (date.year == 0) date = FindSessionDate(d.norm.text, lex.session_dating());
        }
      }),
      "every document");
  // Per-sentence time reading, apart for sentences with and without a
  // quantity (the scene's time given is unknown: it only decides whether a
  // part opening the sentence becomes its topic).
  auto time_pass = [&](bool with) {
    return Time([&] {
      for (Doc& d : docs) {
        DocumentScan scan{d.norm.text, d.extraction.date, lex, SpanSet(d.identifiers),
                          SpanSet(d.idioms)};
        for (size_t k = 0; k < d.sentences.size(); ++k) {
          if (d.of_sentence[k].empty() == with) continue;
          SentenceTimes st = ReadSentenceTimes(scan, d.sentences[k], d.of_sentence[k], TimeRef());
          (void)st;
        }
      }
    });
  };
  size_t topics_without = 0;
  for (Doc& d : docs) {
    DocumentScan scan{d.norm.text, d.extraction.date, lex, SpanSet(d.identifiers),
                      SpanSet(d.idioms)};
    for (size_t k = 0; k < d.sentences.size(); ++k)
      if (d.of_sentence[k].empty() &&
          ReadSentenceTimes(scan, d.sentences[k], d.of_sentence[k], TimeRef()).topic.set())
        ++topics_without;
  }
  char reach[200];
  std::snprintf(reach, sizeof reach, "%zu of %zu sentences (%.0f%% of bytes)", with_q, sentences,
                100.0 * with_q_bytes / norm_bytes);
  add("sentence times, sentences with a quantity", time_pass(true), reach);
  std::snprintf(reach, sizeof reach, "%zu sentences, %zu give a topic time", sentences - with_q,
                topics_without);
  add("sentence times, sentences without", time_pass(false), reach);
  std::snprintf(reach, sizeof reach, "%zu sentences with a claim (%.0f%% of bytes)", claim_sentences,
                100.0 * claim_sentence_bytes / norm_bytes);
  add("scope marks, sentences with a claim", Time([&] {
        for (Doc& d : docs)
          for (size_t k = 0; k < d.sentences.size(); ++k)
            if (d.claim_sentence[k])
              lex.ScopeMarks(std::string_view(d.norm.text)
                                 .substr(d.sentences[k].span.begin, d.sentences[k].span.size()));
      }),
      reach);
  size_t n_clauses = 0;
  for (Doc& d : docs) n_clauses += d.claim_clauses.size();
  std::snprintf(reach, sizeof reach, "%zu clauses (%.0f%% of bytes)", n_clauses,
                100.0 * clause_bytes / norm_bytes);
  add("context words (ICU), clauses claims read", Time([&] {
        for (Doc& d : docs) {
          ContextFinder finder(d.norm.text, lex);
          std::vector<Span> skip;
          for (const Quantity& q : d.quantities) skip.push_back(q.span);
          SpanSet skip_set(std::move(skip));
          for (Span cl : d.claim_clauses) finder.ContentWords(cl, skip_set);
        }
      }),
      reach);
  std::snprintf(reach, sizeof reach, "%zu claims", claims);
  size_t out_bytes = 0;
  add("JSONL output", Time([&] {
        out_bytes = 0;
        for (Doc& d : docs) {
          std::ostringstream out;
          WriteClaimsJsonl(d.path, d.source, d.norm.text, d.extraction, *d.lines, out);
          out_bytes += out.str().size();
        }
      }),
      reach);
  // Floors: one RE2 pass for runs of digits, and counting characters.
  static const re2::RE2 kDigits("[0-9]+(?:\\.[0-9]+)?");
  add("floor: one RE2 pass (digits)", Time([&] {
        for (Doc& d : docs) {
          re2::StringPiece in(d.norm.text);
          while (re2::RE2::FindAndConsume(&in, kDigits)) {
          }
        }
      }),
      "every byte");
  size_t chars = 0;
  add("floor: count characters", Time([&] {
        chars = 0;
        for (Doc& d : docs)
          for (char c : d.source.text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      }),
      "every byte");
  std::printf("corpus: %zu files, %.2f MB, %.2f MB normalized, %zu sentences, %zu claims, "
              "%zu bytes of JSONL\n",
              docs.size(), mb, norm_bytes / 1e6, sentences, claims, out_bytes);
  std::printf("sentences with an ASCII digit: %zu (%.0f%% of bytes)\n", digit_sentences,
              100.0 * digit_bytes / norm_bytes);
  std::printf("%-44s %10s %12s  %s\n", "stage", "CPU ms", "MB/CPU-s", "what reaches it");
  for (const Row& r : rows)
    std::printf("%-44s %10.1f %12.1f  %s\n", r.name.c_str(), r.seconds * 1e3, mb / r.seconds,
                r.reach.c_str());
  return 0;
}
