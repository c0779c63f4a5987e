// Loading a large CSV or IDX data set through the real window offscreen: while it loads on
// the loader's thread, the Data dock shows a busy bar naming the file and a Cancel button,
// the status bar says what is loading and the window keeps handling events; Cancel ends the
// load, hides both, says the previous data set is kept, and keeps it exactly; without Cancel
// the same file loads and the bar goes away.
//
// CSV: a 300000-row file written here. IDX: Debian's dataset-fashion-mnist (60000 images,
// gzip), skipped when it is not installed (./scripts/test installs it).

#include "session/dataloader.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "uitestutil.h"
#include "views/data/datapanel.h"
#include "views/shell/mainwindow.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QtTest>

#include <functional>
#include <memory>

using namespace bpui;

namespace {

constexpr int kCsvRows = 300000;

/// kCsvRows rows of 8 features and a class label (3 classes), about 20 MB.
bool writeBigCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "f1,f2,f3,f4,f5,f6,f7,f8,label\n";
    text.reserve(kCsvRows * 64);
    for (int i = 0; i < kCsvRows; ++i) {
        for (int f = 0; f < 8; ++f) {
            text +=
                QByteArray::number(static_cast<double>((i * 31 + f * 17) % 1000) / 997.0, 'f', 5);
            text += ',';
        }
        text += "abc"[i % 3];
        text += '\n';
    }
    return file.write(text) == text.size();
}

} // namespace

class TestLoadProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void csvShowsProgressAndCancels();
    void idxShowsProgressAndCancels();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    /// Starts `open`, checks what the window shows while loading, clicks Cancel and checks
    /// that the previous data stay; then opens again and lets it finish.
    void loadCancelThenLoad(const std::function<void(DataPanel*)>& open, const QString& fileName,
                            bp::Index expectedSize);

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;
};

void TestLoadProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
    QVERIFY(dir_.isValid());
}

void TestLoadProgress::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestLoadProgress::cleanup()
{
    window_.reset(); // cancels and joins a load still running
}

void TestLoadProgress::loadCancelThenLoad(const std::function<void(DataPanel*)>& open,
                                          const QString& fileName, bp::Index expectedSize)
{
    auto* panel = child<DataPanel>("dataPanel");
    auto* bar = child<QProgressBar>("dataLoadProgress");
    auto* cancel = child<QPushButton>("cancelLoadButton");
    const ProjectModel* model = window_->model();
    const bp::Index sizeBefore = model->dataset().size();
    const double sumBefore = model->dataset().features.sum();
    const bp::Vector weightsBefore = model->parameters();
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());

    QSignalSpy loaded(panel, &DataPanel::loadFinished);
    // An event queued now is handled before the load ends: the window is not blocked.
    bool eventHandled = false;
    bool handledBeforeTheEnd = false;
    QTimer::singleShot(0, this, [&eventHandled] { eventHandled = true; });
    const QMetaObject::Connection end = connect(panel, &DataPanel::loadFinished, this, [&] {
        handledBeforeTheEnd = handledBeforeTheEnd || eventHandled;
    });
    open(panel);
    // Loading: the busy bar names the file, Cancel is there, the status bar says so.
    const QString loading = QStringLiteral("Loading %1…").arg(fileName);
    QVERIFY(window_->session()->loader()->isBusy());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->format(), loading);
    QCOMPARE(bar->maximum(), 0); // a busy indicator: the loaders report no fraction
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QCOMPARE(window_->statusBar()->currentMessage(), loading);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.constFirst().at(0).toBool(), false);
    disconnect(end);
    QVERIFY(handledBeforeTheEnd); // the window answered events while the file loaded
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(window_->statusBar()->currentMessage(),
             QStringLiteral("Loading cancelled; the previous data set is kept."));
    QVERIFY(panel->errorText().isEmpty()); // a cancel is not an error
    QCOMPARE(model->dataset().size(), sizeBefore);
    QCOMPARE(model->dataset().features.sum(), sumBefore);
    QVERIFY(model->parameters() == weightsBefore);

    // Again, to the end: the data arrive and the bar goes.
    loaded.clear();
    open(panel);
    QVERIFY(bar->isVisible());
    QVERIFY(loaded.wait(120000));
    QVERIFY2(loaded.constFirst().at(0).toBool(), qPrintable(panel->errorText()));
    QCOMPARE(model->dataset().size(), expectedSize);
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!window_->session()->loader()->isBusy());
}

void TestLoadProgress::csvShowsProgressAndCancels()
{
    const QString path = dir_.filePath(QStringLiteral("big.csv"));
    if (!QFileInfo::exists(path))
        QVERIFY(writeBigCsv(path));
    loadCancelThenLoad([path](DataPanel* panel) { panel->openCsvFile(path); },
                       QStringLiteral("big.csv"), kCsvRows);
    QCOMPARE(window_->model()->dataset().featureCount(), bp::Index{8});
    QCOMPARE(window_->model()->dataset().classCount(), 3);
}

void TestLoadProgress::idxShowsProgressAndCancels()
{
    const auto [images, labels] = bptest::fashionFiles();
    if (images.isEmpty())
        QSKIP("dataset-fashion-mnist is not installed (./scripts/test installs it)");
    loadCancelThenLoad([images, labels](DataPanel* panel) { panel->openIdxFiles(images, labels); },
                       QFileInfo(images).fileName(), 60000);
    QVERIFY(window_->model()->dataset().isImage());
}

QTEST_MAIN(TestLoadProgress)
#include "tst_loadprogress.moc"
