#include "extract/quantity_words.h"

#include <unicode/uchar.h>

namespace factlint {
namespace {

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

std::string_view EnglishWordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && IsAsciiLetter(static_cast<unsigned char>(text[b - 1]))) --b;
  return text.substr(b, e - b);
}

bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiAlnum(char32_t c) {
  return IsAsciiLetter(c) || (c >= '0' && c <= '9');
}

}  // namespace factlint
