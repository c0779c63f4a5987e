#include "views/plots/plotregistry.h"

#include "views/plots/plottextscale.h"

#include <qcustomplot.h>

namespace bpui {

PlotRegistry& PlotRegistry::instance()
{
    static PlotRegistry registry;
    return registry;
}

QList<QCustomPlot*> PlotRegistry::plots() const
{
    QList<QCustomPlot*> out;
    for (const QPointer<QCustomPlot>& plot : plots_)
        if (!plot.isNull())
            out << plot.data();
    return out;
}

QList<QCustomPlot*> PlotRegistry::plotsOf(const QObject* owner) const
{
    QList<QCustomPlot*> out;
    for (QCustomPlot* plot : plots()) {
        for (const QObject* up = plot->parent(); up != nullptr; up = up->parent()) {
            if (up == owner) {
                out << plot;
                break;
            }
        }
    }
    return out;
}

void PlotRegistry::add(QCustomPlot* plot)
{
    plots_.removeIf([](const QPointer<QCustomPlot>& p) { return p.isNull(); });
    plots_ << plot;
}

void setPlotExportName(QCustomPlot* plot, const QString& name)
{
    plot->setProperty("bpExportName", name);
    plot->setAccessibleName(name); // what a screen reader calls the plot
}

QString plotExportName(const QCustomPlot* plot)
{
    return plot->property("bpExportName").toString();
}

QCustomPlot* makePlot(QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    // Tab and View → Go to reach it, so a screen reader reads its name and description; a
    // click does not take the focus from the control the user is editing.
    plot->setFocusPolicy(Qt::TabFocus);
    PlotRegistry::instance().add(plot);
    followPlotTextScale(plot); // presentation mode's larger text
    return plot;
}

} // namespace bpui
