// The file `factlint init` writes. Every line but a few is commented out so
// that it documents the keys without changing any default.
#include "config/config.h"

namespace factlint {

std::string StarterConfig() {
  return R"toml(# factlint configuration. Relative paths and glob patterns are relative to
# the directory of this file. See docs/configuration.md for every key.

# Published material that new drafts are checked against (like --against).
# against = ["archive/"]
# The same from an index built by `factlint index` (like --against-db).
# against_db = ["archive.db"]
# Canonical facts: authoritative values to check against (like --facts).
# facts = "facts.toml"

# Extra directories of fact rules (TOML), in addition to the built-in rules.
# rules = ["rules/"]

# Lowest severity that makes `factlint check` exit with 1:
# "error", "warning" or "never".
fail_on = "error"

# Language of messages: "en" (the default) or "zh"; --lang wins, and
# without either a zh locale (LANG=zh_CN.UTF-8) chooses Chinese.
# lang = "zh"

# Which files a directory argument expands to. Exclusions also cover
# everything below a matching directory.
include = ["**/*.md", "**/*.markdown", "**/*.txt"]
# exclude = ["drafts/old/**"]

# Per-rule severity: "error", "warning", "note" or "off".
[severity]
# fact-conflict = "warning"

# What the text itself does not say: date, source and reporting period of
# documents selected by a glob. The first matching [[document]] wins.
# [[document]]
# glob = "reports/2024/**"
# date = "2024-03-05"
# source = "政府工作报告"
# period = "2023"

# Dates read from file names, for documents that state none in front matter
# (an RE2 searched for in the path relative to this file; named groups year,
# month and day; several patterns may be listed, the first match wins).
[dates]
# from_path = '(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)'

[tolerance]
# Claims without a year of their own are compared across two documents only
# when the documents' dates are at most this many days apart (default 183).
# same_time_window_days = 400
)toml";
}

}  // namespace factlint
