// The window fits the screens classrooms have (issue 13): at 1024×768, 1280×720, 1366×768 and
// 1920×1080 the studio opens inside the screen, its minimum size is at most 1024×700, the four
// views it exists for (diagram, cost, weight heat maps, prediction) each get a readable share,
// and nothing a user does — ten hidden layers, every dock open, presentation mode on and off,
// a reopened session, a saved geometry from a bigger screen — makes it larger than the screen.
//
// The offscreen platform's screen size is fixed when the application starts, so the test runs
// itself once per screen size (a child process whose platform is configured by a JSON file);
// each row of `fitsTheScreen` is one child, which runs every check of `WindowFitChecks`.

#include "session/projectmodel.h"
#include "session/studiosettings.h"
#include "views/lessons/lessontools.h"
#include "views/network/networkeditor.h"
#include "views/shell/mainwindow.h"
#include "views/shell/windowlayout.h"
#include "uitestutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

namespace {

constexpr char kScreenVariable[] = "BPS_FIT_SCREEN"; // "WIDTHxHEIGHT" in the child

QSize screenSize()
{
    return QGuiApplication::primaryScreen()->availableGeometry().size();
}

QString describe(const QRect& r)
{
    return QStringLiteral("%1×%2 at (%3, %4)").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

} // namespace

/// Runs in the child, on a screen of the size its parent chose.
class WindowFitChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensInsideTheScreen();
    void minimumSizeIsSmall();
    void mainViewsAreReadable();
    void tenLayersDoNotGrowTheWindow();
    void addLayerButtonStaysUnderThePointer();
    void everyDockOpenStaysInside();
    void presentationModeFitsAndReturns();
    void reopenedSessionFits();
    void geometryFromABiggerScreenIsClamped();
    void resetLayoutRestoresTheDefault();

private:
    void showWindow();
    void assertInsideScreen(const char* when);
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }

    std::unique_ptr<MainWindow> window_;
};

void WindowFitChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window layout stays out of ~/.config
    registerMetaTypes();
}

void WindowFitChecks::init()
{
    studioSettings().clear(); // a first start: no saved geometry
    showWindow();
}

void WindowFitChecks::cleanup()
{
    window_.reset();
    studioSettings().clear();
}

void WindowFitChecks::showWindow()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QTest::qWait(50); // the layout settles (dock sizes are applied after the first show)
    QCoreApplication::processEvents();
}

void WindowFitChecks::assertInsideScreen(const char* when)
{
    QCoreApplication::processEvents();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect frame = window_->frameGeometry();
    QVERIFY2(frame.width() <= available.width() && frame.height() <= available.height(),
             qPrintable(QStringLiteral("%1: window %2 is larger than the screen %3")
                            .arg(QString::fromLatin1(when), describe(frame), describe(available))));
    const QSize minimum = window_->minimumSizeHint().expandedTo(window_->minimumSize());
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(QStringLiteral("%1: minimum size %2×%3 exceeds the screen")
                            .arg(QString::fromLatin1(when))
                            .arg(minimum.width())
                            .arg(minimum.height())));
}

void WindowFitChecks::opensInsideTheScreen()
{
    assertInsideScreen("at first start");
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(window_->frameGeometry()),
             qPrintable(describe(window_->frameGeometry())));
    bptest::saveShot(window_.get(), QStringLiteral("window-%1x%2.png")
                                        .arg(available.width())
                                        .arg(available.height()));
}

void WindowFitChecks::minimumSizeIsSmall()
{
    const QSize minimum = window_->minimumSizeHint().expandedTo(window_->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
}

void WindowFitChecks::mainViewsAreReadable()
{
    const QSize screen = screenSize();
    // The first view that is too small, or an empty text when every one is readable. The
    // layout's proportions are applied once the window has its size, which a slow
    // (sanitizer) build reaches later than the 50 ms init() waits: the check is retried for
    // up to 5 s, and its message names the view.
    const auto tooSmall = [this, screen]() -> QString {
        for (const char* name : {"networkEditor", "costPlot", "weightHeatmaps", "predictionPlot"}) {
            auto* view = child<QWidget>(name);
            if (view == nullptr || !view->isVisible())
                return QString::fromLatin1(name) + QStringLiteral(" missing or hidden");
            // The part of the view on screen: a view inside a scroll area counts by its
            // viewport.
            QSize size = view->size();
            for (QWidget* p = view->parentWidget(); p != nullptr; p = p->parentWidget())
                if (qobject_cast<QDockWidget*>(p) != nullptr || p == window_->centralWidget()) {
                    size = size.boundedTo(p->size());
                    break;
                }
            if (size.width() < screen.width() / 4 || size.height() < screen.height() / 4)
                return QStringLiteral("%1 gets %2×%3 of a %4×%5 screen")
                    .arg(QString::fromLatin1(name))
                    .arg(size.width())
                    .arg(size.height())
                    .arg(screen.width())
                    .arg(screen.height());
        }
        return QString();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(tooSmall().isEmpty(), qPrintable(tooSmall()), 5000);
}

void WindowFitChecks::tenLayersDoNotGrowTheWindow()
{
    auto* add = child<QAbstractButton>("addLayerButton");
    QVERIFY(add != nullptr);
    const std::size_t layers = window_->model()->hiddenSizes().size();
    for (int i = 0; i < 10; ++i) {
        add->click();
        QCoreApplication::processEvents();
    }
    QCOMPARE(window_->model()->hiddenSizes().size(), layers + 10);
    assertInsideScreen("after adding ten hidden layers");
}

void WindowFitChecks::addLayerButtonStaysUnderThePointer()
{
    auto* add = child<QAbstractButton>("addLayerButton");
    QVERIFY(add != nullptr);
    const QPoint before = add->mapTo(window_.get(), QPoint(0, 0));
    const std::size_t layers = window_->model()->hiddenSizes().size();
    for (int i = 0; i < 7; ++i) {
        QTest::mouseClick(add, Qt::LeftButton, {}, add->rect().center());
        QCoreApplication::processEvents();
        QCOMPARE(add->mapTo(window_.get(), QPoint(0, 0)), before);
    }
    QCOMPARE(window_->model()->hiddenSizes().size(), layers + 7);
}

void WindowFitChecks::everyDockOpenStaysInside()
{
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>()) {
        dock->show();
        QCoreApplication::processEvents();
        assertInsideScreen(qPrintable(QStringLiteral("with %1 open").arg(dock->objectName())));
    }
}

void WindowFitChecks::presentationModeFitsAndReturns()
{
    auto* presentation = child<QAction>("actionPresentation");
    QVERIFY(presentation != nullptr);
    const QRect before = window_->geometry();
    presentation->trigger();
    QTRY_VERIFY(window_->isFullScreen());
    assertInsideScreen("in presentation mode");
    const QRect available = QGuiApplication::primaryScreen()->geometry();
    QTRY_COMPARE(window_->geometry().size(), available.size());
    presentation->trigger();
    QTRY_VERIFY(!window_->isFullScreen());
    assertInsideScreen("after presentation mode");
    QTRY_COMPARE(window_->geometry().size(), before.size());
}

void WindowFitChecks::reopenedSessionFits()
{
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
        dock->show();
    window_->close(); // saves the layout
    showWindow();
    assertInsideScreen("reopened after closing with every dock open");
}

void WindowFitChecks::geometryFromABiggerScreenIsClamped()
{
    // A layout saved on a 2560×1600 screen (or by an older version that let the window grow).
    window_->setMinimumSize(0, 0);
    window_->setGeometry(0, 0, 2560, 1600);
    const QByteArray geometry = window_->saveGeometry();
    window_.reset();
    studioSettings().setValue(QStringLiteral("window/geometry"), geometry);
    showWindow();
    assertInsideScreen("restoring a 2560×1600 geometry");
}

void WindowFitChecks::resetLayoutRestoresTheDefault()
{
    auto* reset = child<QAction>("actionResetLayout");
    QVERIFY(reset != nullptr);
    const QSize costSize = child<QWidget>("costDock")->size();
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
        dock->hide();
    reset->trigger();
    QCoreApplication::processEvents();
    for (const char* name : {"dataDock", "costDock", "weightsDock", "predictionDock"})
        QTRY_VERIFY2(child<QWidget>(name)->isVisible(), name);
    QTRY_COMPARE(child<QWidget>("costDock")->size(), costSize);
    assertInsideScreen("after View → Reset layout");
}

/// Runs in the test process: one child per screen size.
class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void fitsTheScreen_data();
    void fitsTheScreen();
};

void TestWindowFit::fitsTheScreen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::newRow("1024x768") << QStringLiteral("1024x768");
    QTest::newRow("1280x720 projector") << QStringLiteral("1280x720");
    QTest::newRow("1366x768 laptop") << QStringLiteral("1366x768");
    QTest::newRow("1920x1080") << QStringLiteral("1920x1080");
}

void TestWindowFit::fitsTheScreen()
{
    QFETCH(QString, screen);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kScreenVariable), screen);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(240000));
    const QByteArray output = child.readAll();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        qWarning().noquote() << output;
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

int main(int argc, char** argv)
{
    const QByteArray screen = qgetenv(kScreenVariable);
    if (screen.isEmpty()) {
        QCoreApplication app(argc, argv);
        TestWindowFit test;
        return QTest::qExec(&test, argc, argv);
    }
    // The child: an offscreen screen of the requested size, described in a JSON file.
    const QList<QByteArray> parts = screen.split('x');
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (parts.size() != 2 || !file.open(QIODevice::WriteOnly))
        return 3;
    file.write(QStringLiteral(R"({"screens": [{"name": "fit", "x": 0, "y": 0, "width": %1,)"
                              R"( "height": %2, "logicalDpi": 96, "dpr": 1}]})")
                   .arg(QString::fromLatin1(parts[0]), QString::fromLatin1(parts[1]))
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    WindowFitChecks checks;
    return QTest::qExec(&checks, argc, argv);
}

#include "tst_windowfit.moc"
