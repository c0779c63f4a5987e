// ONNX export: the file passes onnx.checker and, evaluated by an implementation independent
// of ours (onnx's reference evaluator, or a numpy walk of the graph), gives the app's outputs
// to 1e-9 on the data set. Needs python3 with onnx and numpy (QSKIP otherwise).
#include "generators.h"
#include "initializer.h"
#include "onnxexport.h"
#include "testutil.h"
#include "trainer.h"

#include <QtTest/QtTest>

#include <cstdio>
#include <fstream>

Q_DECLARE_METATYPE(bp::Activation)
Q_DECLARE_METATYPE(bp::NormalizationKind)

namespace {

constexpr std::uint64_t kSeed = 20240901; // fixed; printed in each row's name via the data
constexpr double kTolerance = 1e-9;       // the bar for "same outputs"

QString checkScript()
{
    return QStringLiteral(BPS_TEST_DATA_DIR "/../core/onnx_check.py");
}

/// Rows of a (rows × cols) matrix as CSV with 17 significant digits (exact doubles).
void writeCsv(const QString& path, const bp::Matrix& m)
{
    std::FILE* f = std::fopen(path.toLocal8Bit().constData(), "w");
    QVERIFY(f != nullptr);
    for (bp::Index r = 0; r < m.rows(); ++r)
        for (bp::Index c = 0; c < m.cols(); ++c)
            std::fprintf(f, "%.17g%c", m(r, c), c + 1 == m.cols() ? '\n' : ',');
    QCOMPARE(std::fclose(f), 0);
}

/// A data set whose raw scale is far from the unit box, so the normalisation matters.
bp::Dataset dataFor(bp::Activation output, int outputs)
{
    bp::GeneratorSpec spec;
    spec.n = 150;
    spec.seed = kSeed;
    spec.name = output == bp::Activation::Linear ? "regression2d" : outputs > 1 ? "spiral" : "xor";
    spec.classes = spec.name == "spiral" ? outputs : 0;
    bp::Dataset data = bp::generateDataset(spec);
    data.features.row(0).array() = 40.0 * data.features.row(0).array() + 1000.0;
    data.features.row(1).array() = 0.01 * data.features.row(1).array() - 3.0;
    return data;
}

} // namespace

class TestOnnxExport : public QObject
{
    Q_OBJECT
private slots:
    void matchesIndependentEvaluation_data();
    void matchesIndependentEvaluation();
    void fileHoldsTheBytes();
    void nonFiniteWeightsAreRefused();
    void mismatchedNormalizationIsRefused();
};

void TestOnnxExport::matchesIndependentEvaluation_data()
{
    QTest::addColumn<QString>("hidden"); // comma-separated sizes
    QTest::addColumn<bp::Activation>("hiddenActivation");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<int>("outputs");
    QTest::addColumn<bp::NormalizationKind>("normalization");

    using A = bp::Activation;
    using N = bp::NormalizationKind;
    QTest::newRow("tanh 2-8-8-3 softmax, standard")
        << "8,8" << A::Tanh << A::Softmax << 3 << N::Standard;
    QTest::newRow("sigmoid 2-5-1 sigmoid, minmax")
        << "5" << A::Sigmoid << A::Sigmoid << 1 << N::MinMax;
    QTest::newRow("relu 2-16-4 softmax, standard")
        << "16" << A::ReLU << A::Softmax << 4 << N::Standard;
    QTest::newRow("leaky_relu 2-6-5-2 sigmoid, standard")
        << "6,5" << A::LeakyReLU << A::Sigmoid << 2 << N::Standard;
    QTest::newRow("linear 2-3-1 linear, none") << "3" << A::Linear << A::Linear << 1 << N::None;
    QTest::newRow("no hidden layer, softmax, none") << "" << A::Tanh << A::Softmax << 3 << N::None;
}

void TestOnnxExport::matchesIndependentEvaluation()
{
    QFETCH(QString, hidden);
    QFETCH(bp::Activation, hiddenActivation);
    QFETCH(bp::Activation, output);
    QFETCH(int, outputs);
    QFETCH(bp::NormalizationKind, normalization);

    std::vector<int> sizes;
    for (const QString& part : hidden.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(part.toInt());
    const bp::Dataset data = dataFor(output, outputs);
    const bp::Architecture arch =
        bp::Architecture::make(2, sizes, hiddenActivation, outputs, output);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::XavierNormal, kSeed));

    // Trained a little, as a user would export it: weights away from their initial scale.
    const bp::Normalization norm = bp::Normalization::fit(normalization, data.features);
    bp::Dataset train = data;
    norm.apply(train.features);
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.05;
    config.maxIterations = 40;
    bp::Trainer(network, train, nullptr, config).run();
    QVERIFY(network.parameters().allFinite());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString modelPath = dir.filePath(QStringLiteral("model.onnx"));
    bp::exportOnnx(modelPath.toStdString(), network, norm, data.classNames);
    // The app's outputs for the raw (unnormalised) data set: examples as rows.
    const bp::Matrix expected = network.predict(train.features).transpose();
    writeCsv(dir.filePath(QStringLiteral("x.csv")), data.features.transpose());
    writeCsv(dir.filePath(QStringLiteral("expected.csv")), expected);

    // The python3 first on PATH may be a private one (pyenv, a venv) without Debian's
    // python3-onnx; fall back to the system interpreter. BPS_PYTHON overrides both.
    QStringList interpreters{QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")};
    if (qEnvironmentVariableIsSet("BPS_PYTHON"))
        interpreters.prepend(qEnvironmentVariable("BPS_PYTHON"));
    QString skipped = QStringLiteral("python3 is not installed");
    for (const QString& interpreter : interpreters) {
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(interpreter,
                     {checkScript(), modelPath, dir.filePath(QStringLiteral("x.csv")),
                      dir.filePath(QStringLiteral("expected.csv")), QString::number(kTolerance)});
        if (!python.waitForStarted(10000))
            continue;
        QVERIFY(python.waitForFinished(120000));
        const QByteArray log = python.readAll();
        if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == 77) {
            skipped = interpreter + QStringLiteral(" lacks onnx or numpy: ") +
                      QString::fromUtf8(log).trimmed();
            continue;
        }
        qInfo().noquote() << interpreter << QString::fromUtf8(log).trimmed();
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 log.constData());
        return;
    }
    QSKIP(qPrintable(skipped + QStringLiteral(" (scripts/test installs python3-onnx)")));
}

void TestOnnxExport::fileHoldsTheBytes()
{
    const bp::Architecture arch =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 2, bp::Activation::Softmax);
    const bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::HeNormal, 1));
    const std::string bytes = bp::onnxModelBytes(network, {}, {"a", "b"});
    // ModelProto starts with ir_version = 8: field 1, varint → 0x08 0x08.
    QVERIFY(bytes.size() > 2);
    QCOMPARE(bytes.substr(0, 2), std::string("\x08\x08", 2));
    QVERIFY(bytes.find("Gemm") != std::string::npos);
    QVERIFY(bytes.find("Softmax") != std::string::npos);
    QVERIFY(bytes.find("norm_offset") == std::string::npos); // no normalisation, no Sub/Div
    QCOMPARE(bp::onnxOutputName(network), std::string("probabilities"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("m.onnx")).toStdString();
    bp::exportOnnx(path, network, {}, {"a", "b"});
    std::ifstream in(path, std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(in)), {});
    QVERIFY(written == bytes);
}

void TestOnnxExport::nonFiniteWeightsAreRefused()
{
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Network network(arch, bp::Vector::Zero(arch.parameterCount()));
    network.parameters()(4) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::onnxModelBytes(network, {}, {}));
}

void TestOnnxExport::mismatchedNormalizationIsRefused()
{
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    const bp::Network network(arch, bp::Vector::Zero(arch.parameterCount()));
    bp::Normalization norm;
    norm.kind = bp::NormalizationKind::Standard;
    norm.offset = bp::Vector::Zero(3);
    norm.scale = bp::Vector::Ones(3);
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::onnxModelBytes(network, norm, {}));
}

QTEST_APPLESS_MAIN(TestOnnxExport)
#include "tst_onnxexport.moc"
