#pragma once
// Every plot the studio shows, for File → Export → Plot and each plot's "Export…" menu. Views
// make their QCustomPlot with makePlot(), which lists it here until it is destroyed. A list
// rather than a search of the widget tree: plots in docks and dialogs that come and go are
// found the same way, and no view needs export code of its own.

#include <QList>
#include <QObject>
#include <QPointer>

class QCustomPlot;
class QWidget;

namespace bpui {

class PlotRegistry
{
public:
    static PlotRegistry& instance();

    /// Live plots in creation order.
    QList<QCustomPlot*> plots() const;
    /// Live plots that `owner` owns through the QObject parent chain (dialogs included).
    QList<QCustomPlot*> plotsOf(const QObject* owner) const;
    void add(QCustomPlot* plot);

private:
    QList<QPointer<QCustomPlot>> plots_; // GUI thread only
};

/// A new QCustomPlot, listed in the registry.
QCustomPlot* makePlot(QWidget* parent = nullptr);

/// What exports and screen readers call `plot` ("Cost", "Θ(1) heat map"; its accessible
/// name); without one, exports use its dock's title. tst_accessibility checks every plot has a
/// name and a description (its tooltip, or an accessible description where a tooltip would
/// cover a hover read-out).
void setPlotExportName(QCustomPlot* plot, const QString& name);
QString plotExportName(const QCustomPlot* plot);

} // namespace bpui
