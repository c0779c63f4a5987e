// Model files: bit-exact round trips, atomic saves, and one precise message per malformed file.
#include "initializer.h"
#include "malformedcases.h"
#include "modelfile.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

Q_DECLARE_METATYPE(bp::Activation)
Q_DECLARE_METATYPE(bp::NormalizationKind)
Q_DECLARE_METATYPE(bp::FeatureSet)

namespace {

QString modelDataPath(const QString& name)
{
    return QStringLiteral(BPS_TEST_DATA_DIR "/model/") + name;
}

/// Parameters that stress number formatting: tiny, huge, subnormal, negative zero, thirds.
bp::Vector awkwardParameters(const bp::Architecture& arch, std::uint64_t seed)
{
    bp::Vector params = bp::initializeParameters(arch, bp::InitKind::XavierNormal, seed);
    const double specials[] = {1.0 / 3.0,
                               -2.0 / 3.0,
                               M_PI,
                               -0.0,
                               std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<double>::min(),
                               std::numeric_limits<double>::max(),
                               -std::numeric_limits<double>::epsilon(),
                               1e-300,
                               0.1 + 0.2};
    for (std::size_t i = 0; i < std::size(specials) && static_cast<bp::Index>(i) < params.size();
         ++i)
        params(static_cast<bp::Index>(i)) = specials[i];
    return params;
}

using bptest::bitEqual;

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsBitExact_data();
    void roundTripIsBitExact();
    void saveAndLoadThroughDisk();
    void featuresRoundTripAndPredictFromRaw_data();
    void featuresRoundTripAndPredictFromRaw();
    void featuresNeedTheirRawData();
    void saveReplacesAtomically();
    void loadsMinimalForeignFile();
    void malformedModelIsRejected_data();
    void malformedModelIsRejected();
    void deepNestingIsRejected();
    void missingFileIsReported();
    void nonFiniteWeightsAreNotWritten();
    void unwritableDirectoryIsReported();
};

void TestModelFile::roundTripIsBitExact_data()
{
    QTest::addColumn<QString>("hidden"); // comma-separated sizes
    QTest::addColumn<bp::Activation>("hiddenActivation");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<bp::NormalizationKind>("normalization");
    QTest::addColumn<int>("classes");

    QTest::newRow("course sigmoid 2-8-1")
        << "8" << bp::Activation::Sigmoid << bp::Activation::Sigmoid << bp::NormalizationKind::None
        << 2;
    QTest::newRow("tanh 2-8-8-3 softmax, standard")
        << "8,8" << bp::Activation::Tanh << bp::Activation::Softmax
        << bp::NormalizationKind::Standard << 3;
    QTest::newRow("relu 2-5-1 linear, minmax")
        << "5" << bp::Activation::ReLU << bp::Activation::Linear << bp::NormalizationKind::MinMax
        << 0;
    QTest::newRow("leaky_relu 2-4-3-2-1 sigmoid")
        << "4,3,2" << bp::Activation::LeakyReLU << bp::Activation::Sigmoid
        << bp::NormalizationKind::Standard << 2;
    QTest::newRow("no hidden layer, linear hidden unused")
        << "" << bp::Activation::Linear << bp::Activation::Sigmoid << bp::NormalizationKind::None
        << 2;
}

void TestModelFile::roundTripIsBitExact()
{
    QFETCH(QString, hidden);
    QFETCH(bp::Activation, hiddenActivation);
    QFETCH(bp::Activation, output);
    QFETCH(bp::NormalizationKind, normalization);
    QFETCH(int, classes);

    std::vector<int> sizes;
    for (const QString& part : hidden.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(part.toInt());
    const int outputs = classes == 0 ? 1 : (output == bp::Activation::Softmax ? classes : 1);
    const bp::Architecture arch =
        bp::Architecture::make(2, sizes, hiddenActivation, outputs, output);
    bp::Model model;
    model.network = bp::Network(arch, awkwardParameters(arch, 7));
    bp::Matrix features(2, 4);
    features << 1.0 / 3.0, 2.0, 1e-9, -7.25, 100.0, -1e5, 3.5, 0.1;
    model.normalization = bp::Normalization::fit(normalization, features);
    for (int k = 0; k < classes; ++k)
        model.classNames.push_back("class \"" + std::to_string(k) + "\" ü");

    const std::string text = bp::modelToJson(model);
    const bp::Model loaded = bp::modelFromJson(text, "memory");

    QVERIFY(loaded.network.architecture() == arch);
    QVERIFY2(bitEqual(loaded.network.parameters(), model.network.parameters()),
             "parameters must survive the round trip bit for bit");
    QVERIFY(loaded.normalization.kind == model.normalization.kind);
    if (!model.normalization.isIdentity()) {
        QVERIFY(bitEqual(loaded.normalization.offset, model.normalization.offset));
        QVERIFY(bitEqual(loaded.normalization.scale, model.normalization.scale));
    }
    QVERIFY(loaded.classNames == model.classNames);
    // Writing what was read gives the same text: the format is stable.
    QCOMPARE(bp::modelToJson(loaded), text);
}

void TestModelFile::saveAndLoadThroughDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bp::Architecture arch =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 2, bp::Activation::Softmax);
    bp::Model model;
    model.network = bp::Network(arch, awkwardParameters(arch, 11));
    model.classNames = {"a", "b"};
    const std::string path = dir.filePath(QStringLiteral("model.json")).toStdString();

    bp::saveModel(path, model);
    const bp::Model loaded = bp::loadModel(path);
    QVERIFY(bitEqual(loaded.network.parameters(), model.network.parameters()));
    QVERIFY(loaded.classNames == model.classNames);
}

void TestModelFile::featuresRoundTripAndPredictFromRaw_data()
{
    QTest::addColumn<bp::FeatureSet>("features");
    QTest::addColumn<bp::NormalizationKind>("normalization");
    QTest::addColumn<bp::Activation>("output");
    QTest::addColumn<int>("outputs");

    using F = bp::Feature;
    using N = bp::NormalizationKind;
    using A = bp::Activation;
    QTest::newRow("x1^2, x2^2; standard; sigmoid")
        << bp::FeatureSet{F::X1Squared, F::X2Squared} << N::Standard << A::Sigmoid << 1;
    QTest::newRow("x1, x2, x1*x2; minmax; softmax")
        << bp::FeatureSet{F::X1, F::X2, F::X1TimesX2} << N::MinMax << A::Softmax << 3;
    QTest::newRow("all seven; standard; linear")
        << bp::FeatureSet{F::X1,        F::X2,    F::X1Squared, F::X2Squared,
                          F::X1TimesX2, F::SinX1, F::SinX2}
        << N::Standard << A::Linear << 2;
    QTest::newRow("sin(x1) alone; none; sigmoid")
        << bp::FeatureSet{F::SinX1} << N::None << A::Sigmoid << 1;
    QTest::newRow("identity: written without the key")
        << bp::FeatureSet() << N::Standard << A::Softmax << 2;
}

void TestModelFile::featuresRoundTripAndPredictFromRaw()
{
    QFETCH(bp::FeatureSet, features);
    QFETCH(bp::NormalizationKind, normalization);
    QFETCH(bp::Activation, output);
    QFETCH(int, outputs);

    const bp::Architecture arch =
        bp::Architecture::make(features.inputCount(), {5}, bp::Activation::Tanh, outputs, output);
    // Raw (x1, x2) away from the unit box, with awkward doubles.
    bp::Matrix raw(2, 7);
    raw << 1.0 / 3.0, -2.5, 0.0, 12.75, -1e-3, 3.0, 0.1 + 0.2, //
        7.0, -0.5, 2.0 / 3.0, -4.75, M_PI, 1e4, -0.0;
    const bp::Matrix transformed = features.apply(raw);
    bp::Model model;
    model.network = bp::Network(arch, awkwardParameters(arch, 5));
    // Small weights after the specials: max() and the like would saturate every output.
    model.network.parameters().head(10) = bp::Vector::LinSpaced(10, -0.5, 0.5);
    model.features = features;
    model.normalization = bp::Normalization::fit(normalization, transformed); // on the features

    const std::string text = bp::modelToJson(model);
    QCOMPARE(text.find("\"features\"") != std::string::npos, !features.isIdentity());
    const bp::Model loaded = bp::modelFromJson(text, "memory");
    QVERIFY(loaded.features == features);
    QVERIFY(loaded.network.architecture() == arch);
    QVERIFY(bitEqual(loaded.network.parameters(), model.network.parameters()));
    QVERIFY(loaded.normalization.kind == model.normalization.kind);
    if (!model.normalization.isIdentity()) {
        QVERIFY(bitEqual(loaded.normalization.offset, model.normalization.offset));
        QVERIFY(bitEqual(loaded.normalization.scale, model.normalization.scale));
    }
    QCOMPARE(bp::modelToJson(loaded), text);

    // The loaded model given RAW (x1, x2) predicts what the in-memory network predicts on the
    // transformed, normalised inputs: bit for bit.
    bp::Matrix inputs = transformed;
    model.normalization.apply(inputs);
    const bp::Matrix expected = model.network.predict(inputs);
    QVERIFY(expected.allFinite());
    QVERIFY(bp::modelInputs(loaded, raw) == inputs);
    QVERIFY(bp::predictRaw(loaded, raw) == expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("model.json")).toStdString();
    bp::saveModel(path, model);
    const bp::Model fromDisk = bp::loadModel(path);
    QVERIFY(fromDisk.features == features);
    QVERIFY(bp::predictRaw(fromDisk, raw) == expected);
}

void TestModelFile::featuresNeedTheirRawData()
{
    using F = bp::Feature;
    const bp::Architecture arch =
        bp::Architecture::make(3, {2}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::Model model;
    model.network = bp::Network(arch, bp::Vector::Zero(arch.parameterCount()));
    model.features = {F::X1, F::X2, F::SinX2};
    QCOMPARE(bptest::errorOf([&] { bp::predictRaw(model, bp::Matrix::Ones(3, 4), "iris.csv"); }),
             QStringLiteral("iris.csv: the input features x1, x2, sin(x2) are computed from 2-D "
                            "data (x1, x2), but the data has 3 features"));
    // Without features the data must have one feature per input unit.
    model.features = {};
    QCOMPARE(bptest::errorOf([&] { bp::predictRaw(model, bp::Matrix::Ones(2, 4)); }),
             QStringLiteral("data: architecture: the input layer has 3 units but the data has 2 "
                            "features"));
    // A model whose features do not match its input layer is never written.
    model.features = {F::X1, F::X2};
    model.features.set(F::X1Squared);
    model.features.set(F::X2Squared);
    QCOMPARE(bptest::errorOf([&] { bp::modelToJson(model); }),
             QStringLiteral("model: features: 4 features need as many input units, but the "
                            "network has 3"));
}

void TestModelFile::saveReplacesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("model.json")).toStdString();
    const bp::Architecture arch =
        bp::Architecture::make(2, {3}, bp::Activation::Sigmoid, 1, bp::Activation::Sigmoid);
    bp::Model first;
    first.network =
        bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1));
    bp::Model second;
    second.network =
        bp::Network(arch, bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 2));

    bp::saveModel(path, first);
    bp::saveModel(path, second);
    QVERIFY(bitEqual(bp::loadModel(path).network.parameters(), second.network.parameters()));
    // Only the model is left: the temporary file was renamed, not copied.
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries, QStringList{QStringLiteral("model.json")});
}

void TestModelFile::loadsMinimalForeignFile()
{
    // Another tool may leave out the optional keys (loss, normalization, class_names).
    const bp::Model model = bp::loadModel(modelDataPath("valid_minimal.json").toStdString());
    QVERIFY(model.network.architecture().layerSizes == (std::vector<int>{2, 3, 2}));
    QVERIFY(model.normalization.isIdentity());
    QVERIFY(model.classNames.empty());
    // Row-major in the file, column 0 the bias: Θ(2) row 1 is [-0.05, -0.06, -0.07, -0.08].
    QCOMPARE(model.network.theta(1)(1, 0), -0.05);
    QCOMPARE(model.network.theta(1)(1, 3), -0.08);
    QCOMPARE(model.network.theta(0)(2, 1), 0.8);

    const bp::Model full = bp::loadModel(modelDataPath("valid.json").toStdString());
    QVERIFY(full.normalization.kind == bp::NormalizationKind::Standard);
    QCOMPARE(full.normalization.scale(1), 0.25);
    QVERIFY(full.classNames == (std::vector<std::string>{"no", "yes"}));
}

void TestModelFile::malformedModelIsRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");   // the key path the error names
    QTest::addColumn<QString>("message"); // a part of what was expected

    for (const bpt::ModelCase& c : bpt::kModelCases)
        QTest::newRow(c.name) << QString::fromLatin1(c.file) << QString::fromLatin1(c.place)
                              << QString::fromUtf8(c.message);
}

void TestModelFile::malformedModelIsRejected()
{
    QFETCH(QString, file);
    QFETCH(QString, place);
    QFETCH(QString, message);

    const std::string path = modelDataPath(file).toStdString();
    try {
        bp::loadModel(path);
        QFAIL("the malformed model was accepted");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.source()), QString::fromStdString(path));
        QCOMPARE(QString::fromStdString(error.place()), place);
        QVERIFY2(QString::fromStdString(error.message()).contains(message), error.what());
        QVERIFY2(QString::fromStdString(error.what()).startsWith(QString::fromStdString(path)),
                 error.what());
    }
}

void TestModelFile::deepNestingIsRejected()
{
    // nlohmann has no depth limit and its dump/destructor paths recurse: a million brackets
    // must be refused before parsing rather than overflow the stack.
    for (std::size_t depth : {65u, 1000000u}) {
        const std::string text = std::string(depth, '[') + std::string(depth, ']');
        try {
            bp::modelFromJson(text, "deep.json");
            QFAIL("deep nesting was accepted");
        } catch (const bp::InputError& error) {
            QVERIFY2(QString::fromStdString(error.message()).contains("nested deeper than 64"),
                     error.what());
        }
    }
    // Brackets inside strings are text, not nesting.
    const std::string quoted = "{\"format\": \"" + std::string(100, '[') + "\"}";
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::modelFromJson(quoted, "quoted.json"));
    try {
        bp::modelFromJson(quoted, "quoted.json");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.place()), QStringLiteral("format"));
    }
}

void TestModelFile::missingFileIsReported()
{
    const std::string path = modelDataPath("does_not_exist.json").toStdString();
    try {
        bp::loadModel(path);
        QFAIL("a missing file loaded");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.source()), QString::fromStdString(path));
        QVERIFY2(QString::fromStdString(error.message()).contains("cannot read"), error.what());
    }
}

void TestModelFile::nonFiniteWeightsAreNotWritten()
{
    const bp::Architecture arch =
        bp::Architecture::make(2, {2}, bp::Activation::Sigmoid, 1, bp::Activation::Sigmoid);
    bp::Vector params = bp::Vector::Zero(arch.parameterCount());
    params(3) = std::numeric_limits<double>::quiet_NaN();
    bp::Model model;
    model.network = bp::Network(arch, params);
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::modelToJson(model));
}

void TestModelFile::unwritableDirectoryIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path =
        dir.filePath(QStringLiteral("no/such/directory/model.json")).toStdString();
    const bp::Architecture arch =
        bp::Architecture::make(2, {2}, bp::Activation::Sigmoid, 1, bp::Activation::Sigmoid);
    bp::Model model;
    model.network = bp::Network(arch, bp::Vector::Zero(arch.parameterCount()));
    try {
        bp::saveModel(path, model);
        QFAIL("saved into a missing directory");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.source()), QString::fromStdString(path));
    }
}

QTEST_APPLESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
