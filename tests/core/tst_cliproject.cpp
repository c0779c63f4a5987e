// `backprop-cli train --project FILE`: trains a studio project with its own settings and
// writes the trained weights and the run into a copy; a damaged project, or one whose network
// does not fit its data, is exit code 2.

#include "clitestutil.h"
#include "fitcases.h"
#include "modelfile.h"
#include "projectfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace {


using bptest::CliRun;

/// The built CLI (BPS_CLI_PATH) with `args`.
CliRun runCli(const QStringList& args)
{
    return bptest::runProgram(QStringLiteral(BPS_CLI_PATH), args);
}

/// XOR from the generator, 2-4-1 sigmoid, 60 iterations of gradient descent; seeds fixed.
bp::Project xorProject()
{
    bp::Project project;
    project.data.kind = bp::ProjectDataSource::Kind::Generator;
    project.data.generator.name = "xor";
    project.data.generator.n = 80;
    project.data.generator.seed = 5;
    project.architecture = bp::Architecture::make(2, {4}, bp::Activation::Tanh, 2,
                                                  bp::Activation::Softmax);
    project.config.optimizer = bp::OptimizerKind::Adam;
    project.config.learningRate = 0.05;
    project.config.maxIterations = 60;
    project.validationFraction = 0.25;
    project.initSeed = 11;
    return project;
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private slots:
    void trainsAProjectAndWritesACopy();
    void projectFeaturesReachTheModel();
    void damagedProjectIsBadInput_data();
    void damagedProjectIsBadInput();
    void networkThatDoesNotFitIsBadInput();

private:
    QTemporaryDir dir_;
};

void TestCliProject::trainsAProjectAndWritesACopy()
{
    QVERIFY(dir_.isValid());
    const QString in = dir_.filePath(QStringLiteral("xor.bpstudio"));
    const QString out = dir_.filePath(QStringLiteral("xor-trained.bpstudio"));
    const bp::Project project = xorProject();
    bp::saveProject(in.toStdString(), project);

    const CliRun run = runCli({QStringLiteral("train"), QStringLiteral("--project"), in,
                               QStringLiteral("--write-project"), out, QStringLiteral("--quiet"),
                               QStringLiteral("--out"), dir_.filePath(QStringLiteral("o"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QStringLiteral("\"summary\"")));
    QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("o/model.json"))));

    const bp::Project trained = bp::loadProject(out.toStdString());
    QVERIFY(trained.architecture == project.architecture);
    QCOMPARE(trained.runs.size(), std::size_t{1});
    const bp::ProjectRun& saved = trained.runs.front();
    QVERIFY(!saved.history.empty());
    QCOMPARE(saved.history.back().iteration, 60L);
    QVERIFY(saved.history.back().trainCost < saved.history.front().trainCost);
    QCOMPARE(trained.weights.size(), project.architecture.parameterCount());
    QVERIFY(trained.weights == saved.finalWeights);
    const bp::Vector initial =
        bp::initializeParameters(project.architecture, project.initKind, project.initSeed);
    QVERIFY(trained.weights != initial);
    // The original is untouched: the copy holds the training.
    QVERIFY(bp::loadProject(in.toStdString()).runs.empty());
}

void TestCliProject::projectFeaturesReachTheModel()
{
    // A project with input features trains on them (prepareProject computes them before the
    // normalisation), writes a model that carries them and a copy that keeps them, and the
    // model evaluates on the project's raw data.
    QVERIFY(dir_.isValid());
    const QString in = dir_.filePath(QStringLiteral("features.bpstudio"));
    const QString out = dir_.filePath(QStringLiteral("features-trained.bpstudio"));
    bp::Project project = xorProject();
    project.features = {bp::Feature::X1, bp::Feature::X2, bp::Feature::X1TimesX2};
    project.architecture =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 2, bp::Activation::Softmax);
    bp::saveProject(in.toStdString(), project);

    const QString modelDir = dir_.filePath(QStringLiteral("features-out"));
    const CliRun run = runCli({QStringLiteral("train"), QStringLiteral("--project"), in,
                               QStringLiteral("--write-project"), out, QStringLiteral("--quiet"),
                               QStringLiteral("--out"), modelDir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(bp::loadProject(out.toStdString()).features == project.features);
    const bp::Model model = bp::loadModel((modelDir + QStringLiteral("/model.json")).toStdString());
    QVERIFY(model.features == project.features);
    QCOMPARE(model.normalization.offset.size(), bp::Index{3}); // fitted on the features

    const CliRun evaluate =
        runCli({QStringLiteral("evaluate"), QStringLiteral("--model"),
                modelDir + QStringLiteral("/model.json"), QStringLiteral("--data"),
                QStringLiteral("builtin:xor?n=80&seed=5")});
    QVERIFY2(evaluate.exitCode == 0, qPrintable(evaluate.describe()));
    QCOMPARE(evaluate.lastJson().value("examples").toInt(), 80);
}

void TestCliProject::damagedProjectIsBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("future version") << QStringLiteral("future_version.bpstudio");
    QTest::newRow("not JSON") << QStringLiteral("not_json.bpstudio");
}

void TestCliProject::damagedProjectIsBadInput()
{
    QFETCH(QString, file);
    const CliRun run = runCli({QStringLiteral("train"), QStringLiteral("--project"),
                               QStringLiteral(BPS_TEST_DATA_DIR "/project/") + file});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(!run.err.isEmpty());
}

/// The project's network must fit its data (bp::checkFits), in the trainer's words.
void TestCliProject::networkThatDoesNotFitIsBadInput()
{
    const bpt::FitCase& c = bpt::fitCase("more outputs than classes");
    bp::Project project = xorProject(); // 2 features, 2 classes, as the case's data
    QCOMPARE(c.features, 2);
    QCOMPARE(c.classes, 2);
    project.architecture = bpt::fitCaseArchitecture(c);
    const QString path = dir_.filePath(QStringLiteral("unfit.bpstudio"));
    bp::saveProject(path.toStdString(), project);

    const CliRun run = runCli({QStringLiteral("train"), QStringLiteral("--project"), path});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QCOMPARE(run.err, QStringLiteral("backprop-cli: ") + path + QStringLiteral(": architecture: ") +
                          QString(c.message) + QLatin1Char('\n'));
}

QTEST_MAIN(TestCliProject)
#include "tst_cliproject.moc"
