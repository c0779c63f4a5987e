#include "views/plots/plotexport.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace bpui {

namespace {

QString csvNumber(double x)
{
    if (std::isnan(x))
        return {};
    if (std::isinf(x))
        return x > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(x, 'g', 17);
}

bool exportSvg(QCustomPlot* plot, const QString& path, int width, int height, QString* error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(plot->objectName());
    generator.setDescription(QStringLiteral("Exported from Backprop Studio"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        *error = QObject::tr("cannot write %1").arg(path);
        return false;
    }
    plot->toPainter(&painter, width, height);
    painter.end();
    return true;
}

} // namespace

bool exportPlot(QCustomPlot* plot, const QString& path, QString* error, int pngWidth)
{
    const int width = std::max(plot->width(), 400);
    const int height = std::max(plot->height(), 300);
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        // The on-screen layout (fonts stay readable), rendered at the resolution asked for.
        const double scale = pngWidth > 0 ? static_cast<double>(pngWidth) / width : 1.0;
        ok = plot->savePng(path, width, height, scale);
    } else if (suffix == QLatin1String("pdf"))
        ok = plot->savePdf(path, width, height);
    else if (suffix == QLatin1String("svg"))
        return exportSvg(plot, path, width, height, error);
    else {
        *error = QObject::tr("%1: choose a .png, .svg or .pdf file name").arg(path);
        return false;
    }
    if (!ok)
        *error = QObject::tr("cannot write %1").arg(path);
    return ok;
}

QString historyCsv(const bp::TrainingHistory& history)
{
    return *historyCsv(history, [](std::size_t, std::size_t) { return true; });
}

std::optional<QString> historyCsv(const bp::TrainingHistory& history,
                                  const std::function<bool(std::size_t, std::size_t)>& progress)
{
    QString text = QStringLiteral("iteration,epoch,evaluations,train_cost,validation_cost,"
                                  "train_accuracy,validation_accuracy,gradient_norm,"
                                  "elapsed_seconds\n");
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (i % kHistoryCsvBlock == 0 && !progress(i, history.size()))
            return std::nullopt;
        const bp::IterationStats s = history[i];
        text += QString::number(s.iteration) + QLatin1Char(',') + csvNumber(s.epoch) +
                QLatin1Char(',') + QString::number(s.evaluations) + QLatin1Char(',') +
                csvNumber(s.trainCost) + QLatin1Char(',') + csvNumber(s.validationCost) +
                QLatin1Char(',') + csvNumber(s.trainAccuracy) + QLatin1Char(',') +
                csvNumber(s.validationAccuracy) + QLatin1Char(',') + csvNumber(s.gradientNorm) +
                QLatin1Char(',') + csvNumber(s.elapsedSeconds) + QLatin1Char('\n');
    }
    if (!progress(history.size(), history.size()))
        return std::nullopt;
    return text;
}

QString gradientTableCsv(const bp::GradientCheckReport& report)
{
    QString text = QStringLiteral(
        "index,layer,row,column,analytic,numeric,abs_difference,relative_difference\n");
    for (const bp::GradientCheckEntry& e : report.entries) {
        text += QStringLiteral("%1,%2,%3,%4,").arg(e.index).arg(e.layer).arg(e.row).arg(e.column) +
                csvNumber(e.analytic) + QLatin1Char(',') + csvNumber(e.numeric) + QLatin1Char(',') +
                csvNumber(e.absoluteDifference) + QLatin1Char(',') +
                csvNumber(e.relativeDifference) + QLatin1Char('\n');
    }
    return text;
}

bool writeTextFile(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bpui
