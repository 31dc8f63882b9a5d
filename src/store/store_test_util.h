// Helpers shared by the store tests: field-by-field comparison of claims and
// documents, and scratch directories.
#ifndef FACTLINT_STORE_STORE_TEST_UTIL_H_
#define FACTLINT_STORE_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>

#include "engine/document.h"

namespace factlint {

inline bool SameBits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

inline void ExpectClaimEq(const Claim& a, const Claim& b, const std::string& where) {
  SCOPED_TRACE(where);
  EXPECT_EQ(a.span, b.span);
  EXPECT_EQ(a.source_span, b.source_span);
  EXPECT_EQ(a.surface, b.surface);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_TRUE(SameBits(a.value.lo, b.value.lo)) << a.value.lo << " " << b.value.lo;
  EXPECT_TRUE(SameBits(a.value.hi, b.value.hi)) << a.value.hi << " " << b.value.hi;
  EXPECT_EQ(a.value.lo_closed, b.value.lo_closed);
  EXPECT_EQ(a.value.hi_closed, b.value.hi_closed);
  EXPECT_EQ(a.dimension, b.dimension);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.qualifier, b.qualifier);
  EXPECT_EQ(a.qualifier_span, b.qualifier_span);
  EXPECT_EQ(a.time, b.time);
  EXPECT_EQ(a.change, b.change);
  EXPECT_EQ(a.annual, b.annual);
  EXPECT_EQ(a.real, b.real);
  EXPECT_EQ(a.subjectless, b.subjectless);
  EXPECT_EQ(a.cumulative, b.cumulative);
  EXPECT_EQ(a.scope, b.scope);
  EXPECT_EQ(a.base_year, b.base_year);
  EXPECT_EQ(a.target, b.target);
  EXPECT_EQ(a.identifier, b.identifier);
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.clause, b.clause);
  EXPECT_EQ(a.subject, b.subject);
  EXPECT_EQ(a.subject_elsewhere, b.subject_elsewhere);
  EXPECT_EQ(a.subject_after, b.subject_after);
  EXPECT_EQ(a.context, b.context);
}

inline void ExpectTransitionsEq(const std::vector<Transition>& a,
                                const std::vector<Transition>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].from, b[i].from) << i;
    EXPECT_EQ(a[i].to, b[i].to) << i;
    EXPECT_EQ(a[i].verb, b[i].verb) << i;
    EXPECT_EQ(a[i].span, b[i].span) << i;
  }
}

inline void ExpectDateEq(const DocumentDate& a, const DocumentDate& b) {
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.month, b.month);
  EXPECT_EQ(a.day, b.day);
  EXPECT_EQ(a.origin, b.origin);
}

// Everything of a Document a check can read, except `order`.
inline void ExpectDocumentEq(const Document& a, const Document& b) {
  SCOPED_TRACE(a.source.path);
  EXPECT_EQ(a.source.path, b.source.path);
  EXPECT_EQ(a.source.text, b.source.text);
  EXPECT_EQ(a.source.encoding, b.source.encoding);
  EXPECT_EQ(a.source.markdown, b.source.markdown);
  EXPECT_EQ(a.normalized.text, b.normalized.text);
  EXPECT_EQ(a.normalized.metadata, b.normalized.metadata);
  EXPECT_EQ(a.target, b.target);
  EXPECT_EQ(a.transition_marks, b.transition_marks);
  ExpectDateEq(a.extraction.date, b.extraction.date);
  ASSERT_EQ(a.extraction.claims.size(), b.extraction.claims.size());
  for (size_t i = 0; i < a.extraction.claims.size(); ++i) {
    ExpectClaimEq(a.extraction.claims[i], b.extraction.claims[i],
                  "claim " + std::to_string(i));
    // Locations resolve through the rebuilt LineIndex.
    Location la = a.Locate(a.extraction.claims[i]);
    Location lb = b.Locate(b.extraction.claims[i]);
    EXPECT_EQ(la.line, lb.line);
    EXPECT_EQ(la.column, lb.column);
    EXPECT_EQ(la.end_column, lb.end_column);
  }
  ExpectTransitionsEq(a.extraction.transitions, b.extraction.transitions);
}

// A fresh, empty directory under the system temp dir, removed on destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    path_ = std::filesystem::temp_directory_path() /
            ("factlint_store_" + name + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string Path(const std::string& name = "") const {
    return name.empty() ? path_.string() : (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

inline void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

}  // namespace factlint

#endif  // FACTLINT_STORE_STORE_TEST_UTIL_H_
