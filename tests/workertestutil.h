#pragma once
// Shared helpers for the tests of the worker and everything above it.

#include "worker/trainingsnapshot.h"

#include <QtTest/QtTest>

namespace bpui {
/// QCOMPARE prints TrainingState values through this ADL toString.
inline char* toString(const TrainingState& state)
{
    return qstrdup(qPrintable(toDisplayString(state)));
}
} // namespace bpui
