// Opening files the other ways than File → Open, and the studio's command line.
//
// Drops on the real window offscreen: a CSV file loads into the Data dock; an IDX images file
// and its labels file dropped together load as one data set, in either order, plain or gzip
// (told apart by their magic numbers, not their names); one IDX file alone, two images files
// a file named like IDX that is not, or a mix of kinds are refused with a message that says
// what can be opened, and the data stay; files the studio cannot open are refused at the
// drag. (A dropped project:
// tst_projectfiles droppedProjectOpens.)
//
// The built backprop-studio as a process (BPS_STUDIO_PATH): --help and --version without a
// display; a project, a CSV file or an IDX pair (either order) named on the command line
// opens (--quit-after-open reports it and quits); a lone IDX file, a malformed file or too
// many files fail with the reason and a non-zero exit.

#include "session/projectmodel.h"
#include "uitestutil.h"
#include "views/data/datapanel.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

namespace {

const QString dataDir = QStringLiteral(BPS_TEST_DATA_DIR "/");

QString idx(const char* name)
{
    return dataDir + QStringLiteral("idx/") + QString::fromLatin1(name);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

/// Runs the built studio with `args`; `display` false removes every way to reach a display.
Run runStudio(const QStringList& args, const QString& home, bool display = true)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home); // settings, recovery copies: its own
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (display)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BPS_STUDIO_PATH), args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err =
            QStringLiteral("backprop-studio did not finish normally: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestFileOpening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Drops on the window.
    void droppedCsvLoads();
    void droppedIdxPairLoads_data();
    void droppedIdxPairLoads();
    void droppedFilesThatDoNotGoTogetherAreRefused_data();
    void droppedFilesThatDoNotGoTogetherAreRefused();
    void foreignFilesAreRefusedAtTheDrag();

    // The studio's command line, as a process.
    void helpAndVersionNeedNoDisplay();
    void commandLineOpens_data();
    void commandLineOpens();
    void commandLineRefuses_data();
    void commandLineRefuses();

private:
    ProjectFiles* files() const { return window_->projectFiles(); }
    /// Drags `paths` over the window; when the drag is accepted, drops them. Returns whether
    /// the drag was accepted.
    bool drop(const QStringList& paths);
    /// Drops paths and waits for the Data dock's load to end; true when it loaded.
    bool dropAndLoad(const QStringList& paths);
    /// The text of the visible message box, "" when there is none.
    QString messageBoxText() const;

    QTemporaryDir home_;
    std::unique_ptr<MainWindow> window_;
};

void TestFileOpening::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
    QVERIFY(home_.isValid());
}

void TestFileOpening::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestFileOpening::cleanup()
{
    window_.reset();
}

bool TestFileOpening::drop(const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at(window_->width() / 2, window_->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(window_.get(), &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent event(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &event);
    return event.isAccepted();
}

bool TestFileOpening::dropAndLoad(const QStringList& paths)
{
    QSignalSpy loaded(window_->dataPanel(), &DataPanel::loadFinished);
    if (!drop(paths)) {
        qWarning("the drag was refused");
        return false;
    }
    if (!loaded.wait(30000)) {
        qWarning("no load finished: %s", qPrintable(messageBoxText()));
        return false;
    }
    if (!loaded.constFirst().at(0).toBool())
        qWarning("%s", qPrintable(window_->dataPanel()->errorText()));
    return loaded.constFirst().at(0).toBool();
}

QString TestFileOpening::messageBoxText() const
{
    QString text;
    for (QMessageBox* box : window_->findChildren<QMessageBox*>())
        if (box->isVisible())
            text = box->text();
    return text;
}

// --- drops ----------------------------------------------------------------------------------

void TestFileOpening::droppedCsvLoads()
{
    const QString path = dataDir + QStringLiteral("csv/wine-label-first.csv");
    QVERIFY(dropAndLoad({path}));
    const ProjectModel* model = window_->model();
    QCOMPARE(model->dataset().size(), bp::Index{178});
    QVERIFY(model->dataSource().kind == DataSource::Kind::Csv);
    QCOMPARE(QFileInfo(model->dataSource().path).absoluteFilePath(),
             QFileInfo(path).absoluteFilePath());
    QVERIFY(messageBoxText().isEmpty());
}

void TestFileOpening::droppedIdxPairLoads_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("images");
    QTest::newRow("images, labels")
        << idx("small-images.idx3") << idx("small-labels.idx1") << idx("small-images.idx3");
    QTest::newRow("labels, images")
        << idx("small-labels.idx1") << idx("small-images.idx3") << idx("small-images.idx3");
    QTest::newRow("gzip") << idx("small-labels.idx1.gz") << idx("small-images.idx3.gz")
                          << idx("small-images.idx3.gz");
    // gzip without the .gz extension: the magic number, not the name, says what it is.
    QTest::newRow("gzip, no extension") << idx("gzip-no-extension.idx3") << idx("small-labels.idx1")
                                        << idx("gzip-no-extension.idx3");
}

void TestFileOpening::droppedIdxPairLoads()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, images);
    QVERIFY(dropAndLoad({first, second}));
    const ProjectModel* model = window_->model();
    QCOMPARE(model->dataset().size(), bp::Index{5});
    QCOMPARE(model->dataset().imageWidth, 2);
    QCOMPARE(model->dataset().imageHeight, 3);
    QCOMPARE(model->dataset().labels, (std::vector<int>{0, 1, 2, 1, 0}));
    QVERIFY(model->dataSource().kind == DataSource::Kind::Idx);
    QCOMPARE(model->dataSource().path, images);
    QCOMPARE(model->dataSource().labelsPath, images == first ? second : first);
    QVERIFY(messageBoxText().isEmpty());
}

void TestFileOpening::droppedFilesThatDoNotGoTogetherAreRefused_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("message");
    QTest::newRow("images alone")
        << QStringList{idx("small-images.idx3")}
        << "small-images.idx3 is an IDX images file: open it together with its labels file "
           "(drop both at once, or name both on the command line).";
    QTest::newRow("labels alone")
        << QStringList{idx("small-labels.idx1.gz")}
        << "small-labels.idx1.gz is an IDX labels file: open it together with its images file "
           "(drop both at once, or name both on the command line).";
    QTest::newRow("two images files")
        << QStringList{idx("small-images.idx3"), idx("small-images.idx3.gz")}
        << "small-images.idx3 and small-images.idx3.gz are both IDX images files: one of the "
           "two must be the labels file.";
    QTest::newRow("two labels files")
        << QStringList{idx("small-labels.idx1"), idx("all-zero.idx1")}
        << "small-labels.idx1 and all-zero.idx1 are both IDX labels files: one of the two "
           "must be the images file.";
    QTest::newRow("a CSV file and a project")
        << QStringList{dataDir + QStringLiteral("csv/wine-label-first.csv"),
                       QStringLiteral(BPS_RESOURCES_DIR
                                      "/examples/lessons/01-xor-hidden-layer/lesson.bpstudio")}
        << "Cannot open these 2 files together. Open one project (*.bpstudio), one CSV file, or "
           "an IDX images file together with its labels file.";
    QTest::newRow("named like IDX, but is not")
        << QStringList{idx("bad-magic.idx3"), idx("small-labels.idx1")}
        << "bad-magic.idx3 is not an IDX images or labels file: it does not start with an IDX "
           "magic number (0x00000803 for images, 0x00000801 for labels), or it cannot be read.";
    QTest::newRow("an IDX pair and a CSV file")
        << QStringList{idx("small-images.idx3"), idx("small-labels.idx1"),
                       dataDir + QStringLiteral("csv/wine-label-first.csv")}
        << "Cannot open these 3 files together. Open one project (*.bpstudio), one CSV file, or "
           "an IDX images file together with its labels file.";
}

void TestFileOpening::droppedFilesThatDoNotGoTogetherAreRefused()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, message);
    const ProjectModel* model = window_->model();
    const bp::Index size = model->dataset().size();
    const bp::Vector weights = model->parameters();
    QSignalSpy loaded(window_->dataPanel(), &DataPanel::loadFinished);
    QVERIFY(drop(paths)); // files the studio can open: the drag is taken, the drop explained
    QCOMPARE(messageBoxText(), message);
    QCOMPARE(files()->lastError(), message);
    QVERIFY(!files()->isOpening());
    QVERIFY(!loaded.wait(200)); // nothing loads
    QCOMPARE(model->dataset().size(), size);
    QVERIFY(model->parameters() == weights);
}

void TestFileOpening::foreignFilesAreRefusedAtTheDrag()
{
    // Not a project, not a CSV file, not IDX: the drag is not accepted, nothing opens.
    const QString picture = QStringLiteral(BPS_RESOURCES_DIR "/icons/backprop-studio.svg");
    QVERIFY(QFileInfo::exists(picture));
    QVERIFY(!drop({picture}));
    QVERIFY(!drop({idx("small-images.idx3"), picture}));
    QVERIFY(!drop({idx("make_idx_cases.py")}));
    QVERIFY(messageBoxText().isEmpty());
}

// --- the command line -----------------------------------------------------------------------

void TestFileOpening::helpAndVersionNeedNoDisplay()
{
    const Run help = runStudio({QStringLiteral("--help")}, home_.path(), false);
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    QVERIFY2(help.out.startsWith(
                 QStringLiteral("Usage: backprop-studio [options] [file [labels-file]]\n")),
             qPrintable(help.out));
    for (const char* part : {"--train", "--screenshot <file>", "--quit-after-open", "--version",
                             "[file [labels-file]]", "IDX images file"})
        QVERIFY2(help.out.contains(QString::fromLatin1(part)), part);

    const Run version = runStudio({QStringLiteral("--version")}, home_.path(), false);
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    // The same version as the CLI of the same build.
    QProcess cli;
    cli.start(QStringLiteral(BPS_CLI_PATH), {QStringLiteral("--version")});
    QVERIFY(cli.waitForFinished(30000));
    const QString cliVersion =
        QString::fromUtf8(cli.readAllStandardOutput()).trimmed().section(QLatin1Char(' '), 1);
    QVERIFY(!cliVersion.isEmpty());
    QCOMPARE(version.out, QStringLiteral("backprop-studio %1\n").arg(cliVersion));

    // Without a display and without either option: a plain message, not a crash.
    const Run none = runStudio({}, home_.path(), false);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QStringLiteral("no display to open a window on")),
             qPrintable(none.describe()));
}

void TestFileOpening::commandLineOpens_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("printed");
    const QString lesson =
        QStringLiteral(BPS_RESOURCES_DIR "/examples/lessons/01-xor-hidden-layer/lesson.bpstudio");
    const QString wine = dataDir + QStringLiteral("csv/wine-label-first.csv");
    QTest::newRow("project")
        << QStringList{lesson}
        << QStringLiteral("opened %1\n").arg(QFileInfo(lesson).absoluteFilePath());
    QTest::newRow("CSV") << QStringList{wine}
                         << QStringLiteral("opened %1: 178 examples\n").arg(wine);
    QTest::newRow("IDX images, labels")
        << QStringList{idx("small-images.idx3"), idx("small-labels.idx1")}
        << QStringLiteral("opened %1 %2: 5 examples\n")
               .arg(idx("small-images.idx3"), idx("small-labels.idx1"));
    QTest::newRow("IDX labels, images (gzip)")
        << QStringList{idx("small-labels.idx1.gz"), idx("small-images.idx3.gz")}
        << QStringLiteral("opened %1 %2: 5 examples\n")
               .arg(idx("small-labels.idx1.gz"), idx("small-images.idx3.gz"));
}

void TestFileOpening::commandLineOpens()
{
    QFETCH(QStringList, args);
    QFETCH(QString, printed);
    const Run run =
        runStudio(QStringList{QStringLiteral("--quit-after-open")} + args, home_.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, printed);
}

void TestFileOpening::commandLineRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // stderr contains it
    QTest::newRow("IDX images alone")
        << QStringList{idx("small-images.idx3")} << 1
        << "backprop-studio: small-images.idx3 is an IDX images file: open it together with its "
           "labels file";
    QTest::newRow("malformed CSV")
        << QStringList{dataDir + QStringLiteral("csv/ragged-short.csv")} << 1
        << "could not open: ragged-short.csv: line 3: expected 3 fields, found 2";
    QTest::newRow("IDX count mismatch")
        << QStringList{idx("small-images.idx3"), idx("count-mismatch.idx1")} << 1
        << "could not open: count-mismatch.idx1: count mismatch: 4 labels for 5 images in "
           "small-images.idx3";
    QTest::newRow("damaged project")
        << QStringList{dataDir + QStringLiteral("project/not_json.bpstudio")} << 1
        << "could not open: " + dataDir + QStringLiteral("project/not_json.bpstudio");
    QTest::newRow("three files") << QStringList{idx("small-images.idx3"), idx("small-labels.idx1"),
                                                idx("all-zero.idx1")}
                                 << 2 << "backprop-studio: too many files (3)";
}

void TestFileOpening::commandLineRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run =
        runStudio(QStringList{QStringLiteral("--quit-after-open")} + args, home_.path());
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(QStringLiteral("opened")), qPrintable(run.describe()));
}

QTEST_MAIN(TestFileOpening)
#include "tst_fileopening.moc"
