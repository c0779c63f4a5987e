// PyTorch export: the generated script, run by python3 with torch, predicts what the engine
// predicts to 1e-12 (float64), and 20 gradient-descent iterations of its training loop give
// the engine's cost trajectory from the same weights to 1e-10 — for each output kind (its
// cost), hidden activation, normalisation and λ; momentum and Adam too. Needs python3 with torch
// and numpy (python3-torch; QSKIP otherwise).
#include "generators.h"
#include "initializer.h"
#include "pythonscript.h"
#include "pytorchexport.h"
#include "testutil.h"
#include "trainer.h"

#include <QtTest/QtTest>

#include <cstdio>

Q_DECLARE_METATYPE(bp::Activation)
Q_DECLARE_METATYPE(bp::NormalizationKind)
Q_DECLARE_METATYPE(bp::OptimizerKind)
Q_DECLARE_METATYPE(bp::FeatureSet)

namespace {

constexpr std::uint64_t kSeed = 20240917;      // fixed: data and initial weights
constexpr double kPredictionTolerance = 1e-12; // the bar, relative to max(1, |h|)
constexpr double kCostTolerance = 1e-10;       // the bar, relative to max(1, |J|)
constexpr int kIterations = 20;

/// Probes for an interpreter with torch and numpy; empty (and why in *reason) when none.
QString torchInterpreter(QString* reason)
{
    const bptest::PythonRun probe = bptest::runPython(
        {QStringLiteral("-c"),
         QStringLiteral("import sys\ntry:\n    import torch, numpy\nexcept ImportError as e:\n"
                        "    print(e)\n    sys.exit(77)\nprint(torch.__version__)")});
    if (!probe.ran || probe.exitCode != 0) {
        *reason = QString::fromUtf8(probe.err + probe.out).trimmed();
        return {};
    }
    qInfo().noquote() << probe.interpreter << "torch" << QString::fromUtf8(probe.out).trimmed();
    return probe.interpreter;
}

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Output run(const QString& interpreter, const QStringList& arguments)
{
    QProcess process;
    process.start(interpreter, arguments);
    Output result;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish in 300 s";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Raw features (one example per row, 17 digits: exact) and the label column: the class
/// index, or the regression target. labelFirst puts it first, named "Class".
void writeData(const QString& path, const bp::Dataset& data, bool labelFirst = false)
{
    std::FILE* f = std::fopen(path.toLocal8Bit().constData(), "w");
    QVERIFY(f != nullptr);
    std::fprintf(f, labelFirst ? "Class,x1,x2\n" : "x1,x2,label\n");
    for (bp::Index i = 0; i < data.size(); ++i) {
        const std::string label =
            data.task() == bp::TaskKind::Regression
                ? QByteArray::number(data.targets(0, i), 'g', 17).toStdString()
                : std::to_string(data.labels[static_cast<std::size_t>(i)]);
        if (labelFirst)
            std::fprintf(f, "%s,", label.c_str());
        for (bp::Index j = 0; j < data.featureCount(); ++j)
            std::fprintf(f, j + 1 == data.featureCount() && labelFirst ? "%.17g" : "%.17g,",
                         data.features(j, i));
        std::fprintf(f, "%s\n", labelFirst ? "" : label.c_str());
    }
    QCOMPARE(std::fclose(f), 0);
}

bp::Dataset dataFor(bp::Activation output, int outputs)
{
    bp::GeneratorSpec spec;
    spec.n = 120;
    spec.seed = kSeed;
    spec.name = output == bp::Activation::Linear ? "regression2d" : outputs > 1 ? "spiral" : "xor";
    spec.classes = spec.name == "spiral" ? outputs : 0;
    bp::Dataset data = bp::generateDataset(spec);
    // Away from the unit box, so the normalisation matters.
    data.features.row(0).array() = 4.0 * data.features.row(0).array() + 10.0;
    data.features.row(1).array() = 0.5 * data.features.row(1).array() - 2.0;
    return data;
}

} // namespace

class TestPyTorchExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scriptMatchesTheEngine_data();
    void scriptMatchesTheEngine();
    void labelColumnIsTheStudiosDefault();
    void scriptIsReadable();
    void badModelsAreRefused();
    void featuresTravelWithTheScript();

private:
    QString python_;
    QString skipReason_;
};

void TestPyTorchExport::initTestCase()
{
    python_ = torchInterpreter(&skipReason_);
}

void TestPyTorchExport::scriptMatchesTheEngine_data()
{
    QTest::addColumn<QString>("hidden"); // comma-separated sizes
    QTest::addColumn<bp::Activation>("hiddenActivation");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<int>("outputs");
    QTest::addColumn<bp::NormalizationKind>("normalization");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<bp::OptimizerKind>("optimizer");
    QTest::addColumn<bp::FeatureSet>("features"); // computed from the raw (x1, x2) columns

    using A = bp::Activation;
    using N = bp::NormalizationKind;
    using O = bp::OptimizerKind;
    using F = bp::Feature;
    QTest::newRow("tanh 2-6-3 softmax (cross-entropy), standard, λ 0.1")
        << "6" << A::Tanh << A::Softmax << 3 << N::Standard << 0.1 << 0.5 << O::GradientDescent
        << bp::FeatureSet();
    QTest::newRow("sigmoid 2-5-1 sigmoid (logistic), minmax, λ 1")
        << "5" << A::Sigmoid << A::Sigmoid << 1 << N::MinMax << 1.0 << 2.0 << O::GradientDescent
        << bp::FeatureSet();
    QTest::newRow("relu 2-8-8-1 linear (squared error), standard, λ 0.01")
        << "8,8" << A::ReLU << A::Linear << 1 << N::Standard << 0.01 << 0.05 << O::GradientDescent
        << bp::FeatureSet();
    QTest::newRow("leaky_relu 2-6-2 sigmoid (logistic), none, λ 0")
        << "6" << A::LeakyReLU << A::Sigmoid << 2 << N::None << 0.0 << 0.1 << O::GradientDescent
        << bp::FeatureSet();
    QTest::newRow("linear 2-4-3 softmax, none, λ 3")
        << "4" << A::Linear << A::Softmax << 3 << N::None << 3.0 << 0.01 << O::GradientDescent
        << bp::FeatureSet();
    QTest::newRow("no hidden layer, sigmoid, standard, λ 0.5")
        << "" << A::Tanh << A::Sigmoid << 1 << N::Standard << 0.5 << 1.0 << O::GradientDescent
        << bp::FeatureSet();
    // Momentum and Adam are torch.optim's SGD and Adam: the same steps, to rounding.
    QTest::newRow("momentum: tanh 2-6-3 softmax, standard, λ 0.1")
        << "6" << A::Tanh << A::Softmax << 3 << N::Standard << 0.1 << 0.2 << O::Momentum
        << bp::FeatureSet();
    QTest::newRow("adam: relu 2-8-1 sigmoid, minmax, λ 0.01")
        << "8" << A::ReLU << A::Sigmoid << 1 << N::MinMax << 0.01 << 0.01 << O::Adam
        << bp::FeatureSet();
    // Input features: the script computes them from the raw columns, then normalises.
    QTest::newRow("features x1^2, x2^2, x1*x2: tanh 6-1 sigmoid, standard, λ 0.1")
        << "6" << A::Tanh << A::Sigmoid << 1 << N::Standard << 0.1 << 0.5 << O::GradientDescent
        << bp::FeatureSet{F::X1Squared, F::X2Squared, F::X1TimesX2};
    QTest::newRow("all seven features: relu 8-3 softmax, minmax, λ 0.01, adam")
        << "8" << A::ReLU << A::Softmax << 3 << N::MinMax << 0.01 << 0.01 << O::Adam
        << bp::FeatureSet{F::X1,        F::X2,    F::X1Squared, F::X2Squared,
                          F::X1TimesX2, F::SinX1, F::SinX2};
    QTest::newRow("features sin(x1), x2: linear regression 5-1, none, λ 0")
        << "5" << A::Tanh << A::Linear << 1 << N::None << 0.0 << 0.05 << O::GradientDescent
        << bp::FeatureSet{F::X2, F::SinX1};
}

void TestPyTorchExport::scriptMatchesTheEngine()
{
    QFETCH(QString, hidden);
    QFETCH(bp::Activation, hiddenActivation);
    QFETCH(bp::Activation, output);
    QFETCH(int, outputs);
    QFETCH(bp::NormalizationKind, normalization);
    QFETCH(double, lambda);
    QFETCH(double, learningRate);
    QFETCH(bp::OptimizerKind, optimizer);
    QFETCH(bp::FeatureSet, features);
    if (python_.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no python3 with torch and numpy: ") + skipReason_ +
                         QStringLiteral(" (scripts/test installs python3-torch)")));

    std::vector<int> sizes;
    for (const QString& part : hidden.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(part.toInt());
    const bp::Dataset data = dataFor(output, outputs); // raw (x1, x2)
    const bp::Architecture arch =
        bp::Architecture::make(features.inputCount(), sizes, hiddenActivation, outputs, output);
    bp::Model model;
    model.network =
        bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::XavierNormal, kSeed));
    model.features = features;
    model.classNames = data.classNames;
    // Raw → features → normalisation fitted on the features (featuretransform.h).
    bp::Dataset train = bp::transformDataset(features, data);
    model.normalization = bp::Normalization::fit(normalization, train.features);
    model.normalization.apply(train.features);
    { // Trained a little first, as a user would export it.
        bp::TrainingConfig warmUp;
        warmUp.optimizer = bp::OptimizerKind::Adam;
        warmUp.learningRate = 0.05;
        warmUp.maxIterations = 30;
        bp::Trainer(model.network, train, nullptr, warmUp).run();
    }

    bp::TrainingConfig config;
    config.optimizer = optimizer;
    config.learningRate = learningRate;
    config.lambda = lambda;
    config.maxIterations = kIterations;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("model.py"));
    const QString csv = dir.filePath(QStringLiteral("data.csv"));
    bp::exportPyTorch(script.toStdString(), model, config);
    writeData(csv, data);

    // Predictions: the script reads the raw features, computes the input features and
    // normalises them itself.
    const bp::Matrix expected = model.network.predict(train.features); // K × m
    const Output predicted = run(python_, {script, QStringLiteral("predict"), csv});
    QVERIFY2(predicted.exitCode == 0, predicted.err.constData());
    QList<QByteArray> lines = predicted.out.trimmed().split('\n');
    QCOMPARE(lines.size(), static_cast<int>(data.size()) + 1); // a header, then one per example
    double worstPrediction = 0.0;
    for (bp::Index i = 0; i < data.size(); ++i) {
        const QList<QByteArray> cells = lines[static_cast<int>(i) + 1].split(',');
        QVERIFY(cells.size() >= outputs);
        for (int k = 0; k < outputs; ++k) {
            bool ok = false;
            const double actual = cells[k].toDouble(&ok);
            QVERIFY(ok);
            const double want = expected(k, i);
            worstPrediction =
                std::max(worstPrediction, std::abs(actual - want) / std::max(1.0, std::abs(want)));
        }
    }

    // Training: 20 steps from the same weights with the project's optimiser (the script's
    // default), one cost line each.
    bp::Network engine = model.network;
    bp::Trainer trainer(engine, train, nullptr, config);
    trainer.run();
    const std::vector<bp::IterationStats> rows = trainer.history().rows();
    QCOMPARE(static_cast<int>(rows.size()), kIterations + 1);
    const Output trained =
        run(python_,
            {script, QStringLiteral("train"), csv, QStringLiteral("--iterations"),
             QString::number(kIterations), QStringLiteral("--log-every"), QStringLiteral("1")});
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    lines = trained.out.trimmed().split('\n');
    QCOMPARE(lines.size(), kIterations + 1);
    double worstCost = 0.0;
    for (int k = 0; k <= kIterations; ++k) {
        const QList<QByteArray> words = lines[k].split(' '); // "iteration K cost J"
        QCOMPARE(words.size(), 4);
        QCOMPARE(words[1].toInt(), k);
        bool ok = false;
        const double actual = words[3].toDouble(&ok);
        QVERIFY(ok);
        const double want = rows[static_cast<std::size_t>(k)].trainCost;
        worstCost = std::max(worstCost, std::abs(actual - want) / std::max(1.0, std::abs(want)));
    }
    qInfo(
        "max relative difference: predictions %.3g, costs over %d iterations %.3g (J %.6g → %.6g)",
        worstPrediction, kIterations, worstCost, rows.front().trainCost, rows.back().trainCost);
    QVERIFY2(worstPrediction <= kPredictionTolerance, qPrintable(QString::number(worstPrediction)));
    QVERIFY2(worstCost <= kCostTolerance, qPrintable(QString::number(worstCost)));
    QVERIFY(rows.back().trainCost < rows.front().trainCost); // it did train
}

void TestPyTorchExport::labelColumnIsTheStudiosDefault()
{
    // The studio's CSV reader takes a column named like a label (here "Class", first) before
    // the last column; the script reads the same file the same way.
    if (python_.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no python3 with torch and numpy: ") + skipReason_));
    const bp::Dataset data = dataFor(bp::Activation::Softmax, 3);
    const bp::Architecture arch =
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    bp::Model model;
    model.network =
        bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::XavierNormal, 5));
    model.normalization = bp::Normalization::fit(bp::NormalizationKind::Standard, data.features);
    model.classNames = data.classNames;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("model.py"));
    bp::exportPyTorch(script.toStdString(), model, {});
    const QString last = dir.filePath(QStringLiteral("last.csv"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    writeData(last, data);
    writeData(first, data, true);
    for (const QString& command : {QStringLiteral("predict"), QStringLiteral("train")}) {
        QStringList extra;
        if (command == QLatin1String("train"))
            extra << QStringLiteral("--iterations") << QStringLiteral("3");
        const Output a = run(python_, QStringList{script, command, last} + extra);
        const Output b = run(python_, QStringList{script, command, first} + extra);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.err + b.err).constData());
        QCOMPARE(b.out, a.out);
    }
}

void TestPyTorchExport::scriptIsReadable()
{
    const bp::Architecture arch =
        bp::Architecture::make(3, {5, 4}, bp::Activation::ReLU, 2, bp::Activation::Softmax);
    bp::Model model;
    model.network = bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::HeNormal, 3));
    model.classNames = {"cat", "dog \"quoted\""};
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.003;
    config.lambda = 0.25;
    const QString text = QString::fromStdString(bp::pytorchScript(model, config));
    for (const char* expected :
         {"class Network(torch.nn.Module):", "self.layer1 = torch.nn.Linear(3, 5, dtype=dtype)",
          "self.layer3 = torch.nn.Linear(4, 2, dtype=dtype)", "torch.relu(self.layer2(a))",
          "torch.softmax(self.output_z(x), dim=1)", "OPTIMIZER = \"adam\"", "LEARNING_RATE = 0.003",
          "LAMBDA = 0.25", "NORMALIZATION = \"none\"",
          "CLASS_NAMES = [\"cat\", \"dog \\\"quoted\\\"\"]",
          "def cross_entropy_loss(z, y):", "3 inputs → 5 (relu) → 4 (relu) → 2 (softmax)"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("import tensorflow")));
    // Θ(1)'s first row, bit-exact: shortest round-trip decimals.
    const double first = model.network.theta(0)(0, 0);
    const QString row = text.section(QStringLiteral("# Θ(1)"), 1).section(QLatin1Char('['), 2, 2);
    QCOMPARE(row.section(QLatin1Char(','), 0, 0).toDouble(), first);
}

void TestPyTorchExport::badModelsAreRefused()
{
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Model model;
    model.network = bp::Network(arch, bp::Vector::Zero(arch.parameterCount()));
    model.network.parameters()(2) = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::pytorchScript(model, {}));

    model.network.parameters()(2) = 0.0;
    model.normalization.kind = bp::NormalizationKind::Standard;
    model.normalization.offset = bp::Vector::Zero(3);
    model.normalization.scale = bp::Vector::Ones(3);
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::pytorchScript(model, {}));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    model.normalization = {};
    QVERIFY_THROWS_EXCEPTION(
        bp::InputError,
        bp::exportPyTorch(dir.filePath(QStringLiteral("missing/model.py")).toStdString(), model,
                          {}));
}

void TestPyTorchExport::featuresTravelWithTheScript()
{
    using F = bp::Feature;
    const bp::Architecture arch =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Model model;
    model.network = bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::HeNormal, 4));
    model.features = {F::X1Squared, F::X1TimesX2, F::SinX2};
    model.classNames = {"a", "b"};
    const QString text = QString::fromStdString(bp::pytorchScript(model, {}));
    for (const char* expected : {"FEATURES = [\"x1^2\", \"x1*x2\", \"sin(x2)\"]", "RAW_INPUTS = 2",
                                 "return torch.cat([x1 * x1, x1 * x2, torch.sin(x2)], dim=1)",
                                 "a = (self.input_features(x) - self.offset) / self.scale"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Without features: none of it, and the data's columns are the network's inputs.
    bp::Model plain = model;
    plain.features = {};
    plain.network = bp::Network(
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid),
        bp::Vector::Zero(17));
    const QString without = QString::fromStdString(bp::pytorchScript(plain, {}));
    QVERIFY(without.contains(QStringLiteral("FEATURES = None")));
    QVERIFY(!without.contains(QStringLiteral("def input_features")));
    // Features that do not match the input layer are refused.
    plain.features = {F::X1, F::X2, F::SinX1};
    QCOMPARE(bptest::errorOf([&] { bp::pytorchScript(plain, {}); }),
             QStringLiteral("PyTorch export: features: 3 features need as many input units, "
                            "but the network has 2"));

    // `train --save model.json` writes the features back: the studio reads the same model.
    if (python_.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no python3 with torch and numpy: ") + skipReason_));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("model.py"));
    const QString csv = dir.filePath(QStringLiteral("data.csv"));
    const QString saved = dir.filePath(QStringLiteral("trained.json"));
    bp::exportPyTorch(script.toStdString(), model, {});
    writeData(csv, dataFor(bp::Activation::Sigmoid, 1));
    const Output trained =
        run(python_, {script, QStringLiteral("train"), csv, QStringLiteral("--iterations"),
                      QStringLiteral("2"), QStringLiteral("--save"), saved});
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    const bp::Model loaded = bp::loadModel(saved.toStdString());
    QVERIFY(loaded.features == model.features);
    QVERIFY(loaded.network.architecture() == arch);
}

QTEST_APPLESS_MAIN(TestPyTorchExport)
#include "tst_pytorchexport.moc"
