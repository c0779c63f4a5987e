// The cost plot under the mouse: hovering reads out the history row nearest the pointer (from
// the full data, not the decimated drawing) with a crosshair on it, and clears when the
// pointer leaves; the wheel zooms about the pointer and the drawing re-decimates the visible
// range (zoomed in far enough, every row is drawn); dragging pans; after a zoom or pan new
// rows no longer move the view, until Fit (or a double-click) shows the whole history again
// and follows it. Driven with QTest mouse events on the real CostPlot offscreen.

#include "session/livehistory.h"
#include "session/livethrottle.h"
#include "uitestutil.h"
#include "views/plots/costplot.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QPushButton>
#include <QWheelEvent>
#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace bpui;

namespace {

/// Rows [from, to) of a smooth, falling cost history with a validation cost and accuracy.
std::vector<bp::IterationStats> rowsFrom(long from, long to)
{
    std::vector<bp::IterationStats> rows;
    for (long i = from; i < to; ++i) {
        bp::IterationStats s;
        s.iteration = i;
        s.epoch = static_cast<double>(i) / 10.0;
        s.evaluations = 2 * i + 1;
        s.elapsedSeconds = static_cast<double>(i) * 1e-3;
        s.trainCost = 1.0 / (1.0 + 0.01 * static_cast<double>(i)) +
                      0.01 * std::sin(0.37 * static_cast<double>(i));
        s.validationCost = 1.2 / (1.0 + 0.008 * static_cast<double>(i));
        s.trainAccuracy = 1.0 - 0.7 / (1.0 + 0.01 * static_cast<double>(i));
        rows.push_back(s);
    }
    return rows;
}

/// Moves the pointer over `widget` to `pos` with no button held: the event a real pointer
/// sends (QTest::mouseMove without a button delivered none to the plot offscreen here).
void hover(QWidget* widget, const QPoint& pos)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), QPointF(widget->mapToGlobal(pos)),
                      Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Turns the mouse wheel over `widget` at `pos` by `notches` (positive: away from the user).
void wheel(QWidget* widget, const QPoint& pos, int notches)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(),
                      QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestCostPlotInteraction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hoverReadsOutTheNearestRow();
    void wheelZoomsAboutThePointerAndRedrawsDetail();
    void dragPansAndStopsFollowing();
    void fitShowsEverythingAndFollowsAgain();
    void doubleClickFits();

private:
    QCustomPlot* area() const { return plot_->plot(); }
    QLabel* readout() const { return bptest::child<QLabel>(plot_.get(), "costReadout"); }
    QPoint pixelOf(double x, double y) const
    {
        return QPoint(static_cast<int>(std::lround(area()->xAxis->coordToPixel(x))),
                      static_cast<int>(std::lround(area()->yAxis->coordToPixel(y))));
    }
    QPoint centre() const { return area()->axisRect()->rect().center(); }
    /// Waits until the coalesced redraw has drawn the history up to row `last`.
    bool drawnUpTo(double last) const
    {
        return QTest::qWaitFor([&] {
            QCPGraph* train = area()->graph(0);
            return train->dataCount() > 0 && train->data()->at(train->dataCount() - 1)->key == last;
        });
    }

    LiveHistory history_;
    std::unique_ptr<CostPlot> plot_;
};

void TestCostPlotInteraction::init()
{
    history_.startOver();
    plot_ = std::make_unique<CostPlot>(&history_);
    plot_->resize(900, 500);
    plot_->show();
    QVERIFY(QTest::qWaitForWindowExposed(plot_.get()));
    history_.append(rowsFrom(0, 1000));
    QVERIFY(drawnUpTo(999.0));
    QCOMPARE(area()->xAxis->range().lower, 0.0);
    QCOMPARE(area()->xAxis->range().upper, 999.0);
}

void TestCostPlotInteraction::cleanup()
{
    plot_.reset();
}

void TestCostPlotInteraction::hoverReadsOutTheNearestRow()
{
    QVERIFY(area()->hasMouseTracking()); // moves without a button reach the plot
    QVERIFY(readout()->text().isEmpty());
    for (const long row : {3L, 137L, 500L, 995L}) {
        const bp::IterationStats& r = history_.rows()[static_cast<std::size_t>(row)];
        hover(area(), pixelOf(static_cast<double>(row), r.trainCost));
        const QString text = readout()->text();
        QVERIFY2(!text.isEmpty(),
                 qPrintable(QStringLiteral("nothing read out at row %1").arg(row)));
        // 1000 rows over ~800 pixels: a pixel column holds at most two rows, the pointer's x
        // is within one row of `row`.
        const long shown = text.section(QLatin1Char(' '), 1, 1).toLong();
        QVERIFY2(std::abs(shown - row) <= 1, qPrintable(text));
        const bp::IterationStats& s = history_.rows()[static_cast<std::size_t>(shown)];
        QVERIFY2(text.startsWith(QStringLiteral("iteration %1 · epoch %2 · %3 evaluations")
                                     .arg(s.iteration)
                                     .arg(s.epoch, 0, 'g', 4)
                                     .arg(s.evaluations)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("J(train) = %1").arg(s.trainCost, 0, 'g', 6)),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("J(validation) = %1").arg(s.validationCost, 0, 'g', 6)),
            qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("accuracy %1 %").arg(100.0 * s.trainAccuracy, 0, 'f', 1)),
            qPrintable(text));
        // The crosshair sits on that row's training cost.
        QCPItemTracer* tracer = nullptr;
        for (int i = 0; i < area()->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemTracer*>(area()->item(i)))
                tracer = t;
        QVERIFY(tracer != nullptr);
        QVERIFY(tracer->visible());
        QCOMPARE(tracer->position->key(), static_cast<double>(shown));
        QCOMPARE(tracer->position->value(), s.trainCost);
    }

    // Outside the axes, or once the pointer has left the plot, there is nothing to read.
    hover(area(), QPoint(area()->axisRect()->left() - 5, centre().y()));
    QVERIFY2(readout()->text().isEmpty(), qPrintable(readout()->text())); // outside the axes
    hover(area(), centre());
    QVERIFY(!readout()->text().isEmpty());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(area(), &leave);
    QVERIFY(readout()->text().isEmpty());
}

void TestCostPlotInteraction::wheelZoomsAboutThePointerAndRedrawsDetail()
{
    const QCPRange before = area()->xAxis->range();
    const QPoint at = pixelOf(600.0, 0.5);
    const double under = area()->xAxis->pixelToCoord(at.x());
    for (int i = 0; i < 16; ++i)
        wheel(area(), at, 1); // zoom in: 0.85 a notch
    const QCPRange zoomed = area()->xAxis->range();
    QVERIFY2(zoomed.size() < before.size() / 10.0,
             qPrintable(QStringLiteral("[%1, %2]").arg(zoomed.lower).arg(zoomed.upper)));
    // About the pointer, not the view's centre (499.5, which a centred zoom would keep):
    // the iteration under the pointer is still in view.
    QVERIFY2(
        zoomed.contains(under),
        qPrintable(
            QStringLiteral("%1 outside [%2, %3]").arg(under).arg(zoomed.lower).arg(zoomed.upper)));
    QVERIFY(!zoomed.contains(499.5));

    // Zoomed in to well under a row per pixel, the drawing holds every row in view (and one
    // either side), not a decimation of the whole history.
    QTRY_VERIFY(area()->graph(0)->dataCount() > 0 &&
                area()->graph(0)->data()->at(0)->key >= std::floor(zoomed.lower) - 1.0);
    QCPGraph* train = area()->graph(0);
    const double first = std::ceil(zoomed.lower);
    const double last = std::floor(zoomed.upper);
    for (double row = first; row <= last; row += 1.0) {
        const auto it = train->data()->findBegin(row, false);
        QVERIFY2(it != train->data()->constEnd() && it->key == row,
                 qPrintable(QStringLiteral("row %1 not drawn").arg(row)));
        QCOMPARE(it->value, history_.rows()[static_cast<std::size_t>(row)].trainCost);
    }

    // Zooming out again (the other way) widens the view.
    wheel(area(), at, -3);
    QVERIFY(area()->xAxis->range().size() > zoomed.size());
}

void TestCostPlotInteraction::dragPansAndStopsFollowing()
{
    // Zoom in first so there is somewhere to pan to.
    for (int i = 0; i < 6; ++i)
        wheel(area(), centre(), 1);
    const QCPRange before = area()->xAxis->range();
    const QPoint from = centre();
    const QPoint to = from + QPoint(200, 0);
    const double perPixel = before.size() / area()->axisRect()->width();
    QTest::mousePress(area(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(area(), from + QPoint(100, 0));
    QTest::mouseMove(area(), to);
    QTest::mouseRelease(area(), Qt::LeftButton, Qt::NoModifier, to);
    const QCPRange panned = area()->xAxis->range();
    // Dragged 200 px to the right: the view moved 200 px worth of iterations to the left.
    const double shift = before.lower - panned.lower;
    QVERIFY2(std::abs(shift - 200.0 * perPixel) < 2.0 * perPixel,
             qPrintable(QStringLiteral("shift %1, expected %2").arg(shift).arg(200.0 * perPixel)));
    QVERIFY(std::abs(panned.size() - before.size()) < 1e-9 * before.size());

    // New rows arrive: the view the person chose stays put.
    history_.append(rowsFrom(1000, 2000));
    QTest::qWait(3 * kRefreshIntervalMs); // a redraw that would re-fit has had its chance
    QCOMPARE(area()->xAxis->range().lower, panned.lower);
    QCOMPARE(area()->xAxis->range().upper, panned.upper);
}

void TestCostPlotInteraction::fitShowsEverythingAndFollowsAgain()
{
    for (int i = 0; i < 8; ++i)
        wheel(area(), centre(), 1);
    QVERIFY(area()->xAxis->range().size() < 500.0);
    const QCPRange yZoomed = area()->yAxis->range();
    history_.append(rowsFrom(1000, 1500));
    QTest::qWait(3 * kRefreshIntervalMs);
    QVERIFY(area()->xAxis->range().upper < 1499.0); // not following

    QTest::mouseClick(bptest::child<QPushButton>(plot_.get(), "costFitButton"), Qt::LeftButton);
    QTRY_COMPARE(area()->xAxis->range().upper, 1499.0);
    QCOMPARE(area()->xAxis->range().lower, 0.0);
    // The cost axis spans every drawn cost again.
    const QCPRange y = area()->yAxis->range();
    QVERIFY(y.size() > yZoomed.size());
    for (int i = 0; i < area()->graph(0)->dataCount(); ++i)
        QVERIFY(y.contains(area()->graph(0)->data()->at(i)->value));

    // And it follows the history again.
    history_.append(rowsFrom(1500, 2500));
    QTRY_COMPARE(area()->xAxis->range().upper, 2499.0);
    QCOMPARE(area()->xAxis->range().lower, 0.0);
}

void TestCostPlotInteraction::doubleClickFits()
{
    for (int i = 0; i < 8; ++i)
        wheel(area(), centre(), 1);
    QVERIFY(area()->xAxis->range().size() < 500.0);
    QTest::mouseDClick(area(), Qt::LeftButton, Qt::NoModifier, centre());
    QTRY_COMPARE(area()->xAxis->range().upper, 999.0);
    QCOMPARE(area()->xAxis->range().lower, 0.0);
}

QTEST_MAIN(TestCostPlotInteraction)
#include "tst_costplotinteraction.moc"
