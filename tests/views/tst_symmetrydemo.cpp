// The symmetry demo: hidden units started equal stay equal after training (identical units
// get identical gradients), random starts differ, and the widget trains both sides off the
// GUI thread. Set BPS_SCREENSHOT_DIR to save what the widget looks like.

#include "session/projectmodel.h"
#include "views/teaching/symmetrydemo.h"
#include "session/teaching/symmetryexperiment.h"
#include "uitestutil.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QPushButton>
#include <QtTest/QtTest>

using namespace bpui;


class TestSymmetryDemo : public QObject
{
    Q_OBJECT
private slots:
    void symmetricRowsStayEqual_data();
    void symmetricRowsStayEqual();
    void similarityOfIdenticalRowsIsOne();
    void widgetTrainsBothSides();
    void untrainedHeatMapsAreNeutral();
    void divergedCostKeepsTheWidth();
};

namespace {

/// Pixels of `plot` as drawn now that are strongly coloured (HSV saturation above one half):
/// the heat maps' blue and red, never the grey of axes, captions and an empty plot.
int saturatedPixels(QCustomPlot* plot)
{
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = plot->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).hsvSaturationF() > 0.5 ? 1 : 0;
    return count;
}

/// The longest run of consecutive digits in `text`.
int longestDigitRun(const QString& text)
{
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c.isDigit() ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

void TestSymmetryDemo::untrainedHeatMapsAreNeutral()
{
    ProjectModel model;
    SymmetryDemo demo(&model);
    demo.resize(1100, 720);
    demo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demo));
    for (const char* name :
         {"zeroSideWeights", "zeroSideSimilarity", "randomSideWeights", "randomSideSimilarity"}) {
        auto* plot = bptest::child<QCustomPlot>(&demo, QString::fromLatin1(name));
        QVERIFY(plot);
        // Before: the default colour map filled the plot with the gradient's solid red.
        QCOMPARE(saturatedPixels(plot), 0);
    }
    auto* zeroCost = bptest::child<QLabel>(&demo, QStringLiteral("zeroSideCost"));
    QVERIFY(zeroCost && zeroCost->text().contains(QStringLiteral("Not trained yet")));
    bptest::saveShot(&demo, QStringLiteral("symmetry-demo-untrained.png"));

    QSignalSpy finished(&demo, &SymmetryDemo::finished);
    bptest::child<QComboBox>(&demo, QStringLiteral("symmetrySetupCombo"))->setCurrentIndex(1);
    QTest::mouseClick(bptest::child<QPushButton>(&demo, QStringLiteral("symmetryRunButton")),
                      Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    const int coloured = saturatedPixels(bptest::child<QCustomPlot>(&demo, "randomSideWeights"));
    bptest::saveShot(&demo, QStringLiteral("symmetry-demo-xor.png"));
    QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
}

void TestSymmetryDemo::divergedCostKeepsTheWidth()
{
    // Regression through two tanh layers at α = 2 diverges: after 50 iterations J ≈ 1e135
    // (measured), which "%.4f" printed with 136 digits and a 2998 px wide window.
    ProjectModel model;
    bp::GeneratorSpec generator;
    generator.name = "regression1d";
    generator.n = 200;
    DataSource source;
    source.generator = generator;
    model.setDataset(bp::generateDataset(generator), source);
    model.setHiddenLayers({16, 16}, {bp::Activation::Tanh, bp::Activation::Tanh});

    SymmetryDemo demo(&model);
    demo.resize(1100, 720);
    demo.show();
    const int widthBefore = demo.minimumSizeHint().width();
    bptest::child<QComboBox>(&demo, QStringLiteral("symmetrySetupCombo"))->setCurrentIndex(0);
    bptest::child<QComboBox>(&demo, QStringLiteral("symmetryInitCombo"))->setCurrentIndex(1);
    bptest::child<QSpinBox>(&demo, QStringLiteral("symmetryIterations"))->setValue(50);
    bptest::child<QDoubleSpinBox>(&demo, QStringLiteral("symmetryLearningRate"))->setValue(2.0);
    QSignalSpy finished(&demo, &SymmetryDemo::finished);
    QTest::mouseClick(bptest::child<QPushButton>(&demo, QStringLiteral("symmetryRunButton")),
                      Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    const double cost = demo.experiment()->side(SymmetryExperiment::Side::Symmetric).finalCost;
    QVERIFY2(cost > 1e20, qPrintable(QString::number(cost))); // the premise: it diverged

    for (const char* name : {"zeroSideCost", "randomSideCost"}) {
        const QString text = bptest::child<QLabel>(&demo, QString::fromLatin1(name))->text();
        QVERIFY2(longestDigitRun(text) <= 9, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("e+")), qPrintable(text)); // scientific
    }
    QCOMPARE(demo.minimumSizeHint().width(), widthBefore);
    QVERIFY2(demo.sizeHint().width() <= 1400, qPrintable(QString::number(demo.sizeHint().width())));
    bptest::saveShot(&demo, QStringLiteral("symmetry-demo-diverged.png"));
}

void TestSymmetryDemo::symmetricRowsStayEqual_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("hiddenActivation");
    QTest::addColumn<int>("hiddenLayers");
    QTest::newRow("zeros sigmoid") << int(bp::InitKind::Zeros) << int(bp::Activation::Sigmoid) << 1;
    QTest::newRow("zeros tanh") << int(bp::InitKind::Zeros) << int(bp::Activation::Tanh) << 1;
    QTest::newRow("constant sigmoid")
        << int(bp::InitKind::Constant) << int(bp::Activation::Sigmoid) << 1;
    QTest::newRow("constant tanh two layers")
        << int(bp::InitKind::Constant) << int(bp::Activation::Tanh) << 2;
    QTest::newRow("constant relu") << int(bp::InitKind::Constant) << int(bp::Activation::ReLU) << 1;
}

void TestSymmetryDemo::symmetricRowsStayEqual()
{
    QFETCH(int, kind);
    QFETCH(int, hiddenActivation);
    QFETCH(int, hiddenLayers);
    const std::uint64_t seed = 7; // any seed: the symmetric side does not depend on it
    SymmetrySetup setup = SymmetryExperiment::smallDemo(seed);
    setup.architecture = bp::Architecture::make(
        2, std::vector<int>(static_cast<std::size_t>(hiddenLayers), 5),
        static_cast<bp::Activation>(hiddenActivation), 2, bp::Activation::Softmax);
    setup.symmetricKind = static_cast<bp::InitKind>(kind);
    setup.iterations = 300;
    setup.learningRate = 0.5;
    SymmetryExperiment experiment(setup);
    QVERIFY(experiment.run());

    QCOMPARE(experiment.symmetricParameters().size(), setup.architecture.parameterCount());
    QCOMPARE(experiment.randomParameters().size(), setup.architecture.parameterCount());
    for (int layer = 0; layer < hiddenLayers; ++layer) {
        // Tolerance 1e-12: the rows go through the same floating-point operations.
        const double symmetric =
            experiment.maxRowDifference(SymmetryExperiment::Side::Symmetric, layer);
        const double random = experiment.maxRowDifference(SymmetryExperiment::Side::Random, layer);
        QVERIFY2(symmetric < 1e-12, qPrintable(QString::number(symmetric)));
        QVERIFY2(random > 1e-3, qPrintable(QString::number(random)));
    }
    // A constant start moves (identically); zeros on XOR's balanced classes is a stationary
    // point (h = 1/2 everywhere, so every gradient sums to zero) and may not move at all.
    if (setup.symmetricKind == bp::InitKind::Constant)
        QVERIFY(experiment.symmetricParameters() !=
                experiment.side(SymmetryExperiment::Side::Symmetric).initial);
    QVERIFY(experiment.randomParameters() !=
            experiment.side(SymmetryExperiment::Side::Random).initial);
}

void TestSymmetryDemo::similarityOfIdenticalRowsIsOne()
{
    const bp::Architecture arch =
        bp::Architecture::make(3, {4}, bp::Activation::Sigmoid, 2, bp::Activation::Softmax);
    const bp::Vector zeros = bp::initializeParameters(arch, bp::InitKind::Zeros, 1);
    const bp::Matrix s0 = SymmetryExperiment::rowSimilarity(arch, zeros, 0);
    QCOMPARE(s0.rows(), 4);
    QVERIFY((s0.array() == 1.0).all());
    const bp::Vector random = bp::initializeParameters(arch, bp::InitKind::UniformEpsilon, 1);
    const bp::Matrix s1 = SymmetryExperiment::rowSimilarity(arch, random, 0);
    QVERIFY((s1.diagonal().array() - 1.0).abs().maxCoeff() < 1e-12);
    QVERIFY(s1(0, 1) < 0.999);
    QCOMPARE(SymmetryExperiment::maxRowDifference(arch, zeros, 0), 0.0);
}

void TestSymmetryDemo::widgetTrainsBothSides()
{
    ProjectModel model; // the bundled spiral 2-16-16-3 example
    SymmetryDemo demo(&model);
    demo.resize(1100, 720);
    demo.show();
    auto* run = demo.findChild<QPushButton*>(QStringLiteral("symmetryRunButton"));
    auto* init = demo.findChild<QComboBox*>(QStringLiteral("symmetryInitCombo"));
    auto* setupCombo = demo.findChild<QComboBox*>(QStringLiteral("symmetrySetupCombo"));
    auto* zeroCost = demo.findChild<QLabel*>(QStringLiteral("zeroSideCost"));
    auto* randomCost = demo.findChild<QLabel*>(QStringLiteral("randomSideCost"));
    QVERIFY(run && init && setupCombo && zeroCost && randomCost);
    QCOMPARE(init->currentData().toInt(), int(bp::InitKind::Zeros));
    setupCombo->setCurrentIndex(1); // the 2-4-2 XOR demo

    QSignalSpy finished(&demo, &SymmetryDemo::finished);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY(demo.experiment() != nullptr);
    QCOMPARE(demo.experiment()->setup().architecture.layerSizes, (std::vector<int>{2, 4, 2}));
    QVERIFY(demo.experiment()->maxRowDifference(SymmetryExperiment::Side::Symmetric, 0) < 1e-12);
    QVERIFY(zeroCost->text().contains(QStringLiteral("final J")));
    QVERIFY(randomCost->text().contains(QStringLiteral("final J")));
    // XOR needs at least two distinct hidden units: only the random side can solve it.
    QVERIFY(demo.experiment()->side(SymmetryExperiment::Side::Random).finalAccuracy > 0.9);
    QVERIFY(demo.experiment()->side(SymmetryExperiment::Side::Symmetric).finalAccuracy < 0.8);
    bptest::saveShot(&demo, QStringLiteral("symmetry-demo.png"));

    // The project's own network, from a constant start.
    setupCombo->setCurrentIndex(0);
    init->setCurrentIndex(1);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(demo.experiment()->setup().architecture == model.architecture());
    QVERIFY(demo.experiment()->setup().symmetricKind == bp::InitKind::Constant);
    QVERIFY(demo.experiment()->maxRowDifference(SymmetryExperiment::Side::Symmetric, 0) < 1e-12);
    QVERIFY(demo.experiment()->maxRowDifference(SymmetryExperiment::Side::Symmetric, 1) < 1e-12);
    bptest::saveShot(&demo, QStringLiteral("symmetry-demo-project.png"));
}

QTEST_MAIN(TestSymmetryDemo)
#include "tst_symmetrydemo.moc"
