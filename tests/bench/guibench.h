#pragma once
// Shared by the GUI benchmark's parts (guibench.cpp: redraws; guitraining.cpp: training
// through the real window). Speed is measured and reported, never asserted.

#include <algorithm>
#include <string>
#include <vector>

namespace bench {

struct Stat
{
    double median = 0.0, min = 0.0, max = 0.0;
};

inline Stat summarize(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return {n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]), v.front(), v.back()};
}

/// The q-quantile (0…1) of v by the nearest-rank rule.
inline double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(q * static_cast<double>(v.size()) + 0.999999);
    return v[std::min(v.size() - 1, rank > 0 ? rank - 1 : 0)];
}

struct Row
{
    std::string id, what, unit;
    Stat value;
    double target = 0.0;       // NaN: reported only
    bool higherIsBetter = false; // target is a floor (≥) instead of a ceiling (≤)
};

/// Training through bpui::MainWindow with every dock floating and visible: the headless
/// throughput of the same job, the throughput through the worker, their ratio, and the GUI
/// thread's event-loop stalls meanwhile. Appends its rows.
void benchTrainingThroughWindow(int runs, std::vector<Row>& rows);

/// File → Open of a Fashion-MNIST project through the real window: wall time and the GUI
/// thread's stalls meanwhile (the load runs on the session's loader thread). Appends its rows.
void benchProjectOpen(int runs, std::vector<Row>& rows);

/// Diagnose → Learning curve… → Run through the real window (guicurve.cpp): the curve's wall
/// time against the largest size trained twice, and the GUI thread's stalls meanwhile.
void benchCurveThroughWindow(int runs, std::vector<Row>& rows);

/// View → Landscape → Compute (41 × 41, principal directions) through the real window while
/// the spiral example trains (guilandscape.cpp): its wall time and the GUI thread's stalls.
void benchLandscapeThroughWindow(int runs, std::vector<Row>& rows);

/// The heap that 10⁶ full-batch rows with validation take through the session's pieces that
/// keep them (LiveHistory, CostPlot, RunsModel), by mallinfo2 (guicurve.cpp). Appends M3.
void benchHistoryMemory(std::vector<Row>& rows);

} // namespace bench
