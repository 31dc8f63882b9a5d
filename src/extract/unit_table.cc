#include "extract/unit_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "diag/read_file.h"

#include <toml++/toml.h>

namespace factlint {
namespace {

struct Loader {
  std::string name;
  std::string error;

  bool Fail(const toml::source_region& where, const std::string& message) {
    if (error.empty()) {
      error = name + ":" + std::to_string(where.begin.line) + ":" +
              std::to_string(where.begin.column) + ": " + message;
    }
    return false;
  }

  // Every key of `table` must be in `allowed`.
  bool CheckKeys(const toml::table& table,
                 std::initializer_list<std::string_view> allowed,
                 const std::string& what) {
    for (const auto& [key, node] : table) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) ==
          allowed.end()) {
        return Fail(key.source(), "unknown key '" + std::string(key.str()) +
                                      "' in " + what);
      }
    }
    return true;
  }

  bool GetString(const toml::table& table, std::string_view key,
                 const std::string& what, bool required, std::string* out) {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      if (required) {
        return Fail(table.source(), what + " is missing required key '" +
                                        std::string(key) + "'");
      }
      return true;
    }
    if (!node->is_string() || node->as_string()->get().empty()) {
      return Fail(node->source(), "'" + std::string(key) + "' in " + what +
                                      " must be a non-empty string");
    }
    *out = node->as_string()->get();
    return true;
  }

  bool GetFactor(const toml::table& table, const std::string& what,
                 double* out) {
    const toml::node* node = table.get("factor");
    if (node == nullptr) {
      return Fail(table.source(), what + " is missing required key 'factor'");
    }
    std::optional<double> v = node->value<double>();
    if (!(node->is_integer() || node->is_floating_point()) || !v ||
        !(*v > 0) || !std::isfinite(*v)) {
      return Fail(node->source(),
                  "'factor' in " + what + " must be a positive number");
    }
    *out = *v;
    return true;
  }

  const toml::array* GetArray(const toml::table& root, std::string_view key) {
    const toml::node* node = root.get(key);
    if (node == nullptr) return nullptr;
    if (!node->is_array_of_tables()) {
      Fail(node->source(), "'" + std::string(key) +
                               "' must be an array of tables [[" +
                               std::string(key) + "]]");
      return nullptr;
    }
    return node->as_array();
  }

  bool ParseKind(const toml::table& t, const std::string& what, UnitKind* k) {
    std::string s = "cardinal";
    if (!GetString(t, "kind", what, false, &s)) return false;
    static const std::pair<const char*, UnitKind> kKinds[] = {
        {"cardinal", UnitKind::kCardinal},
        {"percent", UnitKind::kPercent},
        {"pp", UnitKind::kPercentPoints},
        {"multiple", UnitKind::kMultiple},
        {"duration", UnitKind::kDuration}};
    for (const auto& [n, kind] : kKinds) {
      if (s == n) {
        *k = kind;
        return true;
      }
    }
    return Fail(t.get("kind")->source(),
                "unknown kind '" + s +
                    "' (cardinal, percent, pp, multiple, duration)");
  }

  // An array of non-empty strings at `key` of `table`, appended to *out.
  bool GetStrings(const toml::table& table, std::string_view key,
                  const std::string& what, std::vector<std::string>* out) {
    const toml::node* node = table.get(key);
    if (node == nullptr) return true;
    if (!node->is_array())
      return Fail(node->source(), "'" + std::string(key) + "' in " + what +
                                      " must be an array of strings");
    for (const toml::node& e : *node->as_array()) {
      if (!e.is_string() || e.as_string()->get().empty())
        return Fail(e.source(), "'" + std::string(key) + "' in " + what +
                                    " must hold non-empty strings");
      out->push_back(e.as_string()->get());
    }
    return true;
  }

  // A section that is a table holding one required list of strings
  // ([classifiers] surfaces, [half] words, [minus] not_after): appended to
  // *out; absent, nothing.
  bool GetSectionList(const toml::table& root, std::string_view section, std::string_view key,
                      std::vector<std::string>* out) {
    const toml::node* node = root.get(section);
    if (node == nullptr) return true;
    const std::string what = "[" + std::string(section) + "]";
    const toml::table* t = node->as_table();
    if (t == nullptr) return Fail(node->source(), "'" + std::string(section) + "' must be a table");
    if (!CheckKeys(*t, {key}, what)) return false;
    if (t->get(key) == nullptr)
      return Fail(t->source(), what + " needs '" + std::string(key) + "', an array of strings");
    return GetStrings(*t, key, what, out);
  }

  // A section that is a table of optional lists of strings, each key one
  // of `lists` ([ranks], [fractions] ...): each list appended to its vector.
  bool GetSectionLists(
      const toml::table& root, std::string_view section,
      std::initializer_list<std::pair<std::string_view, std::vector<std::string>*>> lists) {
    const toml::node* node = root.get(section);
    if (node == nullptr) return true;
    const std::string what = "[" + std::string(section) + "]";
    const toml::table* t = node->as_table();
    if (t == nullptr) return Fail(node->source(), "'" + std::string(section) + "' must be a table");
    for (const auto& [key, value] : *t) {
      auto it = std::find_if(lists.begin(), lists.end(),
                             [&](const auto& l) { return l.first == key.str(); });
      if (it == lists.end())
        return Fail(key.source(), "unknown key '" + std::string(key.str()) + "' in " + what);
      if (!GetStrings(*t, it->first, what, it->second)) return false;
    }
    return true;
  }

  // A table of word = positive integer ([english.numbers]), appended to *out.
  bool GetWordNumbers(const toml::table& table, std::string_view key,
                      std::vector<std::pair<std::string, int>>* out) {
    const toml::node* node = table.get(key);
    if (node == nullptr) return true;
    const std::string what = "[english." + std::string(key) + "]";
    const toml::table* t = node->as_table();
    if (t == nullptr) return Fail(node->source(), what + " must be a table");
    for (const auto& [word, value] : *t) {
      if (!value.is_integer() || value.as_integer()->get() <= 0)
        return Fail(value.source(), "'" + std::string(word.str()) + "' in " + what +
                                        " must be a positive integer");
      out->push_back({std::string(word.str()), static_cast<int>(value.as_integer()->get())});
    }
    return true;
  }

  // [english]: classifiers (measure word = English words counting in it),
  // ordinals, numbers and denominators.
  bool ParseEnglish(const toml::node& node, EnglishWords* words,
                    std::vector<UnitDef>* units) {
    const toml::table* t = node.as_table();
    if (t == nullptr) return Fail(node.source(), "'english' must be a table");
    if (!CheckKeys(*t, {"classifiers", "ordinals", "numbers", "denominators", "cardinals",
                        "multiples", "divisions", "ranges", "spelled"},
                   "[english]"))
      return false;
    if (const toml::node* sp = t->get("spelled")) {
      const toml::table* st = sp->as_table();
      if (st == nullptr) return Fail(sp->source(), "[english.spelled] must be a table");
      if (!CheckKeys(*st, {"joiners"}, "[english.spelled]") ||
          !GetStrings(*st, "joiners", "[english.spelled]", &words->number_joiners))
        return false;
    }
    if (const toml::node* r = t->get("ranges")) {
      const toml::table* rt = r->as_table();
      if (rt == nullptr) return Fail(r->source(), "[english.ranges] must be a table");
      if (!CheckKeys(*rt, {"separators", "not_after"}, "[english.ranges]") ||
          !GetStrings(*rt, "separators", "[english.ranges]", &words->range_separators) ||
          !GetStrings(*rt, "not_after", "[english.ranges]", &words->range_not_after))
        return false;
    }
    if (const toml::node* c = t->get("classifiers")) {
      const toml::table* cls = c->as_table();
      if (cls == nullptr) return Fail(c->source(), "[english.classifiers] must be a table");
      for (const auto& [measure, list] : *cls) {
        std::vector<std::string> surfaces;
        if (!GetStrings(*cls, measure.str(), "[english.classifiers]", &surfaces)) return false;
        for (std::string& surface : surfaces) {
          UnitDef u;
          u.surface = std::move(surface);
          u.dimension = "count:" + std::string(measure.str());
          u.counts = true;
          units->push_back(std::move(u));
        }
      }
    }
    if (const toml::node* o = t->get("ordinals")) {
      const toml::table* ord = o->as_table();
      if (ord == nullptr) return Fail(o->source(), "[english.ordinals] must be a table");
      if (!CheckKeys(*ord, {"suffixes", "rank_before", "rank_prefixes"}, "[english.ordinals]") ||
          !GetStrings(*ord, "suffixes", "[english.ordinals]", &words->ordinal_suffixes) ||
          !GetStrings(*ord, "rank_before", "[english.ordinals]", &words->rank_before) ||
          !GetStrings(*ord, "rank_prefixes", "[english.ordinals]", &words->rank_prefixes))
        return false;
    }
    return GetWordNumbers(*t, "numbers", &words->numbers) &&
           GetWordNumbers(*t, "denominators", &words->denominators) &&
           GetWordNumbers(*t, "cardinals", &words->cardinals) &&
           GetWordNumbers(*t, "multiples", &words->multiples) &&
           GetWordNumbers(*t, "divisions", &words->divisions);
  }

  // [qualifiers]: before.<kind> and after.<kind> word lists, and
  // not_after / not_before tables of the words that block a word.
  bool ParseQualifiers(const toml::node& node,
                       std::vector<QualifierWord>* before,
                       std::vector<QualifierWord>* after) {
    static const std::pair<std::string_view, Qualifier> kKinds[] = {
        {"above", Qualifier::kAbove},   {"at-least", Qualifier::kAtLeast},
        {"below", Qualifier::kBelow},   {"at-most", Qualifier::kAtMost},
        {"near", Qualifier::kNear},     {"about", Qualifier::kAbout}};
    const toml::table* t = node.as_table();
    if (t == nullptr) return Fail(node.source(), "'qualifiers' must be a table");
    if (!CheckKeys(*t, {"before", "after", "not_after", "not_before"},
                   "[qualifiers]"))
      return false;
    std::set<std::string> seen;
    for (auto [side, out] : {std::pair{"before", before}, {"after", after}}) {
      const toml::node* n = t->get(side);
      if (n == nullptr) continue;
      const toml::table* words = n->as_table();
      const std::string what = std::string("[qualifiers.") + side + "]";
      if (words == nullptr) return Fail(n->source(), what + " must be a table");
      for (const auto& [key, list] : *words) {
        auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                 [&](const auto& k) { return k.first == key.str(); });
        if (kind == std::end(kKinds))
          return Fail(key.source(), "unknown qualifier kind '" +
                                        std::string(key.str()) + "' in " + what +
                                        " (above, at-least, below, at-most, "
                                        "near, about)");
        std::vector<std::string> surfaces;
        if (!GetStrings(*words, key.str(), what, &surfaces)) return false;
        for (std::string& s : surfaces) {
          if (!seen.insert(std::string(side) + ":" + s).second)
            return Fail(list.source(), "duplicate qualifier '" + s + "' in " + what);
          out->push_back({std::move(s), kind->second, {}, {}});
        }
      }
    }
    for (auto [key, field] : {std::pair{"not_after", &QualifierWord::not_after},
                              {"not_before", &QualifierWord::not_before}}) {
      const toml::node* n = t->get(key);
      if (n == nullptr) continue;
      const std::string what = std::string("[qualifiers.") + key + "]";
      const toml::table* blocks = n->as_table();
      if (blocks == nullptr) return Fail(n->source(), what + " must be a table");
      for (const auto& [word, list] : *blocks) {
        bool found = false;
        for (auto* words : {before, after})
          for (QualifierWord& w : *words)
            if (w.surface == word.str()) {
              found = true;
              if (!GetStrings(*blocks, word.str(), what, &(w.*field))) return false;
            }
        if (!found)
          return Fail(word.source(), "'" + std::string(word.str()) + "' in " +
                                         what + " is not a qualifier word");
      }
    }
    return true;
  }
};

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// ASCII text equal but for the case of its letters.
bool SameLetters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(a[k])) !=
        std::tolower(static_cast<unsigned char>(b[k])))
      return false;
  return true;
}

}  // namespace

const char* UnitKindName(UnitKind k) {
  switch (k) {
    case UnitKind::kCardinal: return "cardinal";
    case UnitKind::kPercent: return "percent";
    case UnitKind::kPercentPoints: return "pp";
    case UnitKind::kMultiple: return "multiple";
    case UnitKind::kDuration: return "duration";
  }
  return "?";
}

std::unique_ptr<UnitTable> UnitTable::LoadFile(const std::string& path,
                                               std::string* error) {
  std::string text, reason;
  if (!ReadWholeFile(path, &text, &reason)) {
    *error = path + ": cannot read unit lexicon: " + reason;
    return nullptr;
  }
  return Parse(text, path, error);
}

std::unique_ptr<UnitTable> UnitTable::Parse(std::string_view text,
                                            const std::string& name,
                                            std::string* error) {
  Loader ld{name, ""};
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    ld.Fail(e.source(), std::string(e.description()));
    *error = ld.error;
    return nullptr;
  }
  std::unique_ptr<UnitTable> table(new UnitTable());
  std::set<std::string> seen;
  auto fail = [&]() -> std::unique_ptr<UnitTable> {
    *error = ld.error;
    return nullptr;
  };
  if (!ld.CheckKeys(root, {"magnitude", "unit", "classifiers", "qualifiers", "half",
                     "minus", "plus_minus", "english", "families", "ranks", "fractions",
                     "doubling", "tenths", "not_units", "share_qualifier"},
                    "units file"))
    return fail();
  ScanWords& sw = table->scan_words_;
  if (!ld.GetSectionLists(root, "ranks",
                          {{"ordinal_units", &sw.ordinal_units},
                           {"top_units", &sw.top_units},
                           {"ordinal_after", &sw.ordinal_after},
                           {"ordinal_followers", &sw.ordinal_followers},
                           {"top_after", &sw.top_after},
                           {"top_closers", &sw.top_closers},
                           {"first", &sw.first}}) ||
      !ld.GetSectionLists(root, "fractions",
                          {{"percent", &sw.percent},
                           {"per_mille", &sw.per_mille},
                           {"half", &sw.half},
                           {"above", &sw.above},
                           {"below", &sw.below}}) ||
      !ld.GetSectionLists(root, "doubling",
                          {{"verbs", &sw.doubling_verbs}, {"measures", &sw.doubling_measures}}) ||
      !ld.GetSectionLists(root, "tenths", {{"not_words", &sw.not_tenths}}) ||
      !ld.GetSectionLists(root, "not_units", {{"words", &sw.not_units}}) ||
      !ld.GetSectionLists(root, "share_qualifier",
                          {{"verbs", &sw.share_verbs},
                           {"joins", &sw.share_joins},
                           {"stops", &sw.clause_stops}}))
    return fail();
  if (const toml::node* q = root.get("qualifiers")) {
    if (!ld.ParseQualifiers(*q, &table->before_, &table->after_)) return fail();
  }

  if (const toml::array* mags = ld.GetArray(root, "magnitude")) {
    for (const toml::node& n : *mags) {
      const toml::table& t = *n.as_table();
      MagnitudeDef m;
      if (!ld.CheckKeys(t, {"surface", "factor", "needs_unit"}, "[[magnitude]]") ||
          !ld.GetString(t, "surface", "[[magnitude]]", true, &m.surface) ||
          !ld.GetFactor(t, "[[magnitude]]", &m.factor))
        return fail();
      if (const toml::node* nu = t.get("needs_unit")) {
        if (!nu->is_boolean()) {
          ld.Fail(nu->source(), "'needs_unit' in [[magnitude]] must be true or false");
          return fail();
        }
        m.needs_unit = nu->as_boolean()->get();
      }
      if (!seen.insert("m:" + m.surface).second) {
        ld.Fail(t.source(), "duplicate magnitude '" + m.surface + "'");
        return fail();
      }
      table->magnitudes_.push_back(m);
    }
  }
  if (!ld.error.empty()) return fail();

  if (const toml::array* units = ld.GetArray(root, "unit")) {
    for (const toml::node& n : *units) {
      const toml::table& t = *n.as_table();
      UnitDef u;
      const std::string what = "[[unit]]";
      if (!ld.CheckKeys(t, {"surface", "dimension", "factor", "counts", "kind", "position"},
                        what) ||
          !ld.GetString(t, "surface", what, true, &u.surface) ||
          !ld.GetString(t, "dimension", what, true, &u.dimension) ||
          !ld.GetFactor(t, what, &u.factor) || !ld.ParseKind(t, what, &u.kind))
        return fail();
      if (const toml::node* c = t.get("counts")) {
        if (!c->is_boolean()) {
          ld.Fail(c->source(), "'counts' in [[unit]] must be true or false");
          return fail();
        }
        u.counts = c->as_boolean()->get();
      }
      std::string position = "after";
      if (!ld.GetString(t, "position", what, false, &position)) return fail();
      if (position != "after" && position != "before") {
        ld.Fail(t.get("position")->source(), "'position' in [[unit]] must be \"after\" or \"before\"");
        return fail();
      }
      u.before = position == "before";
      if (!seen.insert("u:" + u.surface).second) {
        ld.Fail(t.source(), "duplicate unit '" + u.surface + "'");
        return fail();
      }
      (u.before ? table->before_units_ : table->units_).push_back(u);
    }
  }
  if (!ld.error.empty()) return fail();

  std::vector<std::string> classifiers;
  if (!ld.GetSectionList(root, "classifiers", "surfaces", &classifiers)) return fail();
  for (const std::string& surface : classifiers) {
    UnitDef u;
    u.surface = surface;
    u.dimension = "count:" + u.surface;
    u.counts = true;
    if (!seen.insert("u:" + u.surface).second) {
      ld.Fail(root.get("classifiers")->source(), "duplicate unit '" + u.surface + "'");
      return fail();
    }
    table->units_.push_back(u);
  }
  if (const toml::node* e = root.get("english")) {
    std::vector<UnitDef> english_units;
    if (!ld.ParseEnglish(*e, &table->english_, &english_units)) return fail();
    for (UnitDef& u : english_units) {
      if (!seen.insert("u:" + u.surface).second) {
        ld.Fail(e->source(), "duplicate unit '" + u.surface + "'");
        return fail();
      }
      table->units_.push_back(std::move(u));
    }
  }
  if (!ld.GetSectionList(root, "half", "words", &table->half_words_)) return fail();
  for (const std::string& w : table->half_words_) {
    if (w.rfind("半", 0) != 0) {
      ld.Fail(root.get("half")->source(), "[half] words must be strings starting with 半");
      return fail();
    }
  }
  if (!ld.GetSectionList(root, "minus", "not_after", &table->minus_blocked_)) return fail();
  // [families]: name = [dimensions]; each dimension is one a unit gives,
  // in one family at most.
  if (const toml::node* node = root.get("families")) {
    const toml::table* t = node->as_table();
    if (t == nullptr) {
      ld.Fail(node->source(), "'families' must be a table of names and lists of dimensions");
      return fail();
    }
    std::set<std::string> dimensions;
    for (const UnitDef& u : table->units_) dimensions.insert(u.dimension);
    for (const auto& [name, value] : *t) {
      std::vector<std::string> members;
      if (!ld.GetStrings(*t, name.str(), "[families]", &members)) return fail();
      for (const std::string& d : members) {
        if (!dimensions.count(d)) {
          ld.Fail(value.source(), "[families] " + std::string(name.str()) + ": no unit has dimension '" + d + "'");
          return fail();
        }
        if (!table->families_.emplace(d, std::string(name.str())).second) {
          ld.Fail(value.source(), "[families]: dimension '" + d + "' is in two families");
          return fail();
        }
      }
    }
  }
  if (!ld.GetSectionList(root, "plus_minus", "words", &table->plus_minus_)) return fail();
  for (const std::string& w : table->plus_minus_)
    if (!w.empty()) table->plus_minus_first_.set(static_cast<unsigned char>(w[0]));

  // A compound magnitude must agree with its parts: 万亿 = 万 x 亿.
  for (const MagnitudeDef& m : table->magnitudes_) {
    double product = 1;
    size_t covered = 0;
    while (covered < m.surface.size()) {
      const MagnitudeDef* part = nullptr;
      for (const MagnitudeDef& p : table->magnitudes_) {
        if (&p != &m && m.surface.compare(covered, p.surface.size(),
                                          p.surface) == 0 &&
            (part == nullptr || p.surface.size() > part->surface.size()))
          part = &p;
      }
      if (part == nullptr) break;
      product *= part->factor;
      covered += part->surface.size();
    }
    if (covered == m.surface.size() &&
        std::fabs(product - m.factor) > 1e-9 * m.factor) {
      *error = name + ":0:0: magnitude '" + m.surface +
               "' has factor " + std::to_string(m.factor) +
               " but its parts multiply to " + std::to_string(product);
      return nullptr;
    }
  }

  auto longest_first = [](const auto& a, const auto& b) {
    return a.surface.size() > b.surface.size();
  };
  std::stable_sort(table->units_.begin(), table->units_.end(), longest_first);
  table->units_by_first_byte_.assign(256, {});
  for (uint32_t i = 0; i < table->units_.size(); ++i) {
    const std::string& surface = table->units_[i].surface;
    for (int b = 0; b < 256; ++b)
      if (surface.empty() || static_cast<unsigned char>(surface[0]) == b)
        table->units_by_first_byte_[b].push_back(i);
  }
  std::stable_sort(table->magnitudes_.begin(), table->magnitudes_.end(),
                   longest_first);
  std::stable_sort(table->before_.begin(), table->before_.end(), longest_first);
  std::stable_sort(table->before_units_.begin(), table->before_units_.end(), longest_first);
  std::stable_sort(table->after_.begin(), table->after_.end(), longest_first);
  return table;
}

QualifierMatch UnitTable::QualifierBefore(std::string_view text, size_t pos,
                                          size_t floor) const {
  // An English word (more than) stands a space before the number and starts
  // a word: not the over of moreover.
  size_t spaced = pos;
  while (spaced > floor && text[spaced - 1] == ' ') --spaced;
  for (const QualifierWord& w : before_) {
    size_t n = w.surface.size();
    const bool english = IsAsciiLetter(w.surface.back());
    const size_t end = english ? spaced : pos;
    if ((english && end == pos) || end < n || end - n < floor) continue;
    // English words in any case: About 1,405 opens a sentence.
    if (english ? !SameLetters(text.substr(end - n, n), w.surface)
                : text.compare(end - n, n, w.surface) != 0)
      continue;
    size_t begin = end - n;
    if (english && begin > 0 && IsAsciiLetter(text[begin - 1])) continue;
    std::string_view head = text.substr(0, begin);
    if (std::any_of(w.not_after.begin(), w.not_after.end(),
                    [&](const std::string& b) { return head.ends_with(b); }))
      continue;
    return {w.qualifier, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}};
  }
  return {};
}

QualifierMatch UnitTable::QualifierAfter(std::string_view text, size_t pos) const {
  if (pos > text.size()) return {};
  for (const QualifierWord& w : after_) {
    if (text.compare(pos, w.surface.size(), w.surface) != 0) continue;
    size_t end = pos + w.surface.size();
    std::string_view tail = text.substr(end);
    if (std::any_of(w.not_before.begin(), w.not_before.end(),
                    [&](const std::string& b) { return tail.starts_with(b); }))
      continue;
    return {w.qualifier, {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}};
  }
  return {};
}

QualifierMatch UnitTable::QualifierOverWhole(std::string_view text, size_t pos) const {
  if (pos > text.size()) return {};
  const std::string_view head = text.substr(0, pos);
  const std::string* join = nullptr;
  for (const std::string& j : scan_words_.share_joins)
    if (!j.empty() && head.ends_with(j)) join = &j;
  if (join == nullptr) return {};
  const size_t lo = pos > kShareReach ? pos - kShareReach : 0;
  for (size_t e = pos - join->size(); e > lo; --e) {
    const std::string_view before = text.substr(0, e);
    if (std::any_of(scan_words_.clause_stops.begin(), scan_words_.clause_stops.end(),
                    [&](const std::string& s) { return !s.empty() && before.ends_with(s); }))
      return {};
    for (const std::string& verb : scan_words_.share_verbs) {
      if (verb.empty() || !before.ends_with(verb)) continue;
      QualifierMatch m = QualifierBefore(text, e, lo);
      const size_t n = m.span.end - m.span.begin;
      if (m.qualifier != Qualifier::kNone && n > verb.size()) return m;
    }
  }
  return {};
}

const UnitDef* UnitTable::MatchUnit(std::string_view text, size_t pos) const {
  // Asked after every number: only the units that start with the byte at
  // pos can match there (at the end, only one of no bytes).
  const std::vector<uint32_t>& candidates =
      units_by_first_byte_[pos < text.size() ? static_cast<unsigned char>(text[pos]) : 0];
  for (uint32_t i : candidates) {
    const UnitDef& u = units_[i];
    if (text.compare(pos, u.surface.size(), u.surface) != 0) continue;
    size_t end = pos + u.surface.size();
    if (IsAsciiLetter(u.surface.back()) && end < text.size() &&
        IsAsciiLetter(text[end]))
      continue;
    return &u;
  }
  return nullptr;
}

const UnitDef* UnitTable::UnitBefore(std::string_view text, size_t pos) const {
  size_t end = pos;
  if (end > 0 && text[end - 1] == ' ') --end;
  for (const UnitDef& u : before_units_) {
    const size_t n = u.surface.size();
    if (end < n || text.compare(end - n, n, u.surface) != 0) continue;
    // RMB, $ and € start no word: HK$ is not $ (US dollars).
    if (end > n && IsAsciiLetter(text[end - n - 1])) continue;
    return &u;
  }
  return nullptr;
}

std::string_view UnitTable::FamilyOf(std::string_view dimension) const {
  auto it = families_.find(dimension);
  return it == families_.end() ? std::string_view() : std::string_view(it->second);
}

int UnitTable::EnglishNumber(std::string_view word) const {
  for (const auto& [w, v] : english_.numbers)
    if (SameLetters(w, word)) return v;  // Two-thirds opens a sentence
  return 0;
}

int UnitTable::EnglishWordValue(const std::vector<std::pair<std::string, int>>& table,
                                std::string_view word) {
  for (const auto& [w, v] : table)
    if (SameLetters(w, word)) return v;
  return 0;
}

int UnitTable::EnglishDenominator(std::string_view word) const {
  for (const auto& [w, v] : english_.denominators)
    if (SameLetters(w, word)) return v;
  return 0;
}

const MagnitudeDef* UnitTable::FindMagnitude(std::string_view surface) const {
  for (const MagnitudeDef& m : magnitudes_)
    if (m.surface == surface) return &m;
  return nullptr;
}

bool UnitTable::MagnitudeNeedsUnit(std::string_view words) const {
  for (const MagnitudeDef& m : magnitudes_)
    if (m.needs_unit && words.size() >= m.surface.size() &&
        words.compare(words.size() - m.surface.size(), m.surface.size(), m.surface) == 0)
      return true;
  return false;
}

bool UnitTable::FuEndsWord(std::string_view text, size_t pos) const {
  for (const std::string& w : minus_blocked_)
    if (pos >= w.size() && text.compare(pos - w.size(), w.size(), w) == 0)
      return true;
  return false;
}

size_t UnitTable::PlusMinusAt(std::string_view text, size_t pos) const {
  // Asked at every position of the text: the first byte rules most out.
  if (pos >= text.size() || !plus_minus_first_.test(static_cast<unsigned char>(text[pos])))
    return 0;
  size_t longest = 0;
  for (const std::string& w : plus_minus_)
    if (w.size() > longest && text.compare(pos, w.size(), w) == 0) longest = w.size();
  return longest;
}

bool UnitTable::PlusMinusStartsWith(std::string_view ch) const {
  return !ch.empty() && std::any_of(plus_minus_.begin(), plus_minus_.end(), [&](const std::string& w) {
    return w.compare(0, ch.size(), ch) == 0;
  });
}

bool UnitTable::HalfStartsWord(std::string_view text, size_t pos) const {
  for (const std::string& w : half_words_)
    if (text.compare(pos, w.size(), w) == 0) return true;
  return false;
}

const std::string* WordAt(std::string_view text, size_t pos,
                          const std::vector<std::string>& words) {
  if (pos > text.size()) return nullptr;
  for (const std::string& w : words)
    if (text.compare(pos, w.size(), w) == 0) return &w;
  return nullptr;
}

const std::string* WordBefore(std::string_view text, size_t pos,
                              const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (pos >= w.size() && pos <= text.size() && text.compare(pos - w.size(), w.size(), w) == 0)
      return &w;
  return nullptr;
}

bool EndsWithAny(std::string_view text, size_t pos, const std::vector<std::string>& words) {
  return WordBefore(text, pos, words) != nullptr;
}

bool UnitTable::ScanWordStartsWith(std::string_view ch) const {
  if (ch.empty()) return false;
  for (const auto* list : {&scan_words_.first, &scan_words_.percent, &scan_words_.per_mille,
                           &scan_words_.half})
    for (const std::string& w : *list)
      if (w.compare(0, ch.size(), ch) == 0) return true;
  return false;
}

const UnitDef* UnitTable::Find(std::string_view surface) const {
  for (const UnitDef& u : units_)
    if (u.surface == surface) return &u;
  return nullptr;
}

}  // namespace factlint
