#pragma once
// Shared helpers for the Qt Test suites.

#include "types.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>

namespace bptest {

/// |actual − expected| ≤ absTol + relTol·|expected|: works for values near zero, where
/// QCOMPARE's relative fuzzy compare does not.
inline bool fuzzyEqual(double actual, double expected, double absTol = 1e-12, double relTol = 1e-9)
{
    return std::abs(actual - expected) <= absTol + relTol * std::abs(expected);
}

/// Same size and the same bits in every element (bit-exact round trips).
inline bool bitEqual(const bp::Vector& a, const bp::Vector& b)
{
    // Empty vectors have null data(), which memcmp must not see even for zero bytes.
    return a.size() == b.size() &&
           (a.size() == 0 || std::memcmp(a.data(), b.data(),
                                         sizeof(double) * static_cast<std::size_t>(a.size())) == 0);
}

/// The message of the bp::InputError that call() throws, or "<no InputError>".
template <typename F> QString errorOf(F&& call)
{
    try {
        call();
    } catch (const bp::InputError& error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("<no InputError>");
}

} // namespace bptest

#define BP_FUZZY_COMPARE(actual, expected, absTol)                                                 \
    do {                                                                                           \
        const double bpA_ = (actual);                                                              \
        const double bpE_ = (expected);                                                            \
        if (!bptest::fuzzyEqual(bpA_, bpE_, (absTol), 0.0))                                        \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (tolerance %4)")                 \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(bpA_, 0, 'g', 17)                                            \
                                 .arg(bpE_, 0, 'g', 17)                                            \
                                 .arg(double(absTol), 0, 'g', 3)));                                \
    } while (false)
