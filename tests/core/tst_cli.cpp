// backprop-cli end to end: runs the built executable (BPS_CLI_PATH) and checks exit codes,
// JSON output and the files it writes.
#include "clitestutil.h"
#include "dataspec.h"
#include "fitcases.h"
#include "initializer.h"
#include "modelfile.h"
#include "testutil.h"
#include "trainer.h"

#include <QtTest/QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {


using bptest::CliRun;

/// The built CLI (BPS_CLI_PATH) with `args`.
CliRun runCli(const QStringList& args)
{
    return bptest::runProgram(QStringLiteral(BPS_CLI_PATH), args);
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QString kHistoryHeader = QStringLiteral(
    "iteration,epoch,evaluations,train_cost,validation_cost,train_accuracy,validation_accuracy,"
    "gradient_norm,elapsed_seconds");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion_data();
    void helpAndVersion();
    void selftestPasses();
    void trainWritesModelHistoryAndSummary_data();
    void trainWritesModelHistoryAndSummary();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void evaluatePrintsMetrics_data();
    void evaluatePrintsMetrics();
    void evaluateComputesTheModelsFeatures();
    void gradcheckAgreesWithBackprop_data();
    void gradcheckAgreesWithBackprop();
    void initModelContinuesTraining();
    void divergenceExitsThree();
    void networkThatDoesNotFitExitsTwo_data();
    void networkThatDoesNotFitExitsTwo();

private:
    QTemporaryDir dir_;
};

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{"--help"} << "Usage: backprop-cli COMMAND";
    QTest::newRow("--version") << QStringList{"--version"} << "backprop-cli " BPS_VERSION;
    QTest::newRow("train --help") << QStringList{"train", "--help"} << "--init-model FILE";
    QTest::newRow("help train") << QStringList{"help", "train"} << "--batch-size N";
    QTest::newRow("gradcheck --help") << QStringList{"gradcheck", "--help"} << "--epsilon E";
    QTest::newRow("evaluate --help") << QStringList{"evaluate", "--help"} << "--model FILE";
    QTest::newRow("selftest --help") << QStringList{"selftest", "--help"} << "course";
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(expected), qPrintable(run.describe()));
}

void TestCli::selftestPasses()
{
    const CliRun run = runCli({"selftest"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QStringLiteral("PASS  gradient check")));
    QVERIFY(!run.out.contains(QStringLiteral("FAIL")));

    const CliRun json = runCli({"selftest", "--json"});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    QCOMPARE(json.lastJson().value("passed").toBool(), true);
}

void TestCli::trainWritesModelHistoryAndSummary_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<bool>("validation");

    QTest::newRow("gd full batch") << QStringList{"--optimizer", "gd"} << 40 << false;
    QTest::newRow("adam mini-batch, two hidden layers")
        << QStringList{"--optimizer", "adam",     "--lr", "0.01",         "--batch-size",
                       "32",          "--hidden", "6,4",  "--activation", "relu"}
        << 25 << false;
    QTest::newRow("adam mini-batch without the epoch-end cost")
        << QStringList{"--optimizer", "adam", "--lr", "0.01", "--batch-size", "32", "--no-epoch-cost"}
        << 25 << false;
    QTest::newRow("momentum with validation split")
        << QStringList{"--optimizer", "momentum", "--validation", "0.25", "--normalize", "minmax"}
        << 30 << true;
    QTest::newRow("softmax output, no hidden layer")
        << QStringList{"--output", "softmax", "--hidden", "none", "--progress-every", "1"} << 10
        << false;
}

void TestCli::trainWritesModelHistoryAndSummary()
{
    QFETCH(QStringList, options);
    QFETCH(int, iterations);
    QFETCH(bool, validation);

    const QString out = dir_.filePath(QStringLiteral("train-%1").arg(QTest::currentDataTag()));
    QStringList args{
        "train", "--data", "builtin:xor?n=200&seed=3", "--iterations", QString::number(iterations),
        "--out", out};
    const CliRun run = runCli(args + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // stdout: progress JSON lines, the last one the summary.
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    for (const QString& line : lines)
        QVERIFY2(QJsonDocument::fromJson(line.toUtf8()).isObject(), qPrintable(line));
    const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(first.value("event").toString(), QStringLiteral("progress"));
    QCOMPARE(first.value("iteration").toInt(), 0);
    const QJsonObject summary = run.lastJson();
    QCOMPARE(summary.value("event").toString(), QStringLiteral("summary"));
    QCOMPARE(summary.value("stop_reason").toString(), QStringLiteral("max_iterations"));
    QCOMPARE(summary.value("iterations").toInt(), iterations);
    QVERIFY(summary.value("iterations_per_second").toDouble() > 0.0);
    QVERIFY(summary.value("elapsed_seconds").toDouble() > 0.0);

    // history.csv: the documented columns, row 0 = initial parameters, one row per iteration.
    const QStringList history = readLines(out + "/history.csv");
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first(), kHistoryHeader);
    QCOMPARE(history.size() - 1, iterations + 1);
    for (int row = 1; row < history.size(); ++row) {
        const QStringList cells = history[row].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells[0].toInt(), row - 1);
        QCOMPARE(cells[4].isEmpty(), !validation); // validation_cost only with a split
        // train_accuracy: every row in full batch; mini-batches: row 0 and epoch ends, from
        // the full-set pass that --no-epoch-cost skips.
        if (options.contains("--no-epoch-cost"))
            QVERIFY2(cells[5].isEmpty(), qPrintable(history[row]));
        else if (row == 1)
            QVERIFY2(!cells[5].isEmpty(), qPrintable(history[row]));
    }

    QFile summaryFile(out + "/summary.json");
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(saved.value("final_cost").toDouble(), summary.value("final_cost").toDouble());

    // The model holds the normalisation fitted on the training split and the class names.
    const bp::Model model = bp::loadModel((out + "/model.json").toStdString());
    QCOMPARE(model.network.architecture().inputSize(), 2);
    QVERIFY(!model.normalization.isIdentity());
    QCOMPARE(model.classNames.size(), std::size_t(2));
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // part of stderr

    const QString out = dir_.filePath(QStringLiteral("bad"));
    QTest::newRow("unknown generator")
        << QStringList{"train", "--data", "builtin:nosuch", "--out", out} << "nosuch";
    QTest::newRow("missing csv file")
        << QStringList{"train", "--data", "csv:/no/such/file.csv", "--out", out} << "file.csv";
    QTest::newRow("unknown option")
        << QStringList{"train", "--frobnicate"} << "unknown option --frobnicate";
    QTest::newRow("missing --data") << QStringList{"train", "--out", out} << "--data SPEC";
    QTest::newRow("missing --out") << QStringList{"train", "--data", "builtin:xor"} << "--out DIR";
    QTest::newRow("bad number") << QStringList{"train", "--data", "builtin:xor", "--lr", "fast",
                                               "--out", out}
                                << "--lr: expected a number";
    QTest::newRow("hidden size zero")
        << QStringList{"train", "--data", "builtin:xor", "--hidden", "8,0", "--out", out}
        << "--hidden";
    QTest::newRow("unknown activation")
        << QStringList{"train", "--data", "builtin:xor", "--activation", "swish", "--out", out}
        << "--activation: expected one of";
    QTest::newRow("regression with sigmoid output")
        << QStringList{"train", "--data", "builtin:regression1d", "--output", "sigmoid",
                       "--out", out}
        << "regression data needs --output linear";
    QTest::newRow("patience without validation")
        << QStringList{"train", "--data", "builtin:xor", "--patience", "5", "--out", out}
        << "--patience needs a validation split";
    QTest::newRow("target cost without the epoch-end cost")
        << QStringList{"train", "--data", "builtin:xor", "--batch-size", "16", "--no-epoch-cost",
                       "--target-cost", "0.1", "--out", out}
        << "--target-cost needs the epoch-end training cost";
    QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command 'fly'";
    QTest::newRow("future model version")
        << QStringList{"evaluate", "--model", BPS_TEST_DATA_DIR "/model/future_version.json",
                       "--data", "builtin:xor"}
        << "version 2 is newer than this Backprop Studio understands (1)";
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
}

void TestCli::evaluatePrintsMetrics_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("trainOptions");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("classification")
        << "builtin:xor?n=100" << QStringList{"--optimizer", "lbfgs"}
        << QStringList{"cost", "accuracy", "confusion_matrix", "per_class", "class_names"};
    QTest::newRow("regression") << "builtin:regression1d?n=100" << QStringList{"--lr", "0.05"}
                                << QStringList{"cost", "rmse", "r_squared"};
}

void TestCli::evaluatePrintsMetrics()
{
    QFETCH(QString, data);
    QFETCH(QStringList, trainOptions);
    QFETCH(QStringList, keys);

    const QString out = dir_.filePath(QStringLiteral("eval-%1").arg(QTest::currentDataTag()));
    const CliRun train =
        runCli(QStringList{"train", "--data", data, "--iterations", "50", "--quiet", "--out", out} +
               trainOptions);
    QVERIFY2(train.exitCode == 0, qPrintable(train.describe()));

    const CliRun run = runCli({"evaluate", "--model", out + "/model.json", "--data", data});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject metrics = run.lastJson();
    QCOMPARE(metrics.value("examples").toInt(), 100);
    for (const QString& key : keys)
        QVERIFY2(metrics.contains(key), qPrintable(key + " missing in " + run.out));
    if (metrics.contains("confusion_matrix")) {
        const QJsonArray confusion = metrics.value("confusion_matrix").toArray();
        QCOMPARE(confusion.size(), 2);
        int total = 0;
        for (const QJsonValue& row : confusion) {
            for (const QJsonValue& cell : row.toArray())
                total += cell.toInt();
        }
        QCOMPARE(total, 100);
        QCOMPARE(metrics.value("per_class").toArray().size(), 2);
        // The same normalisation and data as training: evaluate agrees with the trainer.
        QVERIFY(bptest::fuzzyEqual(metrics.value("accuracy").toDouble(),
                                   train.lastJson().value("train_accuracy").toDouble(), 1e-12));
    }
}

void TestCli::evaluateComputesTheModelsFeatures()
{
    // A model with input features reads the RAW (x1, x2): evaluate computes the features, then
    // the model's normalisation (fitted on the features), and scores what the engine scores.
    using F = bp::Feature;
    const QString spec = QStringLiteral("builtin:circles?n=120&noise=0.05&seed=5");
    const bp::Dataset data = bp::loadDataSpec(spec.toStdString());
    bp::Model model;
    model.features = {F::X1Squared, F::X2Squared};
    const bp::Architecture arch =
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    model.network =
        bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::XavierNormal, 3));
    model.classNames = data.classNames;
    bp::Dataset train = bp::transformDataset(model.features, data);
    model.normalization = bp::Normalization::fit(bp::NormalizationKind::Standard, train.features);
    model.normalization.apply(train.features);
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.05;
    config.maxIterations = 200;
    bp::Trainer(model.network, train, nullptr, config).run();
    const QString path = dir_.filePath(QStringLiteral("features-model.json"));
    bp::saveModel(path.toStdString(), model);

    const std::vector<int> predicted = bp::predictedClasses(bp::predictRaw(model, data.features));
    double correct = 0.0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        correct += predicted[i] == data.labels[i] ? 1.0 : 0.0;
    const double accuracy = correct / static_cast<double>(predicted.size());
    QVERIFY2(accuracy > 0.9, qPrintable(QString::number(accuracy))); // x1², x2² separate circles

    const CliRun run = runCli({"evaluate", "--model", path, "--data", spec});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.lastJson().value("examples").toInt(), 120);
    QCOMPARE(run.lastJson().value("accuracy").toDouble(), accuracy);

    // Data the features cannot be computed from: the transform's sentence, exit 2.
    const CliRun oneD = runCli({"evaluate", "--model", path, "--data", "builtin:regression1d"});
    QVERIFY2(oneD.exitCode == 2, qPrintable(oneD.describe()));
    QCOMPARE(oneD.err, QStringLiteral("backprop-cli: builtin:regression1d: the input features "
                                      "x1^2, x2^2 are computed from 2-D data (x1, x2), but the "
                                      "data has 1 feature\n"));
}

void TestCli::gradcheckAgreesWithBackprop_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("parameters");

    // xor: 2 inputs, 2 classes. Parameters = Σ s_{l+1}(s_l + 1). Central differences with
    // the course's ε = 1e-4 reach 1e-9 on sigmoid units; tanh's larger third derivative at the
    // default initial weights leaves ~1.6e-9 of truncation error, so those rows use ε = 1e-5.
    QTest::newRow("sigmoid 2-5-2 (course)")
        << QStringList{"--hidden", "5", "--activation", "sigmoid"} << 5 * 3 + 2 * 6;
    QTest::newRow("tanh 2-5-2, epsilon 1e-5")
        << QStringList{"--hidden", "5", "--epsilon", "1e-5"} << 5 * 3 + 2 * 6;
    QTest::newRow("sigmoid 2-4-3-2, lambda 3")
        << QStringList{"--hidden", "4,3", "--activation", "sigmoid", "--lambda", "3"}
        << 4 * 3 + 3 * 5 + 2 * 4;
    QTest::newRow("softmax 2-6-2, epsilon 1e-5")
        << QStringList{"--hidden", "6", "--output", "softmax", "--epsilon", "1e-5"}
        << 6 * 3 + 2 * 7;
    QTest::newRow("random subset of 10")
        << QStringList{"--hidden", "8", "--params", "10", "--activation", "sigmoid"} << 10;
}

void TestCli::gradcheckAgreesWithBackprop()
{
    QFETCH(QStringList, options);
    QFETCH(int, parameters);

    const QString table =
        dir_.filePath(QStringLiteral("check-%1.csv").arg(QTest::currentDataTag()));
    const CliRun run = runCli(
        QStringList{"gradcheck", "--data", "builtin:xor?n=20", "--seed", "5", "--out", table} +
        options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject summary = run.lastJson();
    QVERIFY(summary.value("passed").toBool());
    QVERIFY2(summary.value("relative_difference").toDouble() < 1e-9, qPrintable(run.out));
    QCOMPARE(summary.value("parameters_checked").toInt(), parameters);

    const QStringList rows = readLines(table);
    QCOMPARE(rows.first(), QStringLiteral("index,layer,row,column,analytic,numeric,abs_difference,"
                                          "relative_difference"));
    QCOMPARE(rows.size() - 1, parameters);
}

void TestCli::initModelContinuesTraining()
{
    const QString first = dir_.filePath(QStringLiteral("continue-1"));
    const QString second = dir_.filePath(QStringLiteral("continue-2"));
    const QStringList data{"--data", "builtin:moons?n=150&seed=2"};
    const CliRun a =
        runCli(QStringList{"train", "--iterations", "60", "--quiet", "--out", first} + data);
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));

    const CliRun b = runCli(QStringList{"train", "--iterations", "20", "--init-model",
                                        first + "/model.json", "--out", second} +
                            data);
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
    // Row 0 of the continued run is where the first run ended: same weights, same
    // normalisation re-applied to the same data.
    const QStringList history = readLines(second + "/history.csv");
    QVERIFY(history.size() > 1);
    const double startCost = history[1].split(QLatin1Char(','))[3].toDouble();
    BP_FUZZY_COMPARE(startCost, a.lastJson().value("final_cost").toDouble(), 1e-12);
    QVERIFY(b.lastJson().value("final_cost").toDouble() < startCost);

    const bp::Model before = bp::loadModel((first + "/model.json").toStdString());
    const bp::Model after = bp::loadModel((second + "/model.json").toStdString());
    QVERIFY(after.network.architecture() == before.network.architecture());
    QVERIFY(after.normalization.offset == before.normalization.offset);

    // The model fixes the architecture: contradicting it is bad usage.
    const CliRun c = runCli(QStringList{"train", "--hidden", "3", "--init-model",
                                        first + "/model.json", "--out", second} +
                            data);
    QVERIFY2(c.exitCode == 2, qPrintable(c.describe()));
    QVERIFY(c.err.contains(QStringLiteral("cannot be combined with --init-model")));
}

void TestCli::divergenceExitsThree()
{
    // A sigmoid output with the logistic loss cannot overflow (the loss is computed from z
    // with softplus and the gradient is bounded), so divergence needs an unbounded loss:
    // a linear output with squared error and a far too large learning rate.
    const QString out = dir_.filePath(QStringLiteral("diverged"));
    const CliRun run = runCli({"train", "--data", "builtin:regression1d?n=100", "--optimizer", "gd",
                               "--lr", "100", "--quiet", "--out", out});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(run.lastJson().value("stop_reason").toString(), QStringLiteral("diverged"));
    QVERIFY(!run.err.isEmpty());
    // The last finite weights are kept and still make a loadable model.
    const bp::Model model = bp::loadModel((out + "/model.json").toStdString());
    QVERIFY(model.network.parameters().allFinite());
}

void TestCli::networkThatDoesNotFitExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fitCase"); // the row of tests/fitcases.h that it is

    // valid.json is 2-3-2 with sigmoid outputs.
    const QString model = QStringLiteral(BPS_TEST_DATA_DIR "/model/valid.json");
    QTest::newRow("evaluate, too few features")
        << QStringList{"evaluate", "--model", model, "--data", "builtin:regression1d"}
        << "builtin:regression1d"
        << "model on one-feature data";
    QTest::newRow("evaluate, classification model on regression data")
        << QStringList{"evaluate", "--model", model, "--data", "builtin:regression2d"}
        << "builtin:regression2d"
        << "classification model on regression data";
    const QString out = dir_.filePath(QStringLiteral("unfit"));
    QTest::newRow("train --init-model, too few features")
        << QStringList{"train", "--init-model", model, "--data", "builtin:regression1d", "--out",
                       out}
        << "builtin:regression1d"
        << "model on one-feature data";
}

void TestCli::networkThatDoesNotFitExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, source);
    QFETCH(QString, fitCase);
    const bpt::FitCase& c = bpt::fitCase(fitCase.toStdString());
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QCOMPARE(run.err, QStringLiteral("backprop-cli: ") + source +
                          QStringLiteral(": architecture: ") + QString(c.message) +
                          QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
