#include "extract/quantity_words.h"

#include <unicode/uchar.h>

namespace factlint {
namespace {

struct Word {
  std::string_view text;
  Qualifier qualifier;
};

// Longest first, so that 超过 wins over 超 and 接近 over 近.
constexpr Word kPrefixQualifiers[] = {
    {"不超过", Qualifier::kBelow}, {"不高于", Qualifier::kBelow},
    {"不大于", Qualifier::kBelow}, {"不多于", Qualifier::kBelow},
    {"不低于", Qualifier::kAbove}, {"不少于", Qualifier::kAbove},
    {"不小于", Qualifier::kAbove}, {"不足", Qualifier::kBelow},
    {"超过", Qualifier::kAbove}, {"超出", Qualifier::kAbove},
    {"多于", Qualifier::kAbove}, {"高于", Qualifier::kAbove},
    {"大于", Qualifier::kAbove}, {"不到", Qualifier::kBelow},
    {"至少", Qualifier::kAbove}, {"突破", Qualifier::kAbove},
    {"低于", Qualifier::kBelow},
    {"少于", Qualifier::kBelow}, {"小于", Qualifier::kBelow},
    {"接近", Qualifier::kNear},  {"将近", Qualifier::kNear},
    {"大约", Qualifier::kAbout}, {"约为", Qualifier::kAbout},
    {"超", Qualifier::kAbove},   {"逾", Qualifier::kAbove},
    {"近", Qualifier::kNear},    {"约", Qualifier::kAbout},
};

constexpr Word kSuffixQualifiers[] = {
    {"以上", Qualifier::kAbove}, {"以下", Qualifier::kBelow},
    {"以内", Qualifier::kBelow}, {"左右", Qualifier::kAbout},
    {"上下", Qualifier::kAbout},
};

// A single-character qualifier is not one when it ends a longer word:
// 最近 (recently), 附近, 节约 (save), 制约, 签约 ...
constexpr std::string_view kNotNear[] = {"最", "附", "临", "靠", "贴", "亲",
                                         "就", "接", "将"};
constexpr std::string_view kNotAbout[] = {"节", "制", "签", "公", "条", "契",
                                          "预", "履", "违", "邀", "相", "大"};
constexpr std::string_view kNotAbove[] = {"赶", "高"};

bool EndsWith(std::string_view text, size_t pos, std::string_view word) {
  return pos >= word.size() && text.substr(pos - word.size(), word.size()) == word;
}

template <size_t N>
bool PrecededByAny(std::string_view text, size_t pos,
                   const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (EndsWith(text, pos, w)) return true;
  return false;
}

}  // namespace

QualifierMatch PrefixQualifier(std::string_view text, size_t pos,
                               size_t floor) {
  for (const Word& w : kPrefixQualifiers) {
    if (!EndsWith(text, pos, w.text) || pos - w.text.size() < floor) continue;
    size_t begin = pos - w.text.size();
    if (w.text == "近" && PrecededByAny(text, begin, kNotNear)) continue;
    if (w.text == "约" && PrecededByAny(text, begin, kNotAbout)) continue;
    if (w.text == "超" && PrecededByAny(text, begin, kNotAbove)) continue;
    return {w.qualifier,
            {static_cast<uint32_t>(begin), static_cast<uint32_t>(pos)}};
  }
  return {};
}

QualifierMatch SuffixQualifier(std::string_view text, size_t pos) {
  for (const Word& w : kSuffixQualifiers) {
    if (!At(text, pos, w.text)) continue;
    size_t end = pos + w.text.size();
    // 上下游, 上下级, 以下简称 ...
    if (w.text == "上下" && (At(text, end, "游") || At(text, end, "级") ||
                             At(text, end, "文") || At(text, end, "班")))
      continue;
    return {w.qualifier,
            {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}};
  }
  return {};
}

bool RankContextBefore(std::string_view text, size_t pos) {
  static constexpr std::string_view kWords[] = {
      "排名", "排", "居", "位居", "位列", "列", "名列", "世界", "全球", "全国",
      "亚洲", "全省", "全市", "国内", "国际", "跃居", "升至", "降至", "跃升至"};
  return PrecededByAny(text, pos, kWords);
}

bool TopContextBefore(std::string_view text, size_t pos) {
  static constexpr std::string_view kWords[] = {
      "排名", "进入", "跻身", "位居", "居", "位列", "名列", "列", "世界",
      "全球", "全国", "保持"};
  return PrecededByAny(text, pos, kWords);
}

bool ChengStartsWord(std::string_view text, size_t pos) {
  static constexpr std::string_view kWords[] = {
      "成为", "成功", "成果", "成本", "成员", "成立", "成长", "成熟", "成效",
      "成就", "成交", "成型", "成形", "成都", "成绩", "成像", "成品", "成套",
      "成批", "成片", "成规模", "成体系", "成了"};
  for (std::string_view w : kWords)
    if (At(text, pos, w)) return true;
  return false;
}

bool UnitBlocked(std::string_view text, size_t pos) {
  static constexpr std::string_view kWords[] = {
      "所示", "所述", "所有", "所以", "所在", "所得", "所谓", "部分", "部署",
      "部门", "条件", "条例", "件事", "度过", "元素", "元年", "名称", "名单",
      "位于", "人民", "人才", "人工", "人类", "人员", "个人", "项目", "次要",
      "起来", "本报", "本次", "首先", "批准", "处理", "场景", "场所", "类型",
      "组织", "门槛", "届时", "台阶", "块钱", "份额", "岁月"};
  for (std::string_view w : kWords)
    if (At(text, pos, w)) return true;
  return false;
}

bool IsIdeograph(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC);
}

bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiAlnum(char32_t c) {
  return IsAsciiLetter(c) || (c >= '0' && c <= '9');
}

}  // namespace factlint
