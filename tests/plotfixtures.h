#pragma once
// Synthetic inputs for the plot tests: a cost history with a known shape and a gradient-check
// report with a chosen overall relative difference.

#include "gradientcheck.h"
#include "traininghistory.h"

#include <cmath>
#include <vector>

namespace bptest {

/// `rows` iterations of a falling, slightly wavy training cost, a validation cost above it and
/// a rising accuracy: enough structure for decimation and axis tests.
inline std::vector<bp::IterationStats> syntheticHistory(long rows)
{
    std::vector<bp::IterationStats> history(static_cast<std::size_t>(rows));
    for (long i = 0; i < rows; ++i) {
        bp::IterationStats& s = history[static_cast<std::size_t>(i)];
        s.iteration = i;
        s.epoch = i / 10.0;
        s.evaluations = 2 * i + 1;
        s.elapsedSeconds = i * 1e-3;
        s.trainCost = 1.0 / (1.0 + 0.01 * i) + 0.02 * std::sin(0.37 * i) / (1.0 + 0.01 * i);
        s.validationCost = 1.15 / (1.0 + 0.008 * i) + 0.05;
        s.trainAccuracy = 1.0 - 0.7 / (1.0 + 0.01 * i);
    }
    return history;
}

/// A report shaped like the engine's: the overall relative difference is what counts.
inline bp::GradientCheckReport syntheticReport(double relative)
{
    bp::GradientCheckReport report;
    report.parameterCount = 12;
    report.relativeDifference = relative;
    for (int i = 0; i < 12; ++i) {
        bp::GradientCheckEntry e;
        e.index = i;
        e.layer = i < 8 ? 0 : 1;
        e.row = i % 2;
        e.column = i / 4;
        e.analytic = 0.1 * (i - 6);
        e.numeric = e.analytic * (1.0 + relative);
        e.absoluteDifference = std::abs(e.numeric - e.analytic);
        e.relativeDifference = relative;
        report.entries.push_back(e);
    }
    for (int l = 0; l < 2; ++l) {
        bp::LayerCheckSummary s;
        s.layer = l;
        s.checked = l == 0 ? 8 : 4;
        s.relativeDifference = s.biasRelativeDifference = s.weightRelativeDifference = relative;
        report.layers.push_back(s);
    }
    return report;
}


} // namespace bptest
