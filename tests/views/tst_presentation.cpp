// Presentation mode that a back row can read (issue 13): F11 is real full screen on the
// current screen and leaves the window as it was; every text scales — plots' axes, legends
// and captions, the diagram's labels, the divergence banner, table headers, tool tips —;
// disabled controls look disabled in the high-contrast palette; the docks the teacher closes
// while presenting stay closed the next time.

#include "session/studiosettings.h"
#include "views/network/networkeditor.h"
#include "views/network/networkscene.h"
#include "views/plots/plotregistry.h"
#include "views/shell/mainwindow.h"
#include "uitestutil.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QtTest/QtTest>

#include <qcustomplot.h>

#include <memory>

using namespace bpui;

namespace {

/// Every font a reader sees in the window, by where it is.
QMap<QString, double> textSizes(MainWindow* window)
{
    QMap<QString, double> sizes;
    QTest::qWait(20); // the application's font change reaches the widgets as posted events
    for (QCustomPlot* plot : PlotRegistry::instance().plotsOf(window)) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QString name = plot->objectName().isEmpty() ? plot->parent()->objectName()
                                                          : plot->objectName();
        sizes[name + QStringLiteral(" tick labels")] = plot->xAxis->tickLabelFont().pointSizeF();
        sizes[name + QStringLiteral(" axis label")] = plot->xAxis->labelFont().pointSizeF();
        if (plot->legend->itemCount() > 0)
            sizes[name + QStringLiteral(" legend")] = plot->legend->item(0)->font().pointSizeF();
    }
    auto* scene = window->findChild<NetworkEditor*>()->scene();
    for (QGraphicsItem* item : scene->items())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            sizes[QStringLiteral("diagram label ") + text->text().left(12)] =
                text->font().pointSizeF();
    sizes[QStringLiteral("banner")] =
        window->findChild<QLabel*>(QStringLiteral("divergenceText"))->font().pointSizeF();
    for (QTableView* table : window->findChildren<QTableView*>())
        sizes[table->objectName() + QStringLiteral(" header")] =
            table->horizontalHeader()->font().pointSizeF();
    sizes[QStringLiteral("tool tip")] = QToolTip::font().pointSizeF();
    // Every label: captions, verdicts, notes, status lines (also those with a style sheet).
    for (QLabel* label : window->findChildren<QLabel*>())
        if (!label->objectName().isEmpty())
            sizes[QStringLiteral("label ") + label->objectName()] = label->font().pointSizeF();
    return sizes;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyTextScales();
    void fullScreenAndBack();
    void disabledControlsLookDisabled();
    void teachersChoiceOfDocksIsKept();

private:
    QAction* presentation() const
    {
        return window_->findChild<QAction*>(QStringLiteral("actionPresentation"));
    }
    std::unique_ptr<MainWindow> window_;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestPresentation::init()
{
    studioSettings().clear();
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestPresentation::cleanup()
{
    if (presentation()->isChecked())
        presentation()->trigger();
    window_.reset();
    studioSettings().clear();
}

void TestPresentation::everyTextScales()
{
    const QMap<QString, double> before = textSizes(window_.get());
    QVERIFY(before.size() > 10);
    presentation()->trigger();
    QTRY_VERIFY(window_->isFullScreen());
    const QMap<QString, double> during = textSizes(window_.get());
    bptest::saveShot(window_.get(), QStringLiteral("presentation.png"));
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        QVERIFY2(during.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(during.value(it.key()) >= 1.5 * it.value(),
                 qPrintable(QStringLiteral("%1: %2 pt → %3 pt")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(during.value(it.key()))));
    }
    presentation()->trigger();
    QTRY_VERIFY(!window_->isFullScreen());
    const QMap<QString, double> after = textSizes(window_.get());
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        QVERIFY2(qFuzzyCompare(after.value(it.key()), it.value()), qPrintable(it.key()));
}

void TestPresentation::fullScreenAndBack()
{
    window_->showMaximized();
    QTRY_VERIFY(window_->isMaximized());
    presentation()->trigger();
    QTRY_VERIFY(window_->isFullScreen());
    QTRY_COMPARE(window_->geometry(), window_->screen()->geometry());
    presentation()->trigger();
    QTRY_VERIFY(!window_->isFullScreen());
    QTRY_VERIFY(window_->isMaximized()); // as it was, not shrunk to a normal window
}

void TestPresentation::disabledControlsLookDisabled()
{
    presentation()->trigger();
    const QPalette palette = QApplication::palette();
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        QVERIFY2(palette.color(QPalette::Disabled, role) != palette.color(QPalette::Active, role),
                 qPrintable(QString::number(role)));
    // Stop with nothing running is disabled, and its palette is the disabled one.
    auto* stop = window_->findChild<QAction*>(QStringLiteral("actionStop"));
    QVERIFY(!stop->isEnabled());
}

void TestPresentation::teachersChoiceOfDocksIsKept()
{
    auto dock = [this](const char* name) {
        return window_->findChild<QDockWidget*>(QLatin1String(name));
    };
    QVERIFY(dock("dataDock")->isVisible() && dock("costDock")->isVisible());
    presentation()->trigger();
    QTRY_VERIFY(!dock("dataDock")->isVisible()); // the editing panels leave by default
    QVERIFY(dock("costDock")->isVisible());
    dock("costDock")->close(); // the teacher wants only the diagram and the prediction
    dock("dataDock")->show();  // … and the data
    presentation()->trigger();
    QTRY_VERIFY(dock("costDock")->isVisible()); // everyday layout back
    QVERIFY(dock("dataDock")->isVisible());
    presentation()->trigger();
    QTRY_VERIFY(!dock("costDock")->isVisible()); // the teacher's choice, kept
    QVERIFY(dock("dataDock")->isVisible());
    QVERIFY(dock("predictionDock")->isVisible());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
