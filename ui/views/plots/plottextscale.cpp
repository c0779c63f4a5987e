#include "views/plots/plottextscale.h"

#include "views/plots/plotregistry.h"

#include <qcustomplot.h>

#include <QHash>

#include <functional>

namespace bpui {

namespace {

double gScale = 1.0;

/// One text-bearing element's font: the view's (base) and the one last set here (applied).
struct Scaled
{
    QFont base;
    QFont applied;
};

/// Per plot: what each element's font was made from. Keyed by element address; an address
/// reused by a new element shows up as a font this code did not set, so it becomes a base.
class PlotFonts : public QObject
{
    using Key = QPair<const void*, int>; // element, which of its fonts

public:
    explicit PlotFonts(QCustomPlot* plot) : QObject(plot), plot_(plot)
    {
        setObjectName(QStringLiteral("bpPlotTextScale"));
        connect(plot, &QCustomPlot::beforeReplot, this, &PlotFonts::apply);
    }

    void apply()
    {
        QHash<Key, Scaled> seen;
        auto scale = [this, &seen](Key key, const QFont& current,
                                   const std::function<void(const QFont&)>& set) {
            Scaled entry;
            const auto it = fonts_.constFind(key);
            if (it != fonts_.constEnd() && it->applied == current)
                entry = *it; // ours: keep the view's base
            else
                entry.base = current; // the view set it (or a new element): its size is the base
            entry.applied = entry.base;
            if (gScale != 1.0 && entry.base.pointSizeF() > 0)
                entry.applied.setPointSizeF(entry.base.pointSizeF() * gScale);
            if (entry.applied != current)
                set(entry.applied);
            seen.insert(key, entry);
        };
        for (QCPAxisRect* rect : plot_->axisRects())
            for (QCPAxis* axis : rect->axes()) {
                scale({axis, 0}, axis->labelFont(),
                      [axis](const QFont& f) { axis->setLabelFont(f); });
                scale({axis, 1}, axis->tickLabelFont(),
                      [axis](const QFont& f) { axis->setTickLabelFont(f); });
            }
        QCPLegend* legend = plot_->legend;
        if (legend != nullptr) {
            scale({legend, 0}, legend->font(), [legend](const QFont& f) { legend->setFont(f); });
            for (int i = 0; i < legend->itemCount(); ++i) {
                QCPAbstractLegendItem* item = legend->item(i);
                if (item == nullptr)
                    continue; // an empty cell of a wrapped legend (the Gradients dock's)
                scale({item, 0}, item->font(), [item](const QFont& f) { item->setFont(f); });
            }
        }
        for (int i = 0; i < plot_->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot_->item(i)))
                scale({text, 0}, text->font(), [text](const QFont& f) { text->setFont(f); });
        for (QCPLayoutElement* element : plot_->plotLayout()->elements(true))
            if (auto* title = qobject_cast<QCPTextElement*>(element))
                scale({title, 0}, title->font(), [title](const QFont& f) { title->setFont(f); });
        fonts_ = std::move(seen);
    }

private:
    QCustomPlot* plot_;
    QHash<Key, Scaled> fonts_;
};

} // namespace

void setPlotTextScale(double scale)
{
    if (!(scale > 0.0) || scale == gScale)
        return;
    gScale = scale;
    for (QCustomPlot* plot : PlotRegistry::instance().plots())
        plot->replot(QCustomPlot::rpQueuedReplot);
}

double plotTextScale()
{
    return gScale;
}

void followPlotTextScale(QCustomPlot* plot)
{
    // Once per plot: makePlot and a view that builds its own plot may both ask.
    static const char* const kFollows = "bpFollowsPlotTextScale";
    if (plot->property(kFollows).toBool())
        return;
    plot->setProperty(kFollows, true);
    new PlotFonts(plot);
}

} // namespace bpui
