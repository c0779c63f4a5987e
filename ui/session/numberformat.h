#pragma once
// One way to show a number to the user, for every view: costs, ratios, ε, λ, differences.
//
//   1e-3 ≤ |x| < 1e5   plain, `significant` significant digits, trailing zeros dropped
//                      (0.6931, 12.5, 42, 0.001235)
//   otherwise          scientific with the same digits (1.947e+27, 3.05e-06)
//   0                  "0"
//   ±∞, NaN            "∞", "−∞", "NaN"
//   negative           U+2212 minus, as the matrices of matrixformat.h
//
// So a number never takes more than kMaxNumberChars characters, whatever its magnitude: a
// diverged cost of 1.9e+27 must not print hundreds of digits and widen its window.

#include <QString>

namespace bpui {

/// The widest text displayNumber returns ("−1.235e+308" at 4 digits; at most 9 digits).
constexpr int kMaxNumberChars = 16;

/// `value` with `significant` (1 … 9) significant digits, as described above.
QString displayNumber(double value, int significant = 4);

/// A fraction as a percentage: 0.9333 → "93.3 %" (one decimal); "—" when not finite.
QString displayPercent(double fraction, int decimals = 1);

} // namespace bpui
