#include "fix/unified_diff.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace factlint {
namespace {

using Lines = std::vector<std::string_view>;

// Edit distance beyond which the middle is replaced as one block.
constexpr int kMaxDistance = 2000;

Lines SplitLines(std::string_view s) {
  Lines out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
    out.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

enum class OpKind { kEqual, kDelete, kInsert };
struct Op {
  OpKind kind;
  std::string_view line;
};

// Myers' O(ND) diff of a[lo_a, hi_a) and b[lo_b, hi_b), appended to *ops.
// Returns false when the distance exceeds kMaxDistance.
bool Myers(const Lines& a, size_t lo_a, size_t hi_a, const Lines& b,
           size_t lo_b, size_t hi_b, std::vector<Op>* ops) {
  const int n = static_cast<int>(hi_a - lo_a), m = static_cast<int>(hi_b - lo_b);
  const int max = std::min(n + m, kMaxDistance);
  const int off = max + 1;
  std::vector<int> v(2 * max + 3, 0);
  // trace[d] is v over k in [-d-1, d+1] before step d.
  std::vector<std::vector<int>> trace;
  auto A = [&](int i) { return a[lo_a + i]; };
  auto B = [&](int j) { return b[lo_b + j]; };
  bool done = false;
  for (int d = 0; d <= max && !done; ++d) {
    trace.emplace_back(v.begin() + off - d - 1, v.begin() + off + d + 2);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
                  ? v[off + k + 1]
                  : v[off + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && A(x) == B(y)) ++x, ++y;
      v[off + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  if (!done) return false;
  std::vector<Op> rev;
  int x = n, y = m;
  for (int d = static_cast<int>(trace.size()) - 1; d >= 0; --d) {
    const std::vector<int>& t = trace[d];
    auto V = [&](int k) { return t[k + d + 1]; };
    int k = x - y;
    int prev_k = (k == -d || (k != d && V(k - 1) < V(k + 1))) ? k + 1 : k - 1;
    int prev_x = V(prev_k), prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      rev.push_back({OpKind::kEqual, A(x - 1)});
      --x, --y;
    }
    if (d > 0) {
      if (x == prev_x) rev.push_back({OpKind::kInsert, B(y - 1)});
      else rev.push_back({OpKind::kDelete, A(x - 1)});
    }
    x = prev_x, y = prev_y;
  }
  ops->insert(ops->end(), rev.rbegin(), rev.rend());
  return true;
}

std::vector<Op> DiffLines(const Lines& a, const Lines& b) {
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre &&
         a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
    ++suf;
  std::vector<Op> ops;
  for (size_t i = 0; i < pre; ++i) ops.push_back({OpKind::kEqual, a[i]});
  if (!Myers(a, pre, a.size() - suf, b, pre, b.size() - suf, &ops)) {
    for (size_t i = pre; i < a.size() - suf; ++i)
      ops.push_back({OpKind::kDelete, a[i]});
    for (size_t i = pre; i < b.size() - suf; ++i)
      ops.push_back({OpKind::kInsert, b[i]});
  }
  for (size_t i = a.size() - suf; i < a.size(); ++i)
    ops.push_back({OpKind::kEqual, a[i]});
  return ops;
}

std::string Range(size_t before, size_t count) {
  size_t start = count == 0 ? before : before + 1;
  return std::to_string(start) + "," + std::to_string(count);
}

void AppendLine(char mark, std::string_view line, std::string* out) {
  out->push_back(mark);
  out->append(line);
  if (line.empty() || line.back() != '\n')
    out->append("\n\\ No newline at end of file\n");
}

}  // namespace

std::string UnifiedDiff(const std::string& path, const std::string& before,
                        const std::string& after) {
  if (before == after) return "";
  std::string_view name = path;
  while (name.substr(0, 2) == "./") name.remove_prefix(2);
  while (!name.empty() && name[0] == '/') name.remove_prefix(1);
  Lines a = SplitLines(before), b = SplitLines(after);
  std::vector<Op> ops = DiffLines(a, b);

  std::string out = "--- a/" + std::string(name) + "\n+++ b/" +
                    std::string(name) + "\n";
  // a_pos/b_pos[i]: lines of a and b before ops[i].
  std::vector<size_t> a_pos(ops.size() + 1, 0), b_pos(ops.size() + 1, 0);
  for (size_t i = 0; i < ops.size(); ++i) {
    a_pos[i + 1] = a_pos[i] + (ops[i].kind != OpKind::kInsert);
    b_pos[i + 1] = b_pos[i] + (ops[i].kind != OpKind::kDelete);
  }
  const size_t ctx = kDiffContext;
  size_t i = 0;
  while (i < ops.size()) {
    if (ops[i].kind == OpKind::kEqual) {
      ++i;
      continue;
    }
    size_t start = i >= ctx ? i - ctx : 0;
    size_t last = i;  // last change in the hunk
    for (size_t j = i + 1; j < ops.size() && j - last <= 2 * ctx + 1; ++j) {
      if (ops[j].kind != OpKind::kEqual) last = j;
    }
    size_t end = std::min(ops.size(), last + 1 + ctx);
    out += "@@ -" + Range(a_pos[start], a_pos[end] - a_pos[start]) + " +" +
           Range(b_pos[start], b_pos[end] - b_pos[start]) + " @@\n";
    for (size_t j = start; j < end; ++j) {
      char mark = ops[j].kind == OpKind::kEqual    ? ' '
                  : ops[j].kind == OpKind::kDelete ? '-'
                                                   : '+';
      AppendLine(mark, ops[j].line, &out);
    }
    i = end;
  }
  return out;
}

}  // namespace factlint
