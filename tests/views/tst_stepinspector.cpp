// The step-through inspector: every value it shows equals the core's traced path, and the D
// it shows after the batch equals CostFunction's vectorised gradient (to 1e-12); the
// controls move through the steps as their names say; "Apply update" writes Θ − αD.
// Set BPS_SCREENSHOT_DIR to save the inspector mid-backward as a PNG.

#include "costfunction.h"
#include "generators.h"
#include "session/matrixformat.h"
#include "session/projectmodel.h"
#include "views/teaching/stepinspector.h"
#include "uitestutil.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QtTest/QtTest>

using namespace bpui;

namespace {

constexpr double kTol = 1e-12; // stated by the issue: shown Δ / D equal the vectorised gradient

double maxDiff(const bp::Matrix& a, const bp::Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    return a.size() == 0 ? 0.0 : (a - b).cwiseAbs().maxCoeff();
}

#define COMPARE_VALUE(key, expected)                                                               \
    do {                                                                                           \
        const double d_ = maxDiff(steps.value(QStringLiteral(key)), (expected));                   \
        if (!(d_ <= kTol))                                                                         \
            QFAIL(qPrintable(QStringLiteral("step %1 (%2): %3 differs by %4")                      \
                                 .arg(steps.currentStep())                                         \
                                 .arg(steps.title(), QStringLiteral(key))                          \
                                 .arg(d_)));                                                       \
    } while (false)

bp::Matrix withBias(const bp::Vector& a)
{
    bp::Vector v(a.size() + 1);
    v << 1.0, a;
    return v;
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    return bptest::child<T>(&parent, QString::fromLatin1(name));
}


/// The first b training examples of the project, encoded as the inspector encodes them.
struct Batch
{
    bp::Matrix X, Y;
};
Batch firstExamples(const ProjectModel& model, int b)
{
    std::vector<bp::Index> columns;
    for (int i = 0; i < b; ++i)
        columns.push_back(i);
    const bp::Dataset subset = model.split().train.subset(columns);
    return {subset.features, bp::encodeTargets(subset, model.architecture().outputSize())};
}

} // namespace

class TestStepInspector : public QObject
{
    Q_OBJECT
private slots:
    void valuesFollowTheTracedPath_data();
    void valuesFollowTheTracedPath();
    void navigation();
    void applyUpdateWritesThetaMinusAlphaD();
    void matrixFormatElides();
    void screenshotMidBackward();
    void classesNamedAsInTheStudio_data();
    void classesNamedAsInTheStudio();
};

void TestStepInspector::classesNamedAsInTheStudio_data()
{
    QTest::addColumn<QStringList>("names"); // empty: the generator's own ("class 0", …)
    QTest::newRow("spiral, unnamed classes") << QStringList();
    QTest::newRow("named classes") << QStringList{"setosa", "versicolor", "virginica"};
}

void TestStepInspector::classesNamedAsInTheStudio()
{
    QFETCH(QStringList, names);
    ProjectModel model; // the spiral, three classes
    if (!names.isEmpty()) {
        bp::Dataset data = model.dataset();
        data.classNames.clear();
        for (const QString& name : names)
            data.classNames.push_back(name.toStdString());
        model.setDataset(data, model.dataSource());
    }
    StepInspector inspector(&model);
    auto* values = child<QTextBrowser>(inspector, "stepValuesView");
    child<QPushButton>(inspector, "stepNextButton")->click();
    child<QPushButton>(inspector, "stepPrevButton")->click(); // back on example 1's input
    const bp::Dataset& train = model.split().train;
    const int label = train.labels.front();
    const QString name = QString::fromStdString(train.classNames[static_cast<std::size_t>(label)]);
    const QString text = values->toPlainText();
    // One convention, the studio's: the class's name (for generated data "class 0", …,
    // 0-based, as in the legends and the confusion matrix). Before: "class 3 (“class 2”)".
    const QString expected = name.startsWith(QStringLiteral("class "))
                                 ? QStringLiteral("training example 1, %1").arg(name)
                                 : QStringLiteral("training example 1, class %1").arg(name);
    QVERIFY2(text.contains(expected), qPrintable(text.left(200)));
    QVERIFY2(!text.contains(QStringLiteral("class %1 (").arg(label + 1)), qPrintable(text.left(200)));
}

void TestStepInspector::valuesFollowTheTracedPath_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<int>("hiddenActivation");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<int>("batch");
    const int tanh = int(bp::Activation::Tanh);
    QTest::newRow("spiral 2-16-16-3 tanh/softmax")
        << "spiral" << QList<int>{16, 16} << tanh << 0.7 << 10;
    QTest::newRow("xor one sigmoid hidden layer, λ = 0")
        << "xor" << QList<int>{4} << int(bp::Activation::Sigmoid) << 0.0 << 5;
    QTest::newRow("moons relu 3 hidden, λ = 3")
        << "moons" << QList<int>{5, 4, 3} << int(bp::Activation::ReLU) << 3.0 << 8;
    QTest::newRow("gaussians no hidden layer") << "gaussians" << QList<int>{} << tanh << 1.0 << 4;
    QTest::newRow("regression1d linear output")
        << "regression1d" << QList<int>{6} << tanh << 0.5 << 6;
}

void TestStepInspector::valuesFollowTheTracedPath()
{
    QFETCH(QString, generator);
    QFETCH(QList<int>, hidden);
    QFETCH(int, hiddenActivation);
    QFETCH(double, lambda);
    QFETCH(int, batch);

    ProjectModel model;
    bp::GeneratorSpec spec;
    spec.name = generator.toStdString();
    spec.n = 60;
    spec.seed = 3;
    model.setDataset(bp::generateDataset(spec), DataSource{});
    model.setHiddenLayers(std::vector<int>(hidden.begin(), hidden.end()),
                          std::vector<bp::Activation>(static_cast<size_t>(hidden.size()),
                                                      bp::Activation(hiddenActivation)));
    bp::TrainingConfig config = model.config();
    config.lambda = lambda;
    config.learningRate = 0.25;
    model.setConfig(config);

    StepInspector inspector(&model);
    inspector.setBatchSize(batch);
    QCOMPARE(inspector.batchSize(), batch);
    const StepInspectorModel& steps = inspector.stepModel();
    QVERIFY(!steps.isEmpty());

    const bp::Architecture& arch = model.architecture();
    const bp::Vector& params = model.parameters();
    const Batch data = firstExamples(model, batch);
    bp::TraceOptions options;
    options.lambda = lambda;
    const bp::BackpropTrace trace = bp::traceBackprop(arch, params, data.X, data.Y, options);
    bp::Vector gradient;
    bp::CostFunction cost(arch, data.X, data.Y, lambda);
    cost.evaluate(params, &gradient);
    const int L = arch.layerCount();
    QCOMPARE(steps.stepCount(), batch * (3 * L - 2) + 2 * (L - 1));

    QPushButton* next = child<QPushButton>(inspector, "stepNextButton");
    int visited = 0;
    std::vector<int> gradientSteps;
    for (;;) {
        ++visited;
        const int i = steps.example();
        const int l = steps.layer();
        const bp::ExampleTrace& ex = trace.examples[static_cast<size_t>(i)];
        const auto theta = [&](int k) { return bp::Matrix(bp::thetaView(arch, params, k)); };
        switch (steps.kind()) {
        case StepKind::Input:
            COMPARE_VALUE("x", ex.a[0]);
            COMPARE_VALUE("y", data.Y.col(i));
            break;
        case StepKind::Forward:
            COMPARE_VALUE("theta", theta(l));
            COMPARE_VALUE("aBias", withBias(ex.a[static_cast<size_t>(l)]));
            COMPARE_VALUE("z", ex.z[static_cast<size_t>(l + 1)]);
            COMPARE_VALUE("a", ex.a[static_cast<size_t>(l + 1)]);
            break;
        case StepKind::OutputError:
            QCOMPARE(l, L - 1);
            COMPARE_VALUE("delta", ex.delta[static_cast<size_t>(L - 1)]);
            COMPARE_VALUE("a", ex.a[static_cast<size_t>(L - 1)]);
            break;
        case StepKind::Backward: {
            COMPARE_VALUE("delta", ex.delta[static_cast<size_t>(l)]);
            COMPARE_VALUE("deltaNext", ex.delta[static_cast<size_t>(l + 1)]);
            // δ(l) is the shown Θᵀδ without its bias row, times the shown g′(z).
            const bp::Matrix full = steps.value(QStringLiteral("thetaTDelta"));
            const bp::Matrix g = steps.value(QStringLiteral("gPrime"));
            const bp::Matrix product = full.bottomRows(full.rows() - 1).cwiseProduct(g);
            COMPARE_VALUE("delta", product);
            break;
        }
        case StepKind::Accumulate:
            COMPARE_VALUE("Delta", ex.Delta[static_cast<size_t>(l)]);
            COMPARE_VALUE("product",
                          bp::Matrix(ex.delta[static_cast<size_t>(l + 1)] *
                                     withBias(ex.a[static_cast<size_t>(l)]).transpose()));
            COMPARE_VALUE("Delta", steps.value(QStringLiteral("DeltaBefore")) +
                                       steps.value(QStringLiteral("product")));
            break;
        case StepKind::Gradient:
            gradientSteps.push_back(l);
            COMPARE_VALUE("D", trace.D[static_cast<size_t>(l)]);
            // The promise: the D shown equals the vectorised gradient.
            COMPARE_VALUE("D", bp::Matrix(bp::thetaView(arch, gradient, l)));
            COMPARE_VALUE("Delta", bp::Matrix(trace.examples.back().Delta[static_cast<size_t>(l)]));
            break;
        case StepKind::Update: {
            const bp::Vector updated = params - 0.25 * gradient;
            COMPARE_VALUE("thetaNew", bp::Matrix(bp::thetaView(arch, updated, l)));
            break;
        }
        }
        // Every term states a shape, and the equation is never empty.
        QVERIFY(!steps.equationHtml().isEmpty());
        QCOMPARE(steps.shapesText().count(QStringLiteral(" × ")), int(steps.terms().size()));
        if (!next->isEnabled())
            break;
        next->click();
    }
    QCOMPARE(visited, steps.stepCount());
    QCOMPARE(int(gradientSteps.size()), L - 1);
    // Also the Δ/m + (λ/m)Θ of the last accumulated Δ reproduces the vectorised gradient.
    for (int l = 0; l + 1 < L; ++l) {
        bp::Matrix D = trace.examples.back().Delta[static_cast<size_t>(l)] / double(batch);
        const bp::Matrix theta = bp::thetaView(arch, params, l);
        D.rightCols(D.cols() - 1) += (lambda / batch) * theta.rightCols(theta.cols() - 1);
        QVERIFY(maxDiff(D, bp::Matrix(bp::thetaView(arch, gradient, l))) <= kTol);
    }
}

void TestStepInspector::navigation()
{
    ProjectModel model; // 2-16-16-3: 10 steps per example, 6 batch-wide steps
    StepInspector inspector(&model);
    const StepInspectorModel& steps = inspector.stepModel();
    QCOMPARE(inspector.batchSize(), 10); // min(m, 10)
    QCOMPARE(steps.stepCount(), 10 * 10 + 6);
    QSignalSpy highlight(&inspector, &StepInspector::highlightRequested);

    auto* next = child<QPushButton>(inspector, "stepNextButton");
    auto* prev = child<QPushButton>(inspector, "stepPrevButton");
    auto* nextExample = child<QPushButton>(inspector, "nextExampleButton");
    auto* runToEnd = child<QPushButton>(inspector, "runToEndButton");
    auto* exampleSpin = child<QSpinBox>(inspector, "exampleSpin");
    auto* equation = child<QLabel>(inspector, "stepEquationLabel");
    auto* values = child<QTextBrowser>(inspector, "stepValuesView");

    QCOMPARE(toString(steps.kind()), toString(StepKind::Input));
    QVERIFY(!prev->isEnabled());
    next->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::Forward));
    QCOMPARE(steps.layer(), 0);
    QVERIFY(equation->text().contains(QStringLiteral("z<sup>(2)</sup>")));
    QVERIFY(values->toPlainText().contains(QStringLiteral("16 × 3 matrix")));
    QCOMPARE(highlight.last().at(0).toInt(), 0);
    QCOMPARE(highlight.last().at(1).toString(), QStringLiteral("weights"));
    for (int k = 0; k < 3; ++k)
        next->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::OutputError));
    QCOMPARE(highlight.last().at(0).toInt(), 3);
    QCOMPARE(highlight.last().at(1).toString(), QStringLiteral("delta"));
    next->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::Backward));
    QCOMPARE(steps.layer(), 2); // δ(3) in course notation
    QVERIFY(equation->text().contains(QStringLiteral("δ<sup>(3)</sup>")));
    prev->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::OutputError));

    nextExample->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::Input));
    QCOMPARE(steps.example(), 1);
    QCOMPARE(exampleSpin->value(), 2);
    QCOMPARE(highlight.last().at(1).toString(), QStringLiteral("units"));

    exampleSpin->setValue(7);
    QCOMPARE(steps.example(), 6);
    QCOMPARE(toString(steps.kind()), toString(StepKind::Input));

    runToEnd->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::Gradient));
    QCOMPARE(steps.layer(), 0);
    QCOMPARE(steps.currentStep(), 100);
    QCOMPARE(exampleSpin->value(), 0); // the spin box reads "batch: D, update"
    QVERIFY(!runToEnd->isEnabled());
    QVERIFY(!nextExample->isEnabled());
    QVERIFY(child<QPushButton>(inspector, "applyUpdateButton")->isEnabled());
    for (int k = 0; k < 10; ++k)
        next->click();
    QCOMPARE(toString(steps.kind()), toString(StepKind::Update));
    QCOMPARE(steps.layer(), 2);
    QVERIFY(!next->isEnabled());

    // Choosing an example from the batch-wide steps goes there; the last example's "next
    // example" leads back to the batch-wide steps, as does the spin box's 0.
    exampleSpin->setValue(10);
    QCOMPARE(steps.example(), 9);
    QCOMPARE(toString(steps.kind()), toString(StepKind::Input));
    nextExample->click();
    QCOMPARE(steps.currentStep(), steps.firstBatchStep());
    exampleSpin->setValue(3);
    exampleSpin->setValue(0);
    QCOMPARE(steps.currentStep(), steps.firstBatchStep());

    // New weights keep the position; a new architecture starts over.
    inspector.goToStep(42);
    bp::Vector params = model.parameters();
    params *= 0.5;
    model.setParameters(params);
    inspector.refresh();
    QCOMPARE(steps.currentStep(), 42);
    model.setHiddenLayers({5}, {bp::Activation::Sigmoid});
    QCOMPARE(steps.currentStep(), 0);
    QCOMPARE(steps.stepCount(), 10 * 7 + 4);
}

void TestStepInspector::applyUpdateWritesThetaMinusAlphaD()
{
    ProjectModel model;
    bp::TrainingConfig config = model.config();
    config.learningRate = 0.5;
    config.lambda = 0.1;
    model.setConfig(config);
    StepInspector inspector(&model);
    inspector.setBatchSize(4);
    const bp::Vector before = model.parameters();
    const Batch data = firstExamples(model, 4);
    bp::Vector gradient;
    bp::computeCost(model.architecture(), before, data.X, data.Y, 0.1, &gradient);

    auto* apply = child<QPushButton>(inspector, "applyUpdateButton");
    QVERIFY(!apply->isEnabled()); // only once the batch's D is known
    QSignalSpy changed(&model, &ProjectModel::parametersChanged);
    child<QPushButton>(inspector, "runToEndButton")->click();
    inspector.setTrainingRunning(true); // the worker owns the weights meanwhile
    QVERIFY(!apply->isEnabled());
    inspector.setTrainingRunning(false);
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(changed.count(), 1);
    const bp::Vector expected = before - 0.5 * gradient;
    QVERIFY((model.parameters() - expected).cwiseAbs().maxCoeff() <= kTol);
    QCOMPARE(inspector.stepModel().currentStep(), 0);
}

void TestStepInspector::matrixFormatElides()
{
    const bp::Matrix big = bp::Matrix::Random(128, 785);
    QCOMPARE(shapeCaption(big), QStringLiteral("128 × 785 matrix (showing 6 × 6)"));
    QCOMPARE(shapeCaption(bp::Matrix::Zero(5, 4)), QStringLiteral("5 × 4 matrix"));
    QCOMPARE(shapeCaption(bp::Matrix(bp::Vector::Zero(100))),
             QStringLiteral("100 × 1 vector (showing 8)"));
    const std::vector<bp::Index> shown = shownIndices(128, 6);
    QCOMPARE(shown, (std::vector<bp::Index>{0, 1, 2, 3, 4, -1, 127}));
    QCOMPARE(formatNumber(-0.0092782524), QStringLiteral("−0.0093"));
    QCOMPARE(formatNumber(3.0498e-06), QStringLiteral("3.05e-06"));
    const QString text = matrixPlainText(big);
    QCOMPARE(text.count(QLatin1Char('\n')), 6); // 5 rows, ⋮, the last row
}

void TestStepInspector::screenshotMidBackward()
{
    if (qEnvironmentVariableIsEmpty("BPS_SCREENSHOT_DIR"))
        QSKIP("set BPS_SCREENSHOT_DIR to save screenshots");
    ProjectModel model;
    bp::TrainingConfig config = model.config();
    config.lambda = 0.01;
    model.setConfig(config);
    StepInspector inspector(&model);
    inspector.resize(620, 820);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.goToExample(2);
    while (inspector.stepModel().kind() != StepKind::Backward)
        inspector.nextStep();
    bptest::saveShot(&inspector, QStringLiteral("inspector-backward.png"));
}

QTEST_MAIN(TestStepInspector)
#include "tst_stepinspector.moc"
