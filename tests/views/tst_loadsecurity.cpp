// Loading a project never runs anything and never writes: paths inside a project are data
// (shell syntax is part of a file name, a path climbing out of the folder is only read), and
// opening leaves the project's folder byte for byte as it was. Driven through File → Open in
// the real window, as tst_malformedinputs does for the malformed files.

#include "views/shell/mainwindow.h"
#include "views/project/projectfiles.h"
#include "session/projectmodel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

namespace {
const QString dataDir = QStringLiteral(BPS_TEST_DATA_DIR "/");
} // namespace

class TestLoadSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadingNeverExecutesOrWrites_data();
    void loadingNeverExecutesOrWrites();

private:
    std::unique_ptr<MainWindow> window_;
};

void TestLoadSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerMetaTypes();
}

void TestLoadSecurity::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestLoadSecurity::cleanup()
{
    window_.reset();
}

void TestLoadSecurity::loadingNeverExecutesOrWrites_data()
{
    QTest::addColumn<QString>("dataPath"); // data.path inside the project
    QTest::addColumn<QString>("expected"); // the message; empty: the project opens

    QTest::newRow("a valid project beside its data") << "data/iris.csv"
                                                     << "";
    // Shell syntax is part of a file name, never run: the file simply does not exist.
    QTest::newRow("command substitution")
        << "$(touch pwned)`touch pwned2`;touch pwned3|x.csv"
        << "$(touch pwned)`touch pwned2`;touch pwned3|x.csv: cannot open file: No such file or "
           "directory";
    // A path climbing out of the project folder is resolved lexically and only read.
    QTest::newRow("climbing out of the folder")
        << "../../../../../../no-such-dir/evil.csv"
        << "evil.csv: cannot open file: No such file or directory";
}

void TestLoadSecurity::loadingNeverExecutesOrWrites()
{
    QFETCH(QString, dataPath);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
    QVERIFY(QFile::copy(QStringLiteral(BPS_RESOURCES_DIR "/iris.csv"),
                        dir.filePath(QStringLiteral("data/iris.csv"))));
    QFile minimal(dataDir + QStringLiteral("project/valid_minimal.bpstudio"));
    QVERIFY(minimal.open(QIODevice::ReadOnly));
    QByteArray text = minimal.readAll();
    QVERIFY(text.contains("\"data/iris.csv\""));
    text.replace("\"data/iris.csv\"", "\"" + dataPath.toUtf8() + "\"");
    const QString path = dir.filePath(QStringLiteral("p.bpstudio"));
    QFile project(path);
    QVERIFY(project.open(QIODevice::WriteOnly));
    project.write(text);
    project.close();
    const QFileInfo before(path);
    const QStringList files =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const bp::Architecture architecture = window_->model()->architecture();
    const bp::Vector weights = window_->model()->parameters();
    const bp::Index examples = window_->model()->dataset().size();
    auto* projectFiles = window_->findChild<ProjectFiles*>(QStringLiteral("projectFiles"));
    projectFiles->setFileChooser([path](bool, const QString&) { return path; });
    window_->findChild<QAction*>(QStringLiteral("actionOpenProject"))->trigger(); // Ctrl+O
    QTRY_VERIFY_WITH_TIMEOUT(!projectFiles->isOpening(), 60000); // it loads in the background
    QString shown;
    for (QMessageBox* box : window_->findChildren<QMessageBox*>())
        if (box->isVisible())
            shown = box->text();
    if (expected.isEmpty()) {
        QCOMPARE(shown, QString());
        QCOMPARE(window_->model()->dataset().size(), bp::Index{150});
    } else {
        QCOMPARE(shown, expected);
        QVERIFY(window_->model()->architecture() == architecture);
        QVERIFY(window_->model()->parameters() == weights);
        QCOMPARE(window_->model()->dataset().size(), examples);
    }
    // Nothing was run and nothing was written: the folder and the file are as they were.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             files);
    QCOMPARE(QFileInfo(path).lastModified(), before.lastModified());
    for (const char* name : {"pwned", "pwned2", "pwned3"}) {
        QVERIFY(!QFile::exists(dir.filePath(QString::fromLatin1(name))));
        QVERIFY(!QFile::exists(QDir::current().filePath(QString::fromLatin1(name))));
    }
}

QTEST_MAIN(TestLoadSecurity)
#include "tst_loadsecurity.moc"
