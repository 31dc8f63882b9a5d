// Interval policy: how a written number becomes the interval of values it
// can stand for, and how qualifiers change that interval.
//
//  * Written digits give [v - step/2, v + step/2), where step is the place of
//    the last written digit: 2.68% -> [2.675, 2.685), 26.3% -> [26.25, 26.35),
//    47.2万人年 -> [471500, 472500), 2497亿元 -> [2496.5亿, 2497.5亿).
//  * Integers counted with a classifier or person unit (家, 项, 人, 人次) and
//    no magnitude word are exact: 525家 = [525, 525], 200家 = [200, 200].
//  * Round figures carry less precision: an integer written before a
//    magnitude word (6000亿, 八十万亿) or an integer of 1000 or more
//    (2000, 3000户) has step = place of its last non-zero digit, at most a
//    fifth of the value (the cap `about` uses) and never finer than its last
//    written digit. Written bare, it is read to a step of at most a tenth of
//    the value: 6000亿元 -> [5700亿, 6300亿), 1000万人 -> [950万, 1050万)
//    (not 500万 to 1500万: no editor writes 1000万 for 1310万, or a budget of
//    5000亿 for 5500亿, without 约), 3万 -> [2.5万, 3.5万); 约 widens it by
//    the whole step (约5000亿 is 4000亿 to 6000亿). A counted integer below 1000 stays exact.
//    Digits after a decimal point are always significant (3.0万 -> step 0.1万).
//  * Years, ranks, fractions written as a/b or N分之M, and durations counted
//    in whole units (5年, 10个月) are exact points.
//  * Qualifiers (words in rules/units.toml [qualifiers]) bound the value v
//    as written, as editors and Chinese usage read them (以上, 以下 and 以内
//    include the number; 超过, 不到 do not):
//      above     超过, 逾, 突破, 高于, 多于      -> (v, +inf)
//      at-least  以上, 不低于, 不少于, 至少      -> [v, +inf)
//      below     不到, 不足, 低于, 少于          -> (-inf, v)
//      at-most   以下, 以内, 不超过, 不高于      -> (-inf, v]
//      near      近, 接近, 将近                  -> [v - v/10, v] (近四成 is
//                36% to 40%, 近一倍 0.9 to 1 times)
//      about     约, 大约, 左右, 上下            -> [v - d, v + d], d = the
//                step, at most a fifth of v and at least half the step
//                (约5000亿 is 4000亿 to 6000亿, 约1亿人 not 0 to 2亿);
//                for an exact count a twentieth of v (约525家)
//      plus      多, 余 after the number        -> (v, v + plus step)
//                多 before a magnitude (6800多万) -> [v, v + plus step)
//    A widened lower bound of a positive value stops at zero. A negative
//    value (-10000, −2.2%, 负四十五亿) has the precision of its absolute
//    value; its plus interval extends away from zero (负30多 = (-40, -30)).
//    The plus step is the place of the last non-zero digit (30多 -> 10,
//    6800多 -> 100, 8000多 -> 1000, 1000余 -> 1000), scaled by any
//    magnitude word after the 多.
//  * Ranges (5至10年, 5-10%, 2018-2022年) run from the low end's written lo
//    to the high end's written hi, both ends read at the finer of their two
//    steps (6.5%-7% is [6.45, 7.05)).
#ifndef FACTLINT_EXTRACT_PRECISION_H_
#define FACTLINT_EXTRACT_PRECISION_H_

#include "extract/claim.h"

namespace factlint {

// The place of the last non-zero digit of an integer-valued v > 0 (6000 ->
// 1000, 2497 -> 1, 472000 -> 1000), never below `step`. For v with a
// fraction, or v <= 0, returns `step`.
double RoundStep(double v, double step);

// The step of a round figure v (see the policy above): RoundStep, at most
// a fifth of v, never finer than `step` (its last written digit).
double RoundFigureStep(double v, double step);

// The step a figure written without a qualifier is read to (see the policy
// above): `step`, but at most a tenth of v, never finer than `written_step`
// (its last written digit).
double BareStep(double v, double step, double written_step);

// Step of a trailing 多/余 on the integer `base` (see the policy above).
double PlusStep(double base);

// [v - step/2, v + step/2); a point when step is 0.
Interval WrittenInterval(double v, double step);

// Applies a qualifier to the written interval of a value v with precision
// `step`. kPlus is not handled here (it needs the plus step); see PlusInterval.
Interval ApplyQualifier(Qualifier q, const Interval& written, double v,
                        double step);

// The figure as written that a qualifier bounded, recovered from the claim's
// interval `value` (the inverse of ApplyQualifier): the point v of the
// one-sided and near forms, the centre of an about; `value` itself without a
// qualifier (its rounding) and for 多 (a figure and the values just above it).
Interval StatedFigure(Qualifier q, const Interval& value);

// (v, v + plus_step), closed at v when `closed_low`.
Interval PlusInterval(double v, double plus_step, bool closed_low);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_PRECISION_H_
