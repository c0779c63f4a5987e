#include "views/plots/costreadout.h"

#include "session/livehistory.h"

#include <qcustomplot.h>

#include <QLabel>

#include <cmath>
#include <utility>

namespace bpui {

CostReadout::CostReadout(QCustomPlot* plot, const LiveHistory* history,
                         std::function<bp::TrainingHistory::Field()> xField, QWidget* labelParent)
    : QObject(plot), plot_(plot), history_(history), xField_(std::move(xField)),
      label_(new QLabel(labelParent)), tracer_(new QCPItemTracer(plot))
{
    label_->setObjectName(QStringLiteral("costReadout"));
    label_->setTextFormat(Qt::PlainText);
    label_->setToolTip(tr("The history row nearest the mouse (from the full, undecimated data)"));
    tracer_->setStyle(QCPItemTracer::tsCrosshair);
    tracer_->setPen(QPen(QColor(0, 0, 0, 90)));
    tracer_->setVisible(false);
    connect(plot_, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* event) { showAt(event->pos()); });
    plot_->installEventFilter(this);
}

void CostReadout::showAt(const QPoint& pixel)
{
    const bp::TrainingHistory& rows = history_->rows();
    if (rows.empty() || !plot_->axisRect()->rect().contains(pixel)) {
        clear();
        return;
    }
    const bp::TrainingHistory::Field field = xField_();
    const double x = plot_->xAxis->pixelToCoord(pixel.x());
    std::size_t i = rows.lowerBound(field, x);
    if (i >= rows.size() || (i > 0 && x - rows.value(field, i - 1) < rows.value(field, i) - x))
        i = i > 0 ? i - 1 : 0;
    const bp::IterationStats row = rows[i];
    QString text = tr("iteration %1 · epoch %2 · %3 evaluations · %4 s — J(train) = %5")
                       .arg(row.iteration)
                       .arg(row.epoch, 0, 'g', 4)
                       .arg(row.evaluations)
                       .arg(row.elapsedSeconds, 0, 'f', 2)
                       .arg(row.trainCost, 0, 'g', 6);
    if (std::isfinite(row.validationCost))
        text += tr(", J(validation) = %1").arg(row.validationCost, 0, 'g', 6);
    if (std::isfinite(row.trainAccuracy))
        text += tr(", accuracy %1 %").arg(100.0 * row.trainAccuracy, 0, 'f', 1);
    if (std::isfinite(row.validationAccuracy))
        text += tr(" (validation %1 %)").arg(100.0 * row.validationAccuracy, 0, 'f', 1);
    label_->setText(text);
    tracer_->position->setCoords(rows.value(field, i), row.trainCost);
    tracer_->setVisible(true);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CostReadout::clear()
{
    label_->clear();
    if (tracer_->visible()) {
        tracer_->setVisible(false);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool CostReadout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::Leave)
        clear();
    return QObject::eventFilter(watched, event);
}

} // namespace bpui
