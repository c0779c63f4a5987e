// ONNX export: every variant the studio can export (each hidden activation × output kind,
// with and without normalisation, float32 and float64, and input feature transforms computed
// in the graph from raw (x1, x2)) passes onnx.checker and runs in an
// independent runtime, OpenCV's DNN module, whose outputs must equal the engine's
// predictions to 1e-5 relative (tests/core/onnx_check.py says how "relative" treats values
// near zero). OpenCV 4.6 rejects float64 initialisers: a float64 file it rejects is judged
// by onnx.checker alone, and the row says so. Needs python3 with onnx, numpy and cv2
// (python3-onnx, python3-numpy, python3-opencv; QSKIP otherwise).
#include "generators.h"
#include "initializer.h"
#include "onnxexport.h"
#include "pythonscript.h"
#include "testutil.h"
#include "trainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest/QtTest>

#include <cstdio>
#include <fstream>
#include <memory>

Q_DECLARE_METATYPE(bp::Activation)
Q_DECLARE_METATYPE(bp::NormalizationKind)
Q_DECLARE_METATYPE(bp::OnnxPrecision)
Q_DECLARE_METATYPE(bp::FeatureSet)

namespace {

constexpr std::uint64_t kSeed = 20240901; // fixed: data, initial weights
constexpr double kTolerance = 1e-5;       // the bar: float32 outputs, relative

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

/// A data set whose raw scale is away from the unit box, so the normalisation matters.
/// float64 files get features far from it (1000 ± 40, −3 ± 0.01); float32 ones moderately
/// (10 ± 3, −2 ± 0.5): in float32 a feature of 1000 ± 40 keeps five significant digits after
/// its offset is removed, so the studio's double-precision predictions are out of reach of
/// any float32 runtime there (measured: up to 3e-4 relative), however exact the export.
bp::Dataset dataFor(bp::Activation output, int outputs, bp::OnnxPrecision precision)
{
    bp::GeneratorSpec spec;
    spec.n = 150;
    spec.seed = kSeed;
    spec.name = output == bp::Activation::Linear ? "regression2d" : outputs > 1 ? "spiral" : "xor";
    spec.classes = spec.name == "spiral" ? outputs : 0;
    bp::Dataset data = bp::generateDataset(spec);
    const bool wide = precision == bp::OnnxPrecision::Float64;
    data.features.row(0).array() =
        (wide ? 40.0 : 3.0) * data.features.row(0).array() + (wide ? 1000.0 : 10.0);
    data.features.row(1).array() =
        (wide ? 0.01 : 0.5) * data.features.row(1).array() - (wide ? 3.0 : 2.0);
    return data;
}

/// The values a float32 runtime is given: each feature rounded to the nearest float.
bp::Matrix roundedToFloat(const bp::Matrix& m)
{
    return m.unaryExpr([](double x) { return static_cast<double>(static_cast<float>(x)); });
}

} // namespace

class TestOnnxExport : public QObject
{
    Q_OBJECT
private slots:
    void runsInOpenCv_data();
    void runsInOpenCv();
    void fileHoldsTheBytes();
    void precisionSetsEveryTensorType();
    void nonFiniteWeightsAreRefused();
    void mismatchedNormalizationIsRefused();
    void featuresAreComputedInTheGraph();
    void cleanupTestCase();

private:
    /// onnx_check.py on these arguments. The first call runs it as a script (which finds the
    /// interpreter that has onnx and OpenCV, or says why none has); later calls go to one
    /// `onnx_check.py --serve` process of that interpreter, so the modules load once, not
    /// once a row.
    bptest::PythonRun check(const QStringList& arguments);

    std::unique_ptr<QProcess> server_;
    QString interpreter_;
};

bptest::PythonRun TestOnnxExport::check(const QStringList& arguments)
{
    if (server_ == nullptr) {
        bptest::PythonRun run = bptest::runPython(QStringList{checkScript()} + arguments);
        if (run.ran) {
            interpreter_ = run.interpreter;
            server_ = std::make_unique<QProcess>();
            server_->start(interpreter_, {checkScript(), QStringLiteral("--serve")});
            if (!server_->waitForStarted(10000))
                server_.reset();
        }
        return run;
    }
    const QJsonDocument line(QJsonArray::fromStringList(arguments));
    server_->write(line.toJson(QJsonDocument::Compact) + '\n');
    bptest::PythonRun run;
    run.ran = true;
    run.interpreter = interpreter_ + QStringLiteral(" (--serve)");
    QByteArray out;
    static const QByteArray kEnd("@@END ");
    while (!out.contains(kEnd) || !out.endsWith('\n')) {
        if (!server_->waitForReadyRead(300000)) {
            run.err = "onnx_check.py --serve stopped answering: " + server_->readAllStandardError();
            server_.reset(); // the next row starts it again
            return run;
        }
        out += server_->readAllStandardOutput();
    }
    const qsizetype end = out.lastIndexOf(kEnd);
    run.exitCode = out.mid(end + kEnd.size()).trimmed().toInt();
    run.out = out.left(end);
    run.err = server_->readAllStandardError();
    return run;
}

void TestOnnxExport::cleanupTestCase()
{
    if (server_ != nullptr) {
        server_->closeWriteChannel(); // its loop ends with standard input
        if (!server_->waitForFinished(10000))
            server_->kill();
    }
}

void TestOnnxExport::runsInOpenCv_data()
{
    QTest::addColumn<QString>("hidden"); // comma-separated sizes
    QTest::addColumn<bp::Activation>("hiddenActivation");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<int>("outputs");
    QTest::addColumn<bp::NormalizationKind>("normalization");
    QTest::addColumn<bp::OnnxPrecision>("precision");
    QTest::addColumn<bp::FeatureSet>("features"); // the identity: X is the network's input

    using A = bp::Activation;
    using F = bp::Feature;
    const bp::FeatureSet identity;
    using N = bp::NormalizationKind;
    using P = bp::OnnxPrecision;
    // Every hidden activation × every output kind, without and with normalisation (standard;
    // min-max on the two-hidden-layer rows), in both precisions.
    for (P precision : {P::Float32, P::Float64}) {
        const char* type = precision == P::Float32 ? "float32" : "float64";
        for (A output : bp::outputActivations()) {
            const int outputs = output == A::Softmax ? 3 : 1;
            for (A hiddenActivation : bp::hiddenActivations()) {
                for (N norm : {N::None, N::Standard}) {
                    const QString name =
                        QStringLiteral("%1 2-6-%2 %3, %4, %5")
                            .arg(QString::fromLatin1(bp::toString(hiddenActivation)))
                            .arg(outputs)
                            .arg(QString::fromLatin1(bp::toString(output)))
                            .arg(QString::fromLatin1(bp::toString(norm)))
                            .arg(QLatin1String(type));
                    QTest::newRow(qPrintable(name)) << "6" << hiddenActivation << output << outputs
                                                    << norm << precision << identity;
                }
            }
        }
        QTest::newRow(qPrintable(QStringLiteral("tanh 2-8-8-4 softmax, minmax, ") + type))
            << "8,8" << A::Tanh << A::Softmax << 4 << N::MinMax << precision << identity;
        QTest::newRow(qPrintable(QStringLiteral("leaky_relu 2-6-5-2 sigmoid, minmax, ") + type))
            << "6,5" << A::LeakyReLU << A::Sigmoid << 2 << N::MinMax << precision << identity;
        QTest::newRow(qPrintable(QStringLiteral("no hidden layer, softmax, standard, ") + type))
            << "" << A::Tanh << A::Softmax << 3 << N::Standard << precision << identity;
        // Input features: X is the raw [N, 2]; Slice, Mul, Sin and Concat compute them.
        QTest::newRow(qPrintable(QStringLiteral("features x1^2, x2^2, x1*x2 → tanh 6 → sigmoid, "
                                                "standard, ") +
                                 type))
            << "6" << A::Tanh << A::Sigmoid << 1 << N::Standard << precision
            << bp::FeatureSet{F::X1Squared, F::X2Squared, F::X1TimesX2};
        QTest::newRow(qPrintable(QStringLiteral("all seven features → relu 8 → softmax 3, "
                                                "minmax, ") +
                                 type))
            << "8" << A::ReLU << A::Softmax << 3 << N::MinMax << precision
            << bp::FeatureSet{F::X1,        F::X2,    F::X1Squared, F::X2Squared,
                              F::X1TimesX2, F::SinX1, F::SinX2};
        QTest::newRow(qPrintable(QStringLiteral("features x2, sin(x1), sin(x2) → leaky_relu 5 "
                                                "→ linear, none, ") +
                                 type))
            << "5" << A::LeakyReLU << A::Linear << 1 << N::None << precision
            << bp::FeatureSet{F::X2, F::SinX1, F::SinX2};
        QTest::newRow(qPrintable(QStringLiteral("feature x1*x2 alone → tanh 4 → sigmoid, "
                                                "standard, ") +
                                 type))
            << "4" << A::Tanh << A::Sigmoid << 1 << N::Standard << precision
            << bp::FeatureSet{F::X1TimesX2};
    }
}

void TestOnnxExport::runsInOpenCv()
{
    QFETCH(QString, hidden);
    QFETCH(bp::Activation, hiddenActivation);
    QFETCH(bp::Activation, output);
    QFETCH(int, outputs);
    QFETCH(bp::NormalizationKind, normalization);
    QFETCH(bp::OnnxPrecision, precision);
    QFETCH(bp::FeatureSet, features);

    std::vector<int> sizes;
    for (const QString& part : hidden.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(part.toInt());
    const bp::Dataset data = dataFor(output, outputs, precision); // raw (x1, x2)
    const bp::Architecture arch =
        bp::Architecture::make(features.inputCount(), sizes, hiddenActivation, outputs, output);
    bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::XavierNormal, kSeed));

    // Trained a little, as a user would export it: weights away from their initial scale. The
    // normalisation is fitted on the transformed features (featuretransform.h).
    bp::Dataset train = bp::transformDataset(features, data);
    const bp::Normalization norm = bp::Normalization::fit(normalization, train.features);
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
    if (features.isIdentity()) // the overload every existing caller uses
        bp::exportOnnx(modelPath.toStdString(), network, norm, data.classNames, precision);
    else
        bp::exportOnnx(modelPath.toStdString(), bp::Model{network, norm, data.classNames, features},
                       precision);
    // A float32 runtime sees the inputs rounded to float32; the studio's predictions are for
    // those same inputs, so the comparison measures the model, not the rounding of the data.
    const bp::Matrix inputs =
        precision == bp::OnnxPrecision::Float32 ? roundedToFloat(data.features) : data.features;
    bp::Matrix normalised = features.apply(inputs); // raw → features → normalisation
    norm.apply(normalised);
    const bp::Matrix expected = network.predict(normalised).transpose(); // examples as rows
    writeCsv(dir.filePath(QStringLiteral("x.csv")), inputs.transpose());
    writeCsv(dir.filePath(QStringLiteral("expected.csv")), expected);

    const bptest::PythonRun run = check(
        {modelPath, dir.filePath(QStringLiteral("x.csv")),
         dir.filePath(QStringLiteral("expected.csv")), QString::number(kTolerance)});
    if (!run.ran)
        QSKIP(
            qPrintable(QString::fromUtf8(run.err) +
                       QStringLiteral(" (scripts/test installs python3-onnx and python3-opencv)")));
    qInfo().noquote() << run.interpreter << QString::fromUtf8(run.out).trimmed();
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    // float32 is what OpenCV runs: it must never be left to the checker alone.
    if (precision == bp::OnnxPrecision::Float32)
        QVERIFY2(run.out.contains("max relative difference"), run.out.constData());
}

void TestOnnxExport::fileHoldsTheBytes()
{
    const bp::Architecture arch =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 2, bp::Activation::Softmax);
    const bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::HeNormal, 1));
    const std::string bytes = bp::onnxModelBytes(network, {}, {"a", "b"});
    // ModelProto starts with ir_version = 8: field 1, varint → 0x08 0x08.
    QCOMPARE(bp::kOnnxIrVersion, 8);
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

void TestOnnxExport::precisionSetsEveryTensorType()
{
    // Every initialiser's raw data holds 4 bytes a value in float32, 8 in float64, and nothing
    // else changes size (all messages here stay under 128 bytes or keep their length's
    // varint width). onnx_check.py reads the element types back.
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::LeakyReLU, 1, bp::Activation::Sigmoid);
    const bp::Network network(arch, bp::initializeParameters(arch, bp::InitKind::HeNormal, 2));
    const bp::Normalization norm =
        bp::Normalization::fit(bp::NormalizationKind::Standard, bp::Matrix::Random(2, 10));
    const std::string single = bp::onnxModelBytes(network, norm, {});
    const std::string twice = bp::onnxModelBytes(network, norm, {}, bp::OnnxPrecision::Float64);
    QCOMPARE(single, bp::onnxModelBytes(network, norm, {}, bp::OnnxPrecision::Float32));
    // Seven tensors: offset, scale, W1, b1, W2, b2 and the leaky slope.
    const std::size_t values = 2 + 2 + 6 + 3 + 3 + 1 + 1;
    QCOMPARE(twice.size() - single.size(), 4 * values);
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

void TestOnnxExport::featuresAreComputedInTheGraph()
{
    using F = bp::Feature;
    const bp::Architecture arch =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Model model;
    model.network = bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::HeNormal, 3));
    model.features = {F::X1Squared, F::X1TimesX2, F::SinX2};
    const std::string bytes = bp::onnxModelBytes(model);
    for (const char* op : {"Slice", "Mul", "Sin", "Concat", "x1_times_x2", "sin_x2"})
        QVERIFY2(bytes.find(op) != std::string::npos, op);
    QVERIFY(bytes.find("x2_squared") == std::string::npos); // only the ticked features

    // Without features the graph is the one the other overload writes, byte for byte.
    model.features = {};
    const bp::Architecture plain =
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    model.network = bp::Network(plain, bp::initializeParameters(plain, bp::InitKind::HeNormal, 3));
    QCOMPARE(bp::onnxModelBytes(model), bp::onnxModelBytes(model.network, {}, {}));
    QVERIFY(bp::onnxModelBytes(model).find("Slice") == std::string::npos);

    // Features that do not match the input layer are refused.
    model.features = {F::X1, F::X2, F::SinX1};
    QCOMPARE(bptest::errorOf([&] { bp::onnxModelBytes(model); }),
             QStringLiteral("ONNX export: features: 3 features need as many input units, but "
                            "the network has 2"));
}

QTEST_APPLESS_MAIN(TestOnnxExport)
#include "tst_onnxexport.moc"
