// fact-direction: the verb of a stated change against its numbers. 增长 with
// a falling value is wrong; for ranks, 提升/升至 means the number goes down
// (第14位 to 第10位) and 下降 means it goes up.
#include <fmt/format.h>

#include "check/check.h"

namespace factlint {
namespace {

// Direction the values actually move, in "better/more" terms: for ranks a
// smaller number is up. kNone when the intervals do not tell.
Direction Actual(const Claim& from, const Claim& to) {
  bool rank = from.kind == ClaimKind::kRank;
  if (to.value.lo > from.value.hi) return rank ? Direction::kDown : Direction::kUp;
  if (to.value.hi < from.value.lo) return rank ? Direction::kUp : Direction::kDown;
  return Direction::kNone;
}

// The message key of the words for a change.
const char* Words(Direction d, bool rank) {
  if (rank) return d == Direction::kUp ? "direction.improvement" : "direction.fall";
  return d == Direction::kUp ? "direction.increase" : "direction.decrease";
}

class DirectionCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-direction", "Change in the wrong direction",
            "A stated change whose verb (增长, 提升, 下降 …) goes the other way "
            "than its numbers; for ranks a smaller number is better.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    for (const auto& doc : ctx.docs) {
      if (!doc->target) continue;
      const auto& claims = doc->extraction.claims;
      for (const Transition& t : doc->extraction.transitions) {
        const Claim& from = claims[t.from];
        const Claim& to = claims[t.to];
        if (from.dimension != to.dimension || t.verb == Direction::kNone)
          continue;
        Direction actual = Actual(from, to);
        if (actual == Direction::kNone || actual == t.verb) continue;
        bool rank = from.kind == ClaimKind::kRank;
        Diagnostic d;
        d.rule_id = info().id;
        d.severity = info().default_severity;
        d.location = doc->Locate(to);
        d.message = ctx.Say(rank ? "direction.message_rank" : "direction.message",
                            fmt::arg("stated", ctx.Say(Words(t.verb, rank))),
                            fmt::arg("from", from.surface), fmt::arg("to", to.surface),
                            fmt::arg("actual", ctx.Say(Words(actual, rank))));
        Note note;
        note.location = doc->Locate(from);
        note.message = ctx.Say("direction.note", fmt::arg("from", from.surface));
        d.notes.push_back(std::move(note));
        out(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeDirectionCheck() {
  return std::make_unique<DirectionCheck>();
}

}  // namespace factlint
