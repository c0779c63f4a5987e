#pragma once
// Writing what the studio shows to files other tools read: any QCustomPlot as PNG, SVG or
// PDF, the cost history and the gradient-check table as the CLI writes them.

#include "gradientcheck.h"
#include "trainer.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QCustomPlot;

namespace bpui {

// Translated where it is used: QCoreApplication::translate("bpui::PlotExport", kPlotFilter).
inline constexpr const char* kPlotFilter = QT_TRANSLATE_NOOP(
    "bpui::PlotExport", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");

/// Exported PNGs are this wide unless asked otherwise: sharp on a slide or a printed page.
inline constexpr int kDefaultPngWidth = 1600;

/// The format follows the path's suffix (png, svg or pdf). The layout is the plot's on-screen
/// one (at least 400 × 300); a PNG is drawn at a resolution that makes it `pngWidth` pixels
/// wide (0 = the on-screen size). False with *error set when the file cannot be written.
bool exportPlot(QCustomPlot* plot, const QString& path, QString* error,
                int pngWidth = kDefaultPngWidth);

/// The same columns as `backprop-cli train`'s history.csv; NaN cells are left empty and
/// numbers keep 17 significant digits, so the file reads back bit-exact.
QString historyCsv(const bp::TrainingHistory& history);
/// The same, reporting every kHistoryCsvBlock rows (done, total); progress returning false
/// cancels and gives nullopt. A 10⁶-row history takes seconds to format.
inline constexpr std::size_t kHistoryCsvBlock = 10000;
std::optional<QString> historyCsv(const bp::TrainingHistory& history,
                                  const std::function<bool(std::size_t, std::size_t)>& progress);

/// The same columns as `backprop-cli gradcheck --out`: one row per checked parameter.
QString gradientTableCsv(const bp::GradientCheckReport& report);

/// Writes text atomically (QSaveFile). False with *error set on failure.
bool writeTextFile(const QString& path, const QString& text, QString* error);

} // namespace bpui
