// Project files: every field round-trips (weights bit-exact), data paths relative to the
// project, an interrupted save keeps the old file, one precise message per malformed file.
#include "malformedcases.h"
#include "projectfile.h"
#include "projectfixtures.h"
#include "testutil.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>

Q_DECLARE_METATYPE(bp::OptimizerKind)
Q_DECLARE_METATYPE(bp::InitKind)
Q_DECLARE_METATYPE(bp::NormalizationKind)
Q_DECLARE_METATYPE(bp::ProjectDataSource::Kind)
Q_DECLARE_METATYPE(bp::FeatureSet)

namespace {

using namespace bptest; // the fixtures in projectfixtures.h

QString projectDataPath(const QString& name)
{
    return QStringLiteral(BPS_TEST_DATA_DIR "/project/") + name;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void featuresRoundTrip_data();
    void featuresRoundTrip();
    void badFeaturesAreRejected_data();
    void badFeaturesAreRejected();
    void paintedPointsRoundTripBitExactly_data();
    void paintedPointsRoundTripBitExactly();
    void badPointsAreRejected_data();
    void badPointsAreRejected();
    void dataPathsAreRelativeInsideTheProject_data();
    void dataPathsAreRelativeInsideTheProject();
    void projectMovesWithItsData();
    void loadsHandWrittenFiles();
    void interruptedSaveKeepsTheOldFile_data();
    void interruptedSaveKeepsTheOldFile();
    void malformedProjectIsRejected_data();
    void malformedProjectIsRejected();
    void deepNestingIsRejected();
    void unwritableProjectsAreRefused_data();
    void unwritableProjectsAreRefused();
    void missingFileIsReported();
    void preparedProjectIsSplitFittedAndWeighted();
    void preparedProjectMustFitItsData();
    void preparedProjectComputesTheFeatures();
};

void TestProjectFile::roundTripKeepsEveryField_data()
{
    QTest::addColumn<bp::ProjectDataSource::Kind>("source");
    QTest::addColumn<bp::OptimizerKind>("optimizer");
    QTest::addColumn<bp::InitKind>("init");
    QTest::addColumn<bp::NormalizationKind>("normalization");
    QTest::addColumn<bool>("withWeights");
    QTest::addColumn<int>("runs");

    using K = bp::ProjectDataSource::Kind;
    QTest::newRow("generator, gd, no weights, no runs")
        << K::Generator << bp::OptimizerKind::GradientDescent << bp::InitKind::UniformEpsilon
        << bp::NormalizationKind::None << false << 0;
    QTest::newRow("generator, momentum, one run")
        << K::Generator << bp::OptimizerKind::Momentum << bp::InitKind::Zeros
        << bp::NormalizationKind::Standard << true << 1;
    QTest::newRow("csv, adam, three runs")
        << K::Csv << bp::OptimizerKind::Adam << bp::InitKind::XavierNormal
        << bp::NormalizationKind::MinMax << true << 3;
    QTest::newRow("idx, lbfgs") << K::Idx << bp::OptimizerKind::LBFGS << bp::InitKind::HeNormal
                                << bp::NormalizationKind::Standard << true << 1;
    QTest::newRow("csv regression, cg")
        << K::Csv << bp::OptimizerKind::ConjugateGradient << bp::InitKind::Uniform012
        << bp::NormalizationKind::None << true << 2;
}

void TestProjectFile::roundTripKeepsEveryField()
{
    QFETCH(bp::ProjectDataSource::Kind, source);
    QFETCH(bp::OptimizerKind, optimizer);
    QFETCH(bp::InitKind, init);
    QFETCH(bp::NormalizationKind, normalization);
    QFETCH(bool, withWeights);
    QFETCH(int, runs);

    bp::Project p;
    p.architecture =
        bp::Architecture::make(2, {8, 5}, bp::Activation::LeakyReLU, 3, bp::Activation::Softmax);
    p.config.optimizer = optimizer;
    p.config.learningRate = 1.0 / 3.0;
    p.config.momentum = 0.95;
    p.config.beta1 = 0.8;
    p.config.beta2 = 0.9999;
    p.config.adamEpsilon = 1e-7;
    p.config.lambda = 0.1 + 0.2;
    p.config.batchSize = 17;
    p.config.shuffleSeed = std::numeric_limits<std::uint64_t>::max();
    p.config.maxIterations = 123456;
    p.config.maxEpochs = 12;
    p.config.targetCost = runs > 1 ? 1e-4 : kNaN;
    p.config.minRelativeImprovement = 1e-12;
    p.config.timeLimitSeconds = 2.5;
    p.config.patience = 4;
    p.initKind = init;
    p.initSeed = 0x9e3779b97f4a7c15ull;
    p.data.kind = source;
    // Only the active kind's fields are stored.
    if (source == bp::ProjectDataSource::Kind::Generator) {
        p.data.generator = {"spiral", 321, 0.25, 77, 4};
    } else if (source == bp::ProjectDataSource::Kind::Csv) {
        p.data.path = "/data/set s/ümlaut.csv";
        p.data.labelColumn = runs > 2 ? "species" : "3";
        p.data.task = runs == 2 ? bp::TaskKind::Regression : bp::TaskKind::Classification;
    } else if (source == bp::ProjectDataSource::Kind::Idx) {
        p.data.path = "/mnist/train-images-idx3-ubyte.gz";
        p.data.labelsPath = "/mnist/train-labels-idx1-ubyte.gz";
        p.data.maxExamples = 1000;
    }
    p.validationFraction = 0.15;
    p.testFraction = 0.1;
    p.splitSeed = 5;
    p.normalization = normalization;
    if (withWeights)
        p.weights = awkwardWeights(p.architecture, 3);
    for (int r = 0; r < runs; ++r) {
        // Later runs keep an older, smaller architecture: runs survive architecture edits.
        const bp::Architecture arch = r == 2 ? bp::Architecture::make(2, {4}, bp::Activation::Tanh,
                                                                      3, bp::Activation::Softmax)
                                             : p.architecture;
        p.runs.push_back(makeRun(arch, bp::allOptimizers()[static_cast<std::size_t>(r)],
                                 r == 0 ? 1 : 40, 100 + static_cast<std::uint64_t>(r)));
    }

    const std::string text = bp::projectToJson(p, "");
    const bp::Project loaded = bp::projectFromJson(text, "memory", "");
    const std::string diff = difference(p, loaded);
    QVERIFY2(diff.empty(), ("differs after the round trip in " + diff).c_str());
    // Writing what was read gives the same text: the format is stable.
    QCOMPARE(bp::projectToJson(loaded, ""), text);
}

void TestProjectFile::featuresRoundTrip_data()
{
    QTest::addColumn<bp::FeatureSet>("features");
    QTest::addColumn<bool>("withRun");

    using F = bp::Feature;
    QTest::newRow("identity: no key, as before") << bp::FeatureSet() << true;
    QTest::newRow("x1^2, x2^2") << bp::FeatureSet{F::X1Squared, F::X2Squared} << false;
    QTest::newRow("x1, x2, x1*x2, sin(x1), with a run")
        << bp::FeatureSet{F::X1, F::X2, F::X1TimesX2, F::SinX1} << true;
    QTest::newRow("all seven") << bp::FeatureSet{F::X1,        F::X2,    F::X1Squared, F::X2Squared,
                                                 F::X1TimesX2, F::SinX1, F::SinX2}
                               << false;
    QTest::newRow("sin(x2) alone") << bp::FeatureSet{F::SinX2} << true;
}

void TestProjectFile::featuresRoundTrip()
{
    QFETCH(bp::FeatureSet, features);
    QFETCH(bool, withRun);

    bp::Project p;
    p.features = features;
    p.architecture = bp::Architecture::make(features.inputCount(), {6}, bp::Activation::Tanh, 1,
                                            bp::Activation::Sigmoid);
    p.data.generator = {"circles", 200, 0.1, 3, 0};
    p.weights = awkwardWeights(p.architecture, 4);
    if (withRun)
        p.runs.push_back(makeRun(p.architecture, bp::OptimizerKind::Adam, 5, 6));

    const std::string text = bp::projectToJson(p, "");
    QCOMPARE(text.find("\"features\"") != std::string::npos, !features.isIdentity());
    const bp::Project loaded = bp::projectFromJson(text, "memory", "");
    const std::string diff = difference(p, loaded);
    QVERIFY2(diff.empty(), ("differs after the round trip in " + diff).c_str());
    QVERIFY(loaded.features == features);
    QCOMPARE(bp::projectToJson(loaded, ""), text);

    // Through a file too, as the studio saves it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("f.bpstudio")).toStdString();
    bp::saveProject(path, p);
    QVERIFY(bp::loadProject(path).features == features);
}

void TestProjectFile::badFeaturesAreRejected_data()
{
    QTest::addColumn<QString>("features"); // the key's JSON value
    QTest::addColumn<QString>("message");  // what() exactly

    QTest::newRow("unknown name")
        << R"j(["x1", "cos(x1)", "x1*x2"])j"
        << "p.bpstudio: features[1]: expected a feature (x1, x2, x1^2, x2^2, x1*x2, sin(x1), "
           "sin(x2)), found 'cos(x1)'";
    QTest::newRow("out of order")
        << R"j(["x2", "x1", "x1*x2"])j"
        << "p.bpstudio: features[1]: expected the features in the order x1, x2, x1^2, x2^2, "
           "x1*x2, sin(x1), sin(x2), each at most once; found 'x1' after 'x2'";
    QTest::newRow("not the input layer's count")
        << R"j(["x1", "x2"])j"
        << "p.bpstudio: features: 2 features need as many input units, but "
           "architecture.layer_sizes[0] is 3";
    QTest::newRow("a string") << R"j("x1,x2,x1*x2")j"
                              << "p.bpstudio: features: expected null or an array of feature "
                                 "names, found a string";
    QTest::newRow("a number inside")
        << R"j(["x1", 2, "x1*x2"])j"
        << "p.bpstudio: features[1]: expected a string, found an integer";
    QTest::newRow("empty") << "[]"
                           << "p.bpstudio: features: expected at least one feature name (x1, x2, "
                              "x1^2, x2^2, x1*x2, sin(x1), sin(x2))";
}

void TestProjectFile::badFeaturesAreRejected()
{
    QFETCH(QString, features);
    QFETCH(QString, message);
    bp::Project p;
    p.features = {bp::Feature::X1, bp::Feature::X2, bp::Feature::X1TimesX2};
    p.architecture =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    std::string text = bp::projectToJson(p, "");
    const std::string written = R"j("features": ["x1", "x2", "x1*x2"])j";
    const std::size_t at = text.find(written);
    QVERIFY(at != std::string::npos);
    text.replace(at, written.size(), "\"features\": " + features.toStdString());
    QCOMPARE(bptest::errorOf([&] { bp::projectFromJson(text, "p.bpstudio", ""); }), message);
}

void TestProjectFile::paintedPointsRoundTripBitExactly_data()
{
    QTest::addColumn<QString>("generator");
    QTest::newRow("2-D classification") << "circles";
    QTest::newRow("1-D regression") << "regression1d";
}

void TestProjectFile::paintedPointsRoundTripBitExactly()
{
    // A generated data set edited in the studio is stored as its points: awkward doubles
    // (0.1 + 0.2, subnormal, −0) come back bit for bit, with the generator's names.
    QFETCH(QString, generator);
    bp::Project p;
    p.data.generator = {generator.toStdString(), 40, 0.1, 3, 0};
    bp::Dataset edited = bp::generateDataset(p.data.generator);
    const bp::Index n = edited.featureCount();
    edited.features.conservativeResize(n, edited.size() + 3);
    edited.features.rightCols(3).setConstant(0.1 + 0.2);
    edited.features(0, edited.size() - 2) = 4.9e-324;
    edited.features(0, edited.size() - 1) = -0.0;
    if (edited.task() == bp::TaskKind::Regression) {
        edited.targets.conservativeResize(1, edited.size());
        edited.targets.rightCols(3) << 1.0 / 3.0, -2.5e-17, 7.0;
    } else {
        edited.labels.insert(edited.labels.end(), {1, 0, 1});
    }
    p.data.points = std::make_shared<const bp::Dataset>(edited);
    p.architecture = bp::Architecture::make(int(n), {3}, bp::Activation::Tanh,
                                            bp::outputUnitsFor(edited),
                                            edited.task() == bp::TaskKind::Regression
                                                ? bp::Activation::Linear
                                                : bp::Activation::Softmax);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("painted.bpstudio")).toStdString();
    bp::saveProject(path, p);
    const bp::Project loaded = bp::loadProject(path);
    QVERIFY(loaded.data.points != nullptr);
    const bp::Dataset data = bp::loadProjectData(loaded.data);
    QCOMPARE(data.size(), edited.size());
    QCOMPARE(std::memcmp(data.features.data(), edited.features.data(),
                         sizeof(double) * std::size_t(edited.features.size())),
             0);
    QVERIFY(std::signbit(data.features(0, data.size() - 1))); // −0 stays −0
    QVERIFY(data.labels == edited.labels);
    QCOMPARE(data.targets.size(), edited.targets.size());
    if (edited.targets.size() > 0)
        QCOMPARE(std::memcmp(data.targets.data(), edited.targets.data(),
                             sizeof(double) * std::size_t(edited.targets.size())),
                 0);
    QVERIFY(data.classNames == edited.classNames);
    QCOMPARE(bp::projectToJson(loaded, ""), bp::projectToJson(p, ""));
    // Without points the same project regenerates: 40 examples, not 43.
    bp::Project plain = loaded;
    plain.data.points = nullptr;
    QCOMPARE(bp::loadProjectData(plain.data).size(), bp::Index{40});
}

void TestProjectFile::badPointsAreRejected_data()
{
    QTest::addColumn<QString>("points"); // the key's JSON value
    QTest::addColumn<QString>("message");
    QTest::newRow("ragged") << R"({"x": [[1, 2], [3]], "labels": [0, 1]})"
                            << "p.bpstudio: data.points.x[1]: expected 2 numbers, as in row 0";
    QTest::newRow("not a number") << R"({"x": [[1, "a"]], "labels": [0]})"
                                  << "p.bpstudio: data.points.x[0][1]: expected a number, "
                                     "found a string";
    QTest::newRow("labels missing") << R"({"x": [[1, 2]]})"
                                    << "p.bpstudio: data.points.labels: missing key (see docs/file-formats.md)";
    QTest::newRow("label count") << R"({"x": [[1, 2], [3, 4]], "labels": [0]})"
                                 << "p.bpstudio: data.points.labels: expected one label per "
                                    "point (2)";
    QTest::newRow("no point") << R"({"x": [], "labels": []})"
                              << "p.bpstudio: data.points.x: expected at least one point";
}

void TestProjectFile::badPointsAreRejected()
{
    QFETCH(QString, points);
    QFETCH(QString, message);
    bp::Project p;
    p.data.generator = {"circles", 20, 0.1, 3, 0};
    p.architecture =
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 2, bp::Activation::Softmax);
    std::string text = bp::projectToJson(p, "");
    const std::string written = "\"classes\": 0";
    const std::size_t at = text.find(written);
    QVERIFY(at != std::string::npos);
    text.insert(at + written.size(), ", \"points\": " + points.toStdString());
    QCOMPARE(bptest::errorOf([&] { bp::projectFromJson(text, "p.bpstudio", ""); }), message);
}

void TestProjectFile::dataPathsAreRelativeInsideTheProject_data()
{
    QTest::addColumn<QString>("dataPath"); // relative to the temporary root
    QTest::addColumn<QString>("stored");   // as written; "ABSOLUTE" = the absolute path

    QTest::newRow("beside the project") << "proj/iris.csv"
                                        << "iris.csv";
    QTest::newRow("below the project") << "proj/data/deep/iris.csv"
                                       << "data/deep/iris.csv";
    QTest::newRow("dot segments inside") << "proj/./data/../iris.csv"
                                         << "iris.csv";
    QTest::newRow("sibling directory") << "other/iris.csv"
                                       << "ABSOLUTE";
    QTest::newRow("sibling with the same prefix") << "proj2/iris.csv"
                                                  << "ABSOLUTE";
    QTest::newRow("parent directory") << "iris.csv"
                                      << "ABSOLUTE";
    QTest::newRow("escapes through ..") << "proj/../other/iris.csv"
                                        << "ABSOLUTE";
}

void TestProjectFile::dataPathsAreRelativeInsideTheProject()
{
    QFETCH(QString, dataPath);
    QFETCH(QString, stored);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    namespace fs = std::filesystem;
    const fs::path projectDir = fs::path(root.path().toStdString()) / "proj";
    const fs::path data = (fs::path(root.path().toStdString()) / dataPath.toStdString());
    const std::string expectedPath = data.lexically_normal().string();

    bp::Project p;
    p.architecture =
        bp::Architecture::make(4, {3}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    p.data.kind = bp::ProjectDataSource::Kind::Idx;
    p.data.path = data.string();
    p.data.labelsPath = data.string() + ".labels";
    const std::string text = bp::projectToJson(p, projectDir.string());
    const std::string expectedText =
        stored == QLatin1String("ABSOLUTE") ? expectedPath : stored.toStdString();
    QVERIFY2(text.find("\"images\": \"" + expectedText + "\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("\"labels\": \"" + expectedText + ".labels\"") != std::string::npos,
             text.c_str());

    const bp::Project loaded = bp::projectFromJson(text, "memory", projectDir.string());
    QCOMPARE(QString::fromStdString(loaded.data.path), QString::fromStdString(expectedPath));
    QCOMPARE(QString::fromStdString(loaded.data.labelsPath),
             QString::fromStdString(expectedPath + ".labels"));
}

void TestProjectFile::projectMovesWithItsData()
{
    // A project folder copied elsewhere (another machine, a USB stick) still finds its data.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    namespace fs = std::filesystem;
    const fs::path before = fs::path(root.path().toStdString()) / "before";
    const fs::path after = fs::path(root.path().toStdString()) / "after";
    fs::create_directories(before / "data");
    bp::Project p;
    p.architecture =
        bp::Architecture::make(4, {3}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    p.data.kind = bp::ProjectDataSource::Kind::Csv;
    p.data.path = (before / "data" / "iris.csv").string();
    bp::saveProject((before / "p.bpstudio").string(), p);
    fs::rename(before, after);

    const bp::Project loaded = bp::loadProject((after / "p.bpstudio").string());
    QCOMPARE(QString::fromStdString(loaded.data.path),
             QString::fromStdString((after / "data" / "iris.csv").string()));
}

void TestProjectFile::loadsHandWrittenFiles()
{
    const bp::Project p = bp::loadProject(projectDataPath("valid.bpstudio").toStdString());
    QVERIFY(p.architecture.layerSizes == (std::vector<int>{2, 3, 1}));
    QVERIFY(p.config.optimizer == bp::OptimizerKind::Adam);
    QVERIFY(std::isnan(p.config.targetCost));
    QCOMPARE(p.data.generator.name, std::string("xor"));
    QCOMPARE(p.weights.size(), bp::Index(13));
    QCOMPARE(p.weights(12), 0.04);
    QCOMPARE(p.runs.size(), std::size_t(1));
    QVERIFY(std::isnan(p.runs[0].history[1].validationCost));
    QCOMPARE(p.runs[0].history[2].trainCost, 0.66);

    // Optional keys left out: no weights, no runs; the largest seed; a relative CSV path.
    const QString minimal = projectDataPath("valid_minimal.bpstudio");
    const bp::Project m = bp::loadProject(minimal.toStdString());
    QCOMPARE(m.weights.size(), bp::Index(0));
    QVERIFY(m.runs.empty());
    QCOMPARE(m.config.shuffleSeed, std::numeric_limits<std::uint64_t>::max());
    QCOMPARE(QString::fromStdString(m.data.path),
             QDir::cleanPath(QFileInfo(minimal).path() + QStringLiteral("/data/iris.csv")));
    QVERIFY(m.normalization == bp::NormalizationKind::MinMax);
}

void TestProjectFile::interruptedSaveKeepsTheOldFile_data()
{
    QTest::addColumn<double>("failAt"); // fraction of the new file written when the save fails
    QTest::newRow("after the first chunk") << 0.0;
    QTest::newRow("half way") << 0.5;
    QTest::newRow("everything written, before the rename") << 1.0;
}

void TestProjectFile::interruptedSaveKeepsTheOldFile()
{
    QFETCH(double, failAt);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("p.bpstudio")).toStdString();
    bp::Project old;
    old.architecture =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    bp::saveProject(path, old);
    std::ifstream oldIn(path, std::ios::binary);
    const std::string oldText((std::istreambuf_iterator<char>(oldIn)), {});

    // Big enough for several 64 KiB chunks.
    bp::Project next = old;
    next.architecture =
        bp::Architecture::make(2, {64, 64}, bp::Activation::ReLU, 1, bp::Activation::Sigmoid);
    next.runs.push_back(makeRun(next.architecture, bp::OptimizerKind::Adam, 2000, 1));
    const std::size_t total = bp::projectToJson(next, dir.path().toStdString()).size();
    QVERIFY2(total > 4 * 64 * 1024, "the test needs a file of several chunks");
    std::size_t failedAfter = 0;
    const bp::SaveProgress crash = [&](std::size_t written, std::size_t all) {
        QCOMPARE(all, total);
        if (static_cast<double>(written) >= failAt * static_cast<double>(all)) {
            failedAfter = written;
            throw std::runtime_error("simulated crash");
        }
    };
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, bp::saveProject(path, next, crash));
    QVERIFY(failedAfter > 0);
    QVERIFY(failAt < 1.0 ? failedAfter < total : failedAfter == total);

    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    QVERIFY2(text == oldText, "the old project must be left byte for byte");
    QVERIFY(bp::loadProject(path).architecture == old.architecture);
    // The half-written temporary file was cleaned up.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("p.bpstudio")});

    // And an uninterrupted save replaces it.
    bp::saveProject(path, next);
    QVERIFY(difference(bp::loadProject(path), next).empty());
}

void TestProjectFile::malformedProjectIsRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");   // the key path the error names
    QTest::addColumn<QString>("message"); // a part of what was expected

    for (const bpt::ProjectCase& c : bpt::kProjectCases)
        QTest::newRow(c.file) << QString::fromLatin1(c.file) + QStringLiteral(".bpstudio")
                              << QString::fromLatin1(c.place) << QString::fromUtf8(c.message);
}

void TestProjectFile::malformedProjectIsRejected()
{
    QFETCH(QString, file);
    QFETCH(QString, place);
    QFETCH(QString, message);
    const std::string path = projectDataPath(file).toStdString();
    try {
        bp::loadProject(path);
        QFAIL("the malformed project was accepted");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.source()), QString::fromStdString(path));
        QCOMPARE(QString::fromStdString(error.place()), place);
        QVERIFY2(QString::fromStdString(error.message()).contains(message), error.what());
    }
}

void TestProjectFile::deepNestingIsRejected()
{
    // Far past the limit: must be refused quickly, without recursing a million levels.
    const std::string text = "{\"format\": " + std::string(1'000'000, '[');
    QVERIFY_THROWS_EXCEPTION(bp::InputError, bp::projectFromJson(text, "deep", ""));
    // Brackets inside strings do not count.
    bp::Project p;
    p.architecture =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    p.runs.push_back(makeRun(p.architecture, bp::OptimizerKind::Adam, 2, 1));
    p.runs[0].name = std::string(200, '[');
    QCOMPARE(bp::projectFromJson(bp::projectToJson(p, ""), "names", "").runs[0].name,
             p.runs[0].name);
}

void TestProjectFile::unwritableProjectsAreRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("place");
    QTest::newRow("NaN weight") << "nan"
                                << "weights[2]";
    QTest::newRow("infinite final weight") << "inf"
                                           << "runs[0].final_weights[0]";
    QTest::newRow("wrong weight count") << "count"
                                        << "weights";
    QTest::newRow("invalid UTF-8 run name") << "utf8"
                                            << "runs[0].name";
}

void TestProjectFile::unwritableProjectsAreRefused()
{
    QFETCH(QString, what);
    QFETCH(QString, place);
    bp::Project p;
    p.architecture =
        bp::Architecture::make(2, {3}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    p.weights = bp::Vector::Constant(p.architecture.parameterCount(), 0.5);
    p.runs.push_back(makeRun(p.architecture, bp::OptimizerKind::Adam, 2, 1));
    if (what == QLatin1String("nan"))
        p.weights(2) = kNaN;
    else if (what == QLatin1String("inf"))
        p.runs[0].finalWeights(0) = -kInf;
    else if (what == QLatin1String("count"))
        p.weights.resize(3);
    else
        p.runs[0].name = "bad \xff byte";
    try {
        bp::projectToJson(p, "");
        QFAIL("an unwritable project was written");
    } catch (const bp::InputError& error) {
        QCOMPARE(QString::fromStdString(error.place()), place);
    }
}

void TestProjectFile::missingFileIsReported()
{
    QVERIFY_THROWS_EXCEPTION(bp::InputError,
                             bp::loadProject(projectDataPath("no_such.bpstudio").toStdString()));
}

QTEST_APPLESS_MAIN(TestProjectFile)
void TestProjectFile::preparedProjectIsSplitFittedAndWeighted()
{
    // What the studio and `backprop-cli train --project` train on: the split's training part
    // normalised with a scaling fitted on it alone, and weights drawn only when none are stored.
    bp::Project project;
    project.data.generator.name = "spiral";
    project.data.generator.n = 90;
    project.data.generator.classes = 3;
    project.validationFraction = 0.2;
    project.normalization = bp::NormalizationKind::Standard;
    project.architecture =
        bp::Architecture::make(2, {5}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    project.initSeed = 9;
    bp::PreparedProject prepared = bp::prepareProject(project, "p.bpstudio");
    QCOMPARE(prepared.data.size(), bp::Index{90});
    QCOMPARE(prepared.split.train.size() + prepared.split.validation.size(), bp::Index{90});
    const bp::Vector mean = prepared.split.train.features.rowwise().mean();
    QVERIFY(mean.cwiseAbs().maxCoeff() < 1e-12); // fitted on the training part
    QVERIFY(bptest::bitEqual(prepared.weights, bp::initializeParameters(project.architecture,
                                                                        project.initKind, 9)));
    project.weights = bp::Vector::Constant(project.architecture.parameterCount(), 0.5);
    prepared = bp::prepareProject(project, "p.bpstudio");
    QVERIFY(bptest::bitEqual(prepared.weights, project.weights));
}

void TestProjectFile::preparedProjectMustFitItsData()
{
    bp::Project project;
    project.data.generator.name = "spiral";
    project.data.generator.n = 30;
    project.data.generator.classes = 3;
    project.architecture =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    QCOMPARE(bptest::errorOf([&] { bp::prepareProject(project, "p.bpstudio"); }),
             QStringLiteral("p.bpstudio: architecture: the input layer has 3 units but the data "
                            "has 2 features"));
    project.architecture =
        bp::Architecture::make(2, {4}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    project.weights = bp::Vector::Zero(5);
    QVERIFY(bptest::errorOf([&] { bp::prepareProject(project, "p.bpstudio"); })
                .startsWith(QStringLiteral("p.bpstudio: weights: expected 27 weights")));
}

void TestProjectFile::preparedProjectComputesTheFeatures()
{
    // Raw (x1, x2) → features → normalisation fitted on the features' training split.
    using F = bp::Feature;
    bp::Project project;
    project.data.generator = {"circles", 80, 0.1, 4, 0};
    project.validationFraction = 0.25;
    project.normalization = bp::NormalizationKind::Standard;
    project.features = {F::X1Squared, F::X2Squared, F::X1TimesX2};
    project.architecture =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 1, bp::Activation::Sigmoid);
    const bp::PreparedProject prepared = bp::prepareProject(project, "p.bpstudio");
    QCOMPARE(prepared.data.featureCount(), bp::Index{2}); // raw, as loaded
    QCOMPARE(prepared.split.train.featureCount(), bp::Index{3});
    QCOMPARE(prepared.normalization.offset.size(), bp::Index{3});
    const bp::Vector mean = prepared.split.train.features.rowwise().mean();
    QVERIFY(mean.cwiseAbs().maxCoeff() < 1e-12); // fitted on the transformed training part

    // The same as transforming the data and splitting it by hand, bit for bit.
    bp::Normalization norm;
    const bp::DataSplit manual = bp::splitAndNormalize(
        bp::transformDataset(project.features, prepared.data), project.validationFraction,
        project.testFraction, project.splitSeed, project.normalization, &norm);
    QVERIFY(manual.train.features == prepared.split.train.features);
    QVERIFY(manual.validation.features == prepared.split.validation.features);
    QVERIFY(bptest::bitEqual(norm.offset, prepared.normalization.offset));

    // Features of 2-D data on 1-D data: refused with the transform's sentence, before any
    // other check.
    project.data.generator = {"regression1d", 40, 0.1, 4, 0};
    QCOMPARE(bptest::errorOf([&] { bp::prepareProject(project, "p.bpstudio"); }),
             QStringLiteral("p.bpstudio: the input features x1^2, x2^2, x1*x2 are computed from "
                            "2-D data (x1, x2), but the data has 1 feature"));
}

#include "tst_projectfile.moc"
