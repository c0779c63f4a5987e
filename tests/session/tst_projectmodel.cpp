// The session's project model: a whole new state is installed in one replace() that emits
// once; a state is prepared (checked, split once, weights drawn only when it has none) before
// it reaches the model; undo's settings re-split or redraw only what differs, and a refused
// change leaves the model as it was.

#include "session/projectmodel.h"

#include "fitcases.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace bpui;

namespace {

/// Counts every signal of the model: replaced and the four granular ones.
struct Signals
{
    explicit Signals(ProjectModel* model)
    {
        QObject::connect(model, &ProjectModel::replaced, [this](unsigned what, ReplaceCause c) {
            ++replaced;
            changes = what;
            cause = c;
        });
        for (auto signal : {&ProjectModel::datasetChanged, &ProjectModel::architectureChanged,
                            &ProjectModel::configChanged})
            QObject::connect(model, signal, [this] { ++granular; });
        QObject::connect(model, &ProjectModel::parametersChanged, [this] { ++granular; });
    }
    int replaced = 0;
    int granular = 0;
    unsigned changes = 0;
    ReplaceCause cause = ReplaceCause::Undo;
};

long splitsSince(const ProjectWorkCounts& before)
{
    return projectWorkCounts().splits - before.splits;
}

long drawsSince(const ProjectWorkCounts& before)
{
    return projectWorkCounts().weightDraws - before.weightDraws;
}

} // namespace

class TestProjectModel : public QObject
{
    Q_OBJECT

private slots:
    void prepareSplitsOnceAndDrawsOnlyWithoutWeights();
    void prepareRefusesANetworkThatDoesNotFit();
    void replaceEmitsOnceAndInstallsTheState();
    void applySettingsDoesOnlyWhatDiffers_data();
    void applySettingsDoesOnlyWhatDiffers();
    void refusedSettingsChangeNothing();
};

void TestProjectModel::prepareSplitsOnceAndDrawsOnlyWithoutWeights()
{
    ProjectState state = ProjectModel::exampleState();
    const bp::Vector weights = state.parameters;
    state.split.reset();
    state.parameters.resize(0);

    ProjectWorkCounts before = projectWorkCounts();
    prepareState(state);
    QCOMPARE(splitsSince(before), 1L);
    QCOMPARE(drawsSince(before), 1L);
    QVERIFY(bptest::bitEqual(state.parameters, weights)); // same kind and seed: same draw
    QCOMPARE(state.split->train.size() + state.split->validation.size(), bp::Index{300});

    before = projectWorkCounts();
    prepareState(state); // complete already: nothing to do
    QCOMPARE(splitsSince(before), 0L);
    QCOMPARE(drawsSince(before), 0L);
}

void TestProjectModel::prepareRefusesANetworkThatDoesNotFit()
{
    ProjectState state = ProjectModel::exampleState();
    state.architecture =
        bp::Architecture::make(3, {4}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    state.parameters.resize(0);
    const ProjectWorkCounts before = projectWorkCounts();
    QCOMPARE(bptest::errorOf([&] { prepareState(state, "lesson.bpstudio"); }),
             QStringLiteral("lesson.bpstudio: architecture: ") +
                 QString::fromLatin1(bpt::fitCase("too few inputs").message)
                     .replace(QStringLiteral("4 features"), QStringLiteral("2 features")));
    QCOMPARE(drawsSince(before), 0L); // refused before any weights are drawn
}

void TestProjectModel::replaceEmitsOnceAndInstallsTheState()
{
    ProjectModel model;
    Signals seen(&model);
    ProjectState next = ProjectModel::exampleState();
    next.architecture =
        bp::Architecture::make(2, {5}, bp::Activation::Sigmoid, 3, bp::Activation::Softmax);
    next.parameters.resize(0);
    next.config.lambda = 0.25;
    prepareState(next);
    const bp::Vector weights = next.parameters;
    const auto split = next.split;

    const ProjectWorkCounts before = projectWorkCounts();
    model.replace(std::move(next), ReplaceCause::Opened);
    QCOMPARE(splitsSince(before), 0L); // replace installs; it never splits or draws
    QCOMPARE(drawsSince(before), 0L);
    QCOMPARE(seen.replaced, 1);
    QCOMPARE(seen.granular, 0);
    QVERIFY(seen.cause == ReplaceCause::Opened);
    QCOMPARE(seen.changes & (DataChanged | ArchitectureChanged | ParametersChanged | ConfigChanged),
             unsigned(DataChanged | ArchitectureChanged | ParametersChanged | ConfigChanged));
    QCOMPARE(model.hiddenSizes(), (std::vector<int>{5}));
    QVERIFY(bptest::bitEqual(model.parameters(), weights));
    QCOMPARE(model.sharedSplit(), split);
    QCOMPARE(model.config().lambda, 0.25);
}

void TestProjectModel::applySettingsDoesOnlyWhatDiffers_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<long>("splits");
    QTest::addColumn<long>("draws");
    QTest::addColumn<unsigned>("changes");
    QTest::newRow("λ") << "lambda" << 0L << 0L << unsigned(ConfigChanged);
    QTest::newRow("hidden units") << "hidden" << 0L << 1L
                                  << unsigned(ArchitectureChanged | ParametersChanged);
    QTest::newRow("init seed") << "seed" << 0L << 1L << unsigned(ParametersChanged | ConfigChanged);
    QTest::newRow("validation share") << "validation" << 1L << 0L << unsigned(DataChanged);
    QTest::newRow("normalisation") << "normalization" << 1L << 0L << unsigned(DataChanged);
    QTest::newRow("nothing") << "none" << 0L << 0L << 0u;
}

void TestProjectModel::applySettingsDoesOnlyWhatDiffers()
{
    QFETCH(QString, edit);
    QFETCH(long, splits);
    QFETCH(long, draws);
    QFETCH(unsigned, changes);
    ProjectModel model;
    Signals seen(&model);
    ProjectSettings settings = model.settings();
    if (edit == QLatin1String("lambda"))
        settings.config.lambda = 0.5;
    else if (edit == QLatin1String("hidden"))
        settings.hiddenSizes = {16, 8};
    else if (edit == QLatin1String("seed"))
        settings.initSeed = 7;
    else if (edit == QLatin1String("validation"))
        settings.validationFraction = 0.3;
    else if (edit == QLatin1String("normalization"))
        settings.normalization = bp::NormalizationKind::MinMax;

    const ProjectWorkCounts before = projectWorkCounts();
    model.applySettings(settings);
    QCOMPARE(splitsSince(before), splits);
    QCOMPARE(drawsSince(before), draws);
    QCOMPARE(seen.replaced, 1);
    QCOMPARE(seen.granular, 0);
    QVERIFY(seen.cause == ReplaceCause::Undo);
    QCOMPARE(seen.changes, changes);
    QVERIFY(model.settings() == settings);
}

void TestProjectModel::refusedSettingsChangeNothing()
{
    ProjectModel model;
    Signals seen(&model);
    const ProjectSettings before = model.settings();
    const bp::Vector weights = model.parameters();
    ProjectSettings settings = before;
    settings.hiddenSizes = {4};
    settings.validationFraction = 1.0; // leaves no training example
    QVERIFY(bptest::errorOf([&] { model.applySettings(settings); }) !=
            QStringLiteral("<no InputError>"));
    QCOMPARE(seen.replaced, 0);
    QVERIFY(model.settings() == before);
    QVERIFY(bptest::bitEqual(model.parameters(), weights));
}

QTEST_MAIN(TestProjectModel)
#include "tst_projectmodel.moc"
