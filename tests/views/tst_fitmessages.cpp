// "Does this network fit this data" is one rule with one wording (bp::checkFits): the window
// shows exactly the table's message when a model file that does not fit the project's data is
// imported, and when a project whose network does not fit its own data is opened. The same
// table (tests/fitcases.h) holds the core (tst_fit) and CLI (tst_cli, tst_cliproject) tests.

#include "fitcases.h"
#include "uitestutil.h"

#include "session/projectmodel.h"
#include "session/session.h"
#include "views/project/modelimport.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"

#include "modelfile.h"
#include "projectfile.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using namespace bpui;

class TestFitMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importedModelThatDoesNotFit_data();
    void importedModelThatDoesNotFit();
    void openedProjectThatDoesNotFit();

private:
    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;
};

void TestFitMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
}

void TestFitMessages::init()
{
    window_ = std::make_unique<MainWindow>();
}

void TestFitMessages::cleanup()
{
    window_.reset();
}

void TestFitMessages::importedModelThatDoesNotFit_data()
{
    QTest::addColumn<QString>("name");
    for (const bpt::FitCase& c : bpt::kFitCases)
        if (*c.message != '\0')
            QTest::newRow(c.name) << QString::fromLatin1(c.name);
}

void TestFitMessages::importedModelThatDoesNotFit()
{
    QFETCH(QString, name);
    const bpt::FitCase& c = bpt::fitCase(name.toStdString());
    ProjectModel* model = window_->model();
    model->setDataset(bpt::fitCaseData(c), DataSource{});
    const bp::Architecture before = model->architecture();
    const bp::Vector weights = model->parameters();

    const bp::Architecture arch = bpt::fitCaseArchitecture(c);
    bp::Model file;
    file.network = bp::Network(arch, bp::Vector::Zero(arch.parameterCount()));
    const QString path = dir_.filePath(QStringLiteral("model.json"));
    bp::saveModel(path.toStdString(), file);

    auto* import = window_->findChild<ModelImport*>(QStringLiteral("modelImport"));
    QVERIFY(import);
    QVERIFY(!import->importModel(path));
    QCOMPARE(import->lastError(),
             path + QStringLiteral(": architecture: ") + QString::fromLatin1(c.message));
    QVERIFY(model->architecture() == before); // nothing changed
    QVERIFY(model->parameters() == weights);
}

void TestFitMessages::openedProjectThatDoesNotFit()
{
    // A project whose network has 3 inputs on 2-feature data (the spiral).
    bp::Project project;
    project.data.kind = bp::ProjectDataSource::Kind::Generator;
    project.data.generator.name = "spiral";
    project.data.generator.n = 60;
    project.data.generator.classes = 3;
    project.architecture =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    const QString path = dir_.filePath(QStringLiteral("misfit.bpstudio"));
    bp::saveProject(path.toStdString(), project);

    auto* files = window_->projectFiles();
    const std::vector<int> sizes = window_->model()->architecture().layerSizes;
    QVERIFY(!bptest::openProjectAndWait(files, path));
    QCOMPARE(files->lastError(),
             path + QStringLiteral(": architecture: the input layer has 3 units but the data "
                                   "has 2 features"));
    QCOMPARE(window_->model()->architecture().layerSizes, sizes);
}

QTEST_MAIN(TestFitMessages)
#include "tst_fitmessages.moc"
