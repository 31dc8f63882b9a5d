#include "extract/time.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>

#include "base/strings.h"

namespace factlint {
namespace {

const char* const kDigitNames[] = {"零", "一", "二", "三", "四",
                                   "五", "六", "七", "八", "九"};

int DigitValue(std::string_view s, size_t* len) {
  for (int i = 0; i < 10; ++i) {
    std::string_view d = kDigitNames[i];
    if (s.substr(0, d.size()) == d) {
      *len = d.size();
      return i;
    }
  }
  if (s.substr(0, 3) == "两") {
    *len = 3;
    return 2;
  }
  return -1;
}

bool AllSpace(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// The fixed sentence-time patterns, in TimeWords::Pattern order (the others
// are built from the lexicon's words).
const char* const kFixedPatterns[] = {
    "((?:19|20)\\d\\d)\\s*年?\\s*(?:[-—–~～]+|至|到)\\s*((?:19|20)\\d\\d)\\s*年",
    nullptr,  // kChineseYear
    nullptr,  // kYear
    nullptr,  // kPlan
    "第十([一二三四五六七八九])个五年规划",
    nullptr,  // kRelativeYear
    nullptr,  // kPastSpan
    nullptr,  // kAgo
    nullptr,  // kLater
    nullptr,  // kFutureSpan
};

// Years written in numerals (digit by digit: 二〇三五), and the N of a span
// of years (五年来, 近5年).
constexpr char kChineseYearDigits[] = "((?:一|二)(?:[〇○零0一二三四五六七八九]){3})";
constexpr char kYearDigits[] = "((?:19|20)\\d\\d)";
constexpr char kSpanCount[] = "([0-9]{1,2}|[一二三四五六七八九十两]{1,3})";
// A five-year plan's name, optionally quoted: “十四五”.
constexpr char kPlanName[] =
    "([“\"‘']?)(十[一二三四五六七八九]五|十五|[六七八九]五)([”\"’']?)";

bool Listed(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Start year of the k-th five-year plan (k >= 6): 六五 = 1981, 十四五 = 2021.
int PlanStart(int k) { return 1981 + 5 * (k - 6); }

// Text just before `pos` in `piece` with spaces and 的 skipped, for base
// markers.
// 国家统计局2024年发布的公报, 五年前提出的目标: the time right before `pos`
// says when something was published or proposed ([time] publication_verbs),
// not what time its figures are of. So does a time whose next clause is a
// document and a verb of quoting (五年前,党的十九大报告写道,…: [time]
// quoted_documents, quoting_verbs): the figures quoted are as of that
// document. Given the time's start `own_clause_from`, the document may also
// stand in the time's own clause (今年的政府工作报告给出了新的数字:…), and
// without a verb after a word of attribution ([time] attributions: 据今年的政
// 府工作报告,…), as it may after a relative year; an explicit year before a
// document's name is its edition instead ([time] edition_nouns), which dates
// what follows it, as 今年的政府工作报告提出,… dates the plans it quotes.
bool SaysWhenPublished(std::string_view piece, size_t pos, const TimeWords& words,
                       size_t own_clause_from = std::string_view::npos) {
  std::string_view after = TrimLeft(piece.substr(pos));
  for (const std::string& w : words.lists().publication_verbs)
    if (StartsWith(after, w)) return true;
  const bool next_clause = StartsWith(after, ",");
  if (next_clause) after = TrimLeft(after.substr(1));
  else if (own_clause_from == std::string_view::npos) return false;
  const bool attributed =
      !next_clause &&
      EndsWithAny(TrimRight(piece.substr(0, own_clause_from)), words.lists().attributions);
  const std::string_view clause = after.substr(0, after.find_first_of(",:;"));
  if (clause.find_first_of("0123456789") != std::string_view::npos) return false;
  for (const std::string& d : words.lists().quoted_documents)
    for (size_t p = d.empty() ? std::string_view::npos : clause.find(d); p != std::string_view::npos;
         p = clause.find(d, p + 1))
      if (attributed ||
          StartsWithAny(TrimLeft(clause.substr(p + d.size())), words.lists().quoting_verbs))
        return true;
  return false;
}

bool PrecededByBase(std::string_view piece, size_t pos, const TimeWords& words) {
  std::string_view before = piece.substr(0, pos);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) {
    before.remove_suffix(1);
  }
  for (std::string_view q : {"“", "\"", "‘"}) {
    if (before.size() >= q.size() && before.substr(before.size() - q.size()) == q) {
      before.remove_suffix(q.size());
      break;
    }
  }
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (const std::string& m : words.lists().base_markers) {
    if (before.size() >= m.size() && before.substr(before.size() - m.size()) == m) {
      return true;
    }
  }
  return false;
}

bool FollowedByBase(std::string_view piece, size_t pos, const TimeWords& words) {
  std::string_view after = piece.substr(pos);
  size_t skip = 0;
  while (skip < after.size() && after[skip] == ' ') ++skip;
  after.remove_prefix(skip);
  for (const std::string& p : words.lists().base_particles) {
    if (!p.empty() && after.substr(0, p.size()) == p) {
      after.remove_prefix(p.size());
      break;
    }
  }
  for (const std::string& m : words.lists().base_followers) {
    if (after.substr(0, m.size()) == m) return true;
  }
  // 是2010年的2.2倍: the year is what the multiple is taken of.
  return re2::RE2::PartialMatch(re2::StringPiece(after.data(), after.size()),
                                words.multiple_of());
}

// The byte `at` of `piece` stands inside a title (《…》): a title opens
// before it and does not close between.
bool InsideTitle(std::string_view piece, size_t at, const TimeWords::Lists& w) {
  size_t open = std::string_view::npos;
  for (const std::string& o : w.title_opens)
    if (size_t p = piece.substr(0, at).rfind(o); p != std::string_view::npos)
      open = open == std::string_view::npos ? p : std::max(open, p);
  if (open == std::string_view::npos) return false;
  for (const std::string& c : w.title_closes)
    if (piece.substr(open, at - open).find(c) != std::string_view::npos) return false;
  return true;
}

struct Found {
  size_t b, e;
  int from, to;
  TimeOrigin origin;
  bool name = false;
  bool clause_only = false;  // see TimeExpr::clause_only
};

// The bytes already taken by an expression found, so that a later pattern
// does not claim them again; logarithmic per question (a sentence of
// thousands of years asked a list of every earlier one for each). Spans are
// the matches of patterns that each match at least one character.
class Taken {
 public:
  bool operator()(size_t b, size_t e) const {
    auto it = runs_.lower_bound(e);  // runs that start before e end before it
    return it != runs_.begin() && std::prev(it)->second > b;
  }
  void Add(size_t b, size_t e) {
    auto it = runs_.upper_bound(b);
    if (it != runs_.begin() && std::prev(it)->second >= b) {
      --it;
      b = it->first;
    }
    while (it != runs_.end() && it->first <= e) {
      e = std::max(e, it->second);
      it = runs_.erase(it);
    }
    runs_.emplace(b, e);
  }

 private:
  std::map<size_t, size_t> runs_;  // disjoint covered runs, begin -> end
};

// Runs `re` over `piece`; calls fn(match_begin, match_end, groups).
template <typename Fn>
void ForEachMatch(const re2::RE2& re, std::string_view piece, Fn fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(n);
  size_t pos = 0;
  while (pos < piece.size() &&
         re.Match(re2::StringPiece(piece.data(), piece.size()), pos,
                  piece.size(), re2::RE2::UNANCHORED, groups.data(), n)) {
    size_t b = groups[0].data() - piece.data();
    size_t e = b + groups[0].size();
    fn(b, e, groups);
    pos = e > b ? e : b + 1;
  }
}

// The same for the sentence-time pattern `k` of `words`, skipped when the
// one pass over the sentence (`present`) found it nowhere.
template <typename Fn>
void ForEachMatch(uint32_t present, TimeWords::Pattern k, const TimeWords& words,
                  std::string_view piece, Fn fn) {
  if (present & (1u << k)) ForEachMatch(words.pattern(k), piece, fn);
}

int ToInt(re2::StringPiece s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return s.empty() ? -1 : v;
}

}  // namespace

bool YearAhead(const DocumentDate& date) { return date.month < 7; }

std::string QuotedAlternation(std::initializer_list<const std::vector<std::string>*> lists) {
  std::string out;
  for (const auto* list : lists)
    for (const std::string& w : *list)
      if (!w.empty()) out += (out.empty() ? "" : "|") + re2::RE2::QuoteMeta(w);
  return out;
}

namespace {

// QuotedAlternation, or a pattern matching nothing when there are no words.
std::string Listed(std::initializer_list<const std::vector<std::string>*> lists) {
  std::string out = QuotedAlternation(lists);
  return out.empty() ? std::string("$^") : out;
}

}  // namespace

int SmallNumber(std::string_view s) {
  if (s.empty()) return -1;
  if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return s.size() > 4 ? -1 : std::stoi(std::string(s));
  }
  // [d]十[d] or d
  int value = 0;
  size_t len = 0;
  int d = DigitValue(s, &len);
  if (d >= 0) {
    s.remove_prefix(len);
    if (s.empty()) return d;
    value = d;
  }
  if (s.substr(0, 3) != "十") return -1;
  s.remove_prefix(3);
  value = (d >= 0 ? d : 1) * 10;
  if (s.empty()) return value;
  d = DigitValue(s, &len);
  if (d < 0 || len != s.size()) return -1;
  return value + d;
}

DocumentDate ParseDate(std::string_view s) {
  static const re2::RE2 kIso("\\s*((?:19|20)\\d\\d)(?:\\s*[-/.年]\\s*(\\d{1,2})"
                             "(?:\\s*[-/.月]\\s*(\\d{1,2}))?)?.*");
  re2::StringPiece y, m, d;
  DocumentDate date;
  if (!re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), kIso, &y, &m, &d)) {
    return date;
  }
  date.year = ToInt(y);
  int month = m.empty() ? 0 : ToInt(m);
  int day = d.empty() ? 0 : ToInt(d);
  if (month >= 1 && month <= 12) {
    date.month = month;
    if (day >= 1 && day <= 31) date.day = day;
  }
  return date;
}

DocumentDate FindDocumentDate(const Normalized& text, const TimeWords& words) {
  auto it = text.metadata.find("date");
  if (it != text.metadata.end()) {
    DocumentDate d = ParseDate(it->second);
    if (d.year != 0) {
      auto origin = text.metadata.find("date-origin");
      d.origin = origin != text.metadata.end() ? origin->second : "front-matter";
      return d;
    }
  }
  static const re2::RE2 kDate(
      "((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  // 2025-12-08, 2025.12.08, 2025/12/08 on a header line.
  static const re2::RE2 kIsoDate(
      "((?:19|20)\\d\\d)\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})(?:[^\\d]|$)");
  std::string_view all = text.text;
  // A dated header: within the first 40 lines, a line that ends with a date
  // (closing brackets aside: （2022年10月16日）), or a dateline that opens
  // with a dash and a date (——2024年3月5日在第十四届全国人民代表大会…).
  static const re2::RE2 kDateline("^\\s*(?:——|—|－－|--)\\s*$");
  auto closes = [](std::string_view rest) {
    for (std::string_view b : {"）", ")", "】", "]"}) {
      if (rest.substr(0, b.size()) == b) rest.remove_prefix(b.size());
    }
    return AllSpace(rest);
  };
  // A date in brackets after other words (学习贯彻…重要讲话(2024年12月11日))
  // is the date of what the words name; it dates the document only on its
  // title line (国新办新闻发布会实录(2025年9月18日)).
  auto cited = [](std::string_view l, size_t b, bool title) {
    std::string_view before = l.substr(0, b);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool bracketed = false;
    for (std::string_view o : {"(", "（"}) {
      if (before.size() >= o.size() && before.substr(before.size() - o.size()) == o) {
        before.remove_suffix(o.size());
        bracketed = true;
      }
    }
    return bracketed && !AllSpace(before) && !title;
  };
  size_t line_start = 0;
  bool seen_text = false;
  for (int line = 0; line < 40 && line_start < all.size(); ++line) {
    size_t nl = all.find('\n', line_start);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view l = all.substr(line_start, nl - line_start);
    const bool title = !seen_text && !AllSpace(l);
    if (!AllSpace(l)) seen_text = true;
    DocumentDate found;
    ForEachMatch(kDate, l, [&](size_t b, size_t e, const auto& g) {
      std::string_view before = l.substr(0, b);
      bool dateline = re2::RE2::FullMatch(
          re2::StringPiece(before.data(), before.size()), kDateline);
      if (found.year == 0 && !cited(l, b, title) && (closes(l.substr(e)) || dateline)) {
        found.year = ToInt(g[1]);
        found.month = ToInt(g[2]);
        found.day = ToInt(g[3]);
      }
    });
    // A short line that is not a sentence (no 。 or ,) and holds a date is a
    // dated header too: 科技日报 2025年12月8日 星期一, 发布时间:2025-12-08 10:30,
    // 来源:新华网 | 2025-12-08.
    bool source_line = std::any_of(words.lists().source_lines.begin(),
                                   words.lists().source_lines.end(), [&](const std::string& w) {
                                     return !w.empty() && l.find(w) != std::string_view::npos;
                                   });
    bool short_line = false;
    if (found.year == 0 && l.size() <= 180 &&
        l.find("。") == std::string_view::npos && l.find(',') == std::string_view::npos) {
      short_line = true;
      for (const re2::RE2* re : {&kDate, &kIsoDate}) {
        ForEachMatch(*re, l, [&](size_t b, size_t, const auto& g) {
          if (found.year != 0 || cited(l, b, title)) return;
          found.year = ToInt(g[1]);
          found.month = ToInt(g[2]);
          found.day = ToInt(g[3]);
        });
        if (found.year != 0) break;
      }
    }
    if (found.year != 0 && found.month >= 1 && found.month <= 12 &&
        found.day >= 1 && found.day <= 31) {
      found.origin = short_line && source_line ? "source-line" : "header";
      return found;
    }
    found = DocumentDate{};
    line_start = nl + 1;
  }
  re2::StringPiece y, m, d;
  if (re2::RE2::PartialMatch(re2::StringPiece(all.data(), all.size()), words.source_date(),
                             &y, &m, &d)) {
    DocumentDate found;
    found.year = ToInt(y);
    found.month = ToInt(m);
    found.day = ToInt(d);
    found.origin = "source-line";
    return found;
  }
  return DocumentDate{};
}

DocumentDate FindSessionDate(std::string_view text, const SessionDating& dating) {
  std::string_view opening = text.substr(0, std::min<size_t>(text.size(), dating.opening_bytes));
  // Whole characters only.
  while (!opening.empty() && (static_cast<unsigned char>(opening.back()) & 0xC0) == 0x80)
    opening.remove_suffix(1);
  if (!opening.empty() && static_cast<unsigned char>(opening.back()) >= 0xC0) opening.remove_suffix(1);
  static const re2::RE2 kMonthDay("([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日");
  for (const auto& re : dating.sessions) {
    re2::StringPiece input(opening.data(), opening.size()), term, session;
    if (!re2::RE2::FindAndConsume(&input, *re, &term, &session)) continue;
    auto first = std::find_if(dating.first_session_years.begin(), dating.first_session_years.end(),
                              [&](const auto& t) { return t.first == std::string_view(term.data(), term.size()); });
    const int n = SmallNumber(std::string_view(session.data(), session.size()));
    if (first == dating.first_session_years.end() || n < 1 || n > 5) continue;
    // 3月5日上午,在十四届全国人大四次会议…: the day the text reports, in the
    // session's sentence before it. Without one the session is only named
    // (第十二届全国人民代表大会第一次会议以来的五年) and dates nothing.
    const size_t at = static_cast<size_t>(term.data() - opening.data());
    std::string_view before = opening.substr(0, at);
    if (const size_t stop = before.rfind("。"); stop != std::string_view::npos)
      before.remove_prefix(stop + 3);
    re2::StringPiece days(before.data(), before.size());
    int month = 0, day = 0;
    for (int m, d; re2::RE2::FindAndConsume(&days, kMonthDay, &m, &d);) month = m, day = d;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    DocumentDate date;
    date.year = first->second + n - 1;
    date.month = month;
    date.day = day;
    date.origin = "session";
    return date;
  }
  return {};
}

// The patterns of parts of a year, in the order FindPartsOfYear runs them
// (TimeWords::PatternsIn tells which occur). The words are the lexicon's
// ([time] to_date, first_quarter ...).
struct PartPatterns {
  enum { kMonths, kFirstMonths, kToDate, kFirstQuarter, kQuarters, kQuarter, kHalf, kMonth, kCount };
  std::unique_ptr<re2::RE2> re[kCount];
  std::vector<std::string> first_half, second_half;

  explicit PartPatterns(const TimeWords::Lists& w)
      : first_half(w.first_half), second_half(w.second_half) {
    const std::string kNum = "([0-9]{1,2}|[一二三四五六七八九十]{1,3})";
    // 1—11月, 1至11月份, 一至十一月 (1—12月 is the whole year).
    re[kMonths] = std::make_unique<re2::RE2>(kNum + "\\s*月?\\s*(?:[-—–~～]+|至|到)\\s*" +
                                             kNum + "\\s*月(?:份)?");
    // 前11个月, 头两个月: the months from January.
    re[kFirstMonths] = std::make_unique<re2::RE2>("(?:" + Listed({&w.first_months}) + ")\\s*" +
                                                  kNum.substr(0, kNum.size() - 1) +
                                                  "|两)\\s*个\\s*月");
    // 今年以来, 年初以来, 年初至今: up to the document's date (今年前两个月
    // is the first months, above).
    re[kToDate] = std::make_unique<re2::RE2>("(" + Listed({&w.to_date}) + ")");
    re[kFirstQuarter] = std::make_unique<re2::RE2>("(" + Listed({&w.first_quarter}) + ")");
    // 前三季度, 1—3季度, 上半年, 下半年, 一季度, 第二季度.
    re[kQuarters] = std::make_unique<re2::RE2>(
        "(?:" + Listed({&w.first_quarters}) +
        "|1\\s*[-—–~～至]\\s*|一至)([二两三四234])\\s*(?:个)?季度");
    re[kQuarter] = std::make_unique<re2::RE2>("(?:第)?([一二三四1-4])\\s*季度");
    re[kHalf] = std::make_unique<re2::RE2>(
        "(" + Listed({&w.first_half, &w.second_half, &w.full_year}) + ")");
    // 12月份, 11月, 3月末 (a single month).
    re[kMonth] = std::make_unique<re2::RE2>(kNum + "\\s*月(?:份|末|底)?");
  }
};

TimeWords::TimeWords(Lists lists) : lists_(std::move(lists)) {
  // Longest words first: RE2 alternation is leftmost-first.
  auto alternation = [](std::vector<std::string> words) {
    std::stable_sort(words.begin(), words.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : "|") + re2::RE2::QuoteMeta(w);
    return out.empty() ? std::string("$^") : out;
  };
  std::vector<std::string> relative;
  for (const auto& [w, offset] : lists_.relative_years) relative.push_back(w);
  for (const std::string& w : lists_.now_words) relative.push_back(w);
  relative_year_ = std::make_unique<re2::RE2>("(" + alternation(relative) + ")");
  const std::string n = kSpanCount;
  const std::string since = "(\\s*(?:" + Listed({&lists_.since}) + "))?";
  source_date_ = std::make_unique<re2::RE2>(
      "(?:" + Listed({&lists_.source_labels}) +
      ")\\s*[:：][^\\n]*?((?:19|20)\\d\\d)\\s*(?:年|[-./])\\s*(\\d{1,2})"
      "\\s*(?:月|[-./])\\s*(\\d{1,2})");
  multiple_of_ = std::make_unique<re2::RE2>("^\\s*(?:" + Listed({&lists_.base_particles}) +
                                            ")?\\s*[0-9.一二三四五六七八九十两]+\\s*倍");
  fixed_[kChineseYear] =
      std::make_unique<re2::RE2>(std::string(kChineseYearDigits) + "\\s*年" + since);
  fixed_[kYear] = std::make_unique<re2::RE2>(std::string(kYearDigits) + "\\s*年" + since);
  fixed_[kPlan] = std::make_unique<re2::RE2>(
      std::string(kPlanName) + "\\s*(" +
      Listed({&lists_.plan_during, &lists_.since, &lists_.plan_end, &lists_.plan_start,
              &lists_.plan_names}) +
      ")?");
  fixed_[kAgo] = std::make_unique<re2::RE2>(n + "\\s*年(?:" + Listed({&lists_.ago}) + ")");
  fixed_[kLater] = std::make_unique<re2::RE2>(n + "\\s*年(?:" + Listed({&lists_.later}) + ")");
  // The third form: N年 opening a clause (,五年城镇新增就业6600万人).
  past_span_ = std::make_unique<re2::RE2>("(?:(?:" + alternation(lists_.past_spans) + ")\\s*" + n +
                                          "\\s*年(?:" + Listed({&lists_.past_span_ends}) + ")?|" +
                                          n + "\\s*年(?:" + Listed({&lists_.past_span_alone}) +
                                          ")|(?:^|[,;:])\\s*" + n + "\\s*年" + "(" +
                                          Listed({&lists_.past_span_alone}) + ")?)");
  future_span_ = std::make_unique<re2::RE2>("(?:" + alternation(lists_.future_spans) + ")\\s*" + n +
                                            "\\s*年");
  const std::string year = "((?:19|20)[0-9][0-9])\\b";
  english_span_ = std::make_unique<re2::RE2>(
      "\\b(?:(" + alternation(lists_.english_span_from) + ")\\s+)?" + year +
      "\\s*(?:[-–—]|\\s(?:" + alternation(lists_.english_span_to) + ")\\s)\\s*" + year);
  std::vector<std::string> before = lists_.english_year_before;
  for (const std::string& w : lists_.english_since) before.push_back(w);
  for (const std::string& w : lists_.english_bases) before.push_back(w);
  for (const std::string& w : lists_.english_edition_before) before.push_back(w);
  english_year_ = std::make_unique<re2::RE2>("(?i)\\b(" + alternation(before) + ")\\s+" + year);
  // All of them and the patterns of parts of a year in one RE2::Set: one
  // pass tells which occur in a sentence, and only those are run (most
  // sentences hold one or two of eighteen).
  static_assert(sizeof(kFixedPatterns) / sizeof(kFixedPatterns[0]) == kPatterns);
  for (int k = 0; k < kPatterns; ++k)
    if (kFixedPatterns[k] != nullptr) fixed_[k] = std::make_unique<re2::RE2>(kFixedPatterns[k]);
  parts_ = std::make_unique<PartPatterns>(lists_);
  std::vector<const re2::RE2*> all;
  for (int k = 0; k < kPatterns; ++k) all.push_back(&pattern(static_cast<Pattern>(k)));
  for (int k = 0; k < PartPatterns::kCount; ++k) all.push_back(parts_->re[k].get());
  re2::RE2::Options options;
  options.set_log_errors(false);
  gate_ = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  for (size_t k = 0; k < all.size() && gate_; ++k)
    if (gate_->Add(all[k]->pattern(), nullptr) != static_cast<int>(k)) gate_.reset();
  if (gate_ && !gate_->Compile()) gate_.reset();
}

const re2::RE2& TimeWords::pattern(Pattern k) const {
  switch (k) {
    case kRelativeYear: return *relative_year_;
    case kPastSpan: return *past_span_;
    case kFutureSpan: return *future_span_;
    default: return *fixed_[k];
  }
}

uint32_t TimeWords::PatternsIn(std::string_view piece) const {
  constexpr uint32_t kAll = (1u << (int{kPatterns} + int{PartPatterns::kCount})) - 1;
  if (!gate_) return kAll;
  std::vector<int> present;
  re2::RE2::Set::ErrorInfo error;
  if (!gate_->Match(re2::StringPiece(piece.data(), piece.size()), &present, &error))
    return error.kind == re2::RE2::Set::kNoError ? 0 : kAll;  // out of memory: run them all
  uint32_t mask = 0;
  for (int k : present) mask |= 1u << k;
  return mask;
}


std::vector<TimeExpr> FindTimeExpressions(std::string_view piece,
                                          uint32_t offset,
                                          const DocumentDate& date,
                                          const TimeWords& words) {
  return FindTimeExpressions(piece, offset, date, words, words.PatternsIn(piece));
}

std::vector<TimeExpr> FindTimeExpressions(std::string_view piece,
                                          uint32_t offset,
                                          const DocumentDate& date,
                                          const TimeWords& words,
                                          uint32_t patterns_in) {
  if (IsEnglishSentence(piece)) return FindEnglishTimeExpressions(piece, offset, date, words);
  std::vector<Found> found;
  const uint32_t present = patterns_in & ((1u << TimeWords::kPatterns) - 1);
  if (present == 0) return {};
  Taken taken;
  auto add = [&](const Found& f) {
    taken.Add(f.b, f.e);
    found.push_back(f);
  };
  const int doc_year = date.year;
  // Year ranges first: 2018—2022年, 2018年至2022年.
  ForEachMatch(present, TimeWords::kRange, words, piece, [&](size_t b, size_t e, const auto& g) {
    int a = ToInt(g[1]), z = ToInt(g[2]);
    if (a > 0 && z >= a) add({b, e, a, z, TimeOrigin::kExplicit});
  });
  // Years written digit by digit in Chinese numerals: 二〇三五年, 二0一一年.
  ForEachMatch(present, TimeWords::kChineseYear, words, piece, [&](size_t b, size_t e, const auto& g) {
    int y = 0;
    std::string_view digits(g[1].data(), g[1].size());
    for (size_t i = 0; i < digits.size();) {
      size_t len = (static_cast<unsigned char>(digits[i]) < 0x80) ? 1 : 3;
      std::string_view d = digits.substr(i, len);
      int v = d == "〇" || d == "○" || d == "零" || d == "0" ? 0 : SmallNumber(d);
      if (v < 0 || v > 9) return;
      y = y * 10 + v;
      i += len;
    }
    if (y < 1900 || y > 2100) return;
    int to = y;
    if (!g[2].empty() && doc_year > y) to = doc_year;
    add({b, e, y, to, TimeOrigin::kExplicit});
  });
  // Single years, with 以来 extending to the document year.
  ForEachMatch(present, TimeWords::kYear, words, piece, [&](size_t b, size_t e, const auto& g) {
    if (b > 0 && piece[b - 1] >= '0' && piece[b - 1] <= '9') return;
    if (taken(b, e)) return;
    // 国家统计局2024年发布的公报: when something was published, not what
    // year its figures are of. Figures it gives with no time of their own
    // speak as of that publication, which the text does not date closely
    // enough to compare: a period named but not resolved (years 0).
    if (SaysWhenPublished(piece, e, words)) {
      found.push_back({b, e, 0, 0, TimeOrigin::kRelative});
      return;
    }
    int y = ToInt(g[1]);
    int to = y;
    if (!g[2].empty() && doc_year > y) to = doc_year;
    // 2021年以来 in an undated document runs to an unknown year.
    if (!g[2].empty() && doc_year == 0) y = to = 0;
    add({b, e, y, to, y == 0 ? TimeOrigin::kRelative : TimeOrigin::kExplicit});
  });
  // Five-year plans: “十四五”(期间|时期|以来|末|初), 第十四个五年规划.
  ForEachMatch(present, TimeWords::kPlan, words, piece, [&](size_t b, size_t e, const auto& g) {
    if (taken(b, e)) return;
    std::string_view name(g[2].data(), g[2].size());
    bool quoted = !g[1].empty() && !g[3].empty();
    if (!quoted && g[4].empty()) return;
    if (name.size() <= 6 && !quoted) return;  // 十五期间 is ambiguous
    int k = name == "十五" ? 10 : SmallNumber(name.substr(0, name.size() - 3));
    if (k < 6 || k > 19) return;
    int from = PlanStart(k), to = from + 4;
    std::string_view mod(g[4].data(), g[4].size());
    const TimeWords::Lists& w = words.lists();
    if (Listed(w.plan_end, mod)) from = to;
    if (Listed(w.plan_start, mod)) to = from;
    if (Listed(w.since, mod)) {
      if (doc_year == 0) from = to = 0;  // runs to an unknown year
      else to = std::max(doc_year, from);
    }
    add({b, e, from, to, TimeOrigin::kPeriod, Listed(w.plan_names, mod)});
  });
  ForEachMatch(present, TimeWords::kPlanOrdinal, words, piece, [&](size_t b, size_t e, const auto& g) {
    if (taken(b, e)) return;
    int k = 10 + SmallNumber(std::string_view(g[1].data(), g[1].size()));
    add({b, e, PlanStart(k), PlanStart(k) + 4, TimeOrigin::kPeriod});
  });
  // Relative expressions are found even without a document year (so that
  // the 5 of 这5年 is not taken for a claim); their years stay 0 then.
  const bool known = doc_year != 0;
  {
    ForEachMatch(present, TimeWords::kRelativeYear, words, piece, [&](size_t b, size_t e, const auto& g) {
      if (taken(b, e)) return;
      std::string_view w(g[1].data(), g[1].size());
      int y = doc_year;
      for (const auto& [word, shift] : words.lists().relative_years)
        if (w == word) y = doc_year + shift;
      if (!known || SaysWhenPublished(piece, e, words, /*own_clause_from=*/b)) y = 0;
      // 目前 (now) says what an undated claim says: as of the document.
      const auto& now_words = words.lists().now_words;
      bool now = std::find(now_words.begin(), now_words.end(), w) != now_words.end();
      add({b, e, y, y, now ? TimeOrigin::kDocument : TimeOrigin::kRelative});
    });
    // 五年来, 过去五年, 近5年, 这5年, 最近三年: the n years before the
    // document's year ([year - n, year - 1]) when it speaks early in its year
    // (a report in March reviews the years completed), else the n years up to
    // its own ([year - n + 1, year]: a congress in October, an article in
    // December).
    ForEachMatch(present, TimeWords::kPastSpan, words, piece, [&](size_t b, size_t e, const auto& g) {
      re2::StringPiece num = !g[1].empty() ? g[1] : !g[2].empty() ? g[2] : g[3];
      if (!g[3].empty()) {
        // N年 opening a clause, its figures the N years' (,五年转移农村人口
        // 8463万人; ,十年增加近70万亿元): not before a word that makes N年
        // something else (五年规划, 三年行动计划, 两年内, 五年时间, 一年多).
        b = static_cast<size_t>(num.data() - piece.data());
        if (g[4].empty() && (StartsWithAny(piece.substr(e), words.lists().past_span_not_before) ||
                             (e < piece.size() && piece[e] >= '0' && piece[e] <= '9')))
          return;
      }
      if (taken(b, e)) return;
      int n = SmallNumber(std::string_view(num.data(), num.size()));
      if (n <= 0 || n > 50 || (!g[3].empty() && n < 2)) return;
      // The third form is the time of its own clause only.
      const bool clause_only = !g[3].empty();
      if (!known) {
        add({b, e, 0, 0, TimeOrigin::kRelative, false, clause_only});
      } else {
        const int last = YearAhead(date) ? doc_year - 1 : doc_year;
        add({b, e, last - n + 1, last, TimeOrigin::kRelative, false, clause_only});
      }
    });
    // 五年前, 十年前: year - n (a base after 较/比).
    ForEachMatch(present, TimeWords::kAgo, words, piece, [&](size_t b, size_t e, const auto& g) {
      if (taken(b, e)) return;
      int n = SmallNumber(std::string_view(g[1].data(), g[1].size()));
      if (n <= 0 || n > 50) return;
      int y = known && !SaysWhenPublished(piece, e, words) ? doc_year - n : 0;
      add({b, e, y, y, TimeOrigin::kRelative});
    });
    // 四年后, 三年之后: some years after a time the text does not pin down.
    ForEachMatch(present, TimeWords::kLater, words, piece, [&](size_t b, size_t e, const auto&) {
      if (taken(b, e)) return;
      add({b, e, 0, 0, TimeOrigin::kRelative});
    });
    // 未来五年, 今后5年: [year, year + n - 1] when the year lies ahead (a
    // report in March plans it), else [year + 1, year + n].
    ForEachMatch(present, TimeWords::kFutureSpan, words, piece, [&](size_t b, size_t e, const auto& g) {
      if (taken(b, e)) return;
      int n = SmallNumber(std::string_view(g[1].data(), g[1].size()));
      if (n <= 0 || n > 50) return;
      if (!known) {
        add({b, e, 0, 0, TimeOrigin::kRelative});
      } else {
        const int from = YearAhead(date) ? doc_year : doc_year + 1;
        add({b, e, from, from + n - 1, TimeOrigin::kRelative});
      }
    });
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.b < b.b; });
  std::vector<TimeExpr> out;
  for (const Found& f : found) {
    TimeExpr t;
    t.span = {static_cast<uint32_t>(offset + f.b), static_cast<uint32_t>(offset + f.e)};
    t.from_year = f.from;
    t.to_year = f.to;
    t.origin = f.origin;
    t.base = PrecededByBase(piece, f.b, words) || FollowedByBase(piece, f.e, words);
    t.name = f.name || (f.from != f.to && InsideTitle(piece, f.b, words.lists()));
    t.clause_only = f.clause_only;
    out.push_back(t);
  }
  return out;
}

TimeWords::~TimeWords() = default;

std::vector<PartExpr> FindPartsOfYear(std::string_view piece,
                                      uint32_t offset,
                                      const DocumentDate& date,
                                      const TimeWords& words) {
  return FindPartsOfYear(piece, offset, date, words, words.PatternsIn(piece));
}

std::vector<PartExpr> FindPartsOfYear(std::string_view piece,
                                      uint32_t offset,
                                      const DocumentDate& date,
                                      const TimeWords& words,
                                      uint32_t patterns_in) {
  struct Part {
    size_t b, e;
    std::string part;
  };
  std::vector<Part> found;
  // The set's one pass is the only test of a sentence: a search for words
  // every part holds (月, 季, 半年…) before it cost more than it spared.
  const PartPatterns* patterns = &words.parts();
  const uint32_t present = patterns_in >> TimeWords::kPatterns;
  if (present == 0) return {};
  // Runs pattern k where the set found it.
  auto for_each = [&](int k, auto fn) {
    if (present & (1u << k)) ForEachMatch(*patterns->re[k], piece, fn);
  };
  Taken taken;
  auto add = [&](size_t b, size_t e, std::string part) {
    if (taken(b, e)) return;
    taken.Add(b, e);
    found.push_back({b, e, std::move(part)});
  };
  for_each(PartPatterns::kMonths, [&](size_t b, size_t e, const auto& g) {
    int a = SmallNumber(std::string_view(g[1].data(), g[1].size()));
    int z = SmallNumber(std::string_view(g[2].data(), g[2].size()));
    if (a < 1 || z > 12 || a >= z) return;
    add(b, e, a == 1 && z == 12 ? "" : "M" + std::to_string(a) + "-M" + std::to_string(z));
  });
  for_each(PartPatterns::kFirstMonths, [&](size_t b, size_t e, const auto& g) {
    std::string_view n(g[1].data(), g[1].size());
    int z = n == "两" ? 2 : SmallNumber(n);
    if (z < 1 || z > 12) return;
    add(b, e, z == 12 ? "" : z == 1 ? "M1" : "M1-M" + std::to_string(z));
  });
  for_each(PartPatterns::kToDate, [&](size_t b, size_t e, const auto&) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "YTD %02d-%02d", date.month, date.day);
    add(b, e, buf);
  });
  for_each(PartPatterns::kFirstQuarter, [&](size_t b, size_t e, const auto&) { add(b, e, "Q1"); });
  for_each(PartPatterns::kQuarters, [&](size_t b, size_t e, const auto& g) {
    std::string_view n(g[1].data(), g[1].size());
    int z = n == "两" ? 2 : SmallNumber(n);
    if (z < 2 || z > 4) return;
    add(b, e, z == 4 ? "" : "Q1-Q" + std::to_string(z));
  });
  for_each(PartPatterns::kQuarter, [&](size_t b, size_t e, const auto& g) {
    add(b, e, "Q" + std::to_string(SmallNumber(std::string_view(g[1].data(), g[1].size()))));
  });
  for_each(PartPatterns::kHalf, [&](size_t b, size_t e, const auto& g) {
    std::string_view w(g[1].data(), g[1].size());
    add(b, e, Listed(patterns->first_half, w)    ? "H1"
              : Listed(patterns->second_half, w) ? "H2"
                                                 : "");
  });
  for_each(PartPatterns::kMonth, [&](size_t b, size_t e, const auto& g) {
    int m = SmallNumber(std::string_view(g[1].data(), g[1].size()));
    if (m < 1 || m > 12) return;
    if (b > 0 && piece[b - 1] >= '0' && piece[b - 1] <= '9') return;
    add(b, e, "M" + std::to_string(m));
  });
  std::sort(found.begin(), found.end(),
            [](const Part& a, const Part& b) { return a.b < b.b; });
  std::vector<PartExpr> out;
  for (const Part& p : found) {
    out.push_back({{static_cast<uint32_t>(offset + p.b), static_cast<uint32_t>(offset + p.e)},
                   p.part});
  }
  return out;
}

}  // namespace factlint
