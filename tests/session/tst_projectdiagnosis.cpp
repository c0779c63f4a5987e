// The Diagnose tools' results are kept with the project: a learning curve that ran, a λ curve
// cancelled midway (its missing points stay missing) and the live run's gradient-health
// history go through the project file (Session::toProject → projectToJson → projectFromJson →
// Session::restoreDiagnosis) and come back bit for bit; a file without them (every file
// written before) opens with none; the gradient history is only taken back when its live run
// continues. Without widgets: the window's part is in tests/views/tst_diagnose.cpp.

#include "session/diagnose/curverunner.h"
#include "session/gradienthistory.h"
#include "session/livehistory.h"
#include "session/projectconversion.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "worker/trainingsnapshot.h"

#include "projectfile.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace bpui;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Bit-exact, with every NaN equal to every NaN (the file writes NaN as null).
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool same(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i]))
            return false;
    return true;
}

QString describe(const bp::CurvePoint& p)
{
    return QStringLiteral("value %1 m %2 J_train %3 J_cv %4 it %5")
        .arg(p.value, 0, 'g', 17)
        .arg(p.trainExamples)
        .arg(p.trainCost, 0, 'g', 17)
        .arg(p.validationCost, 0, 'g', 17)
        .arg(p.iterations);
}

bool samePoint(const bp::CurvePoint& a, const bp::CurvePoint& b)
{
    return same(a.value, b.value) && a.trainExamples == b.trainExamples &&
           same(a.trainCost, b.trainCost) && same(a.validationCost, b.validationCost) &&
           same(a.testCost, b.testCost) && same(a.trainAccuracy, b.trainAccuracy) &&
           same(a.validationAccuracy, b.validationAccuracy) &&
           same(a.testAccuracy, b.testAccuracy) && a.iterations == b.iterations &&
           a.reason == b.reason && a.message == b.message && same(a.seconds, b.seconds);
}

/// Opens `project` into `session` the way ProjectFiles' apply step does: the state, the runs
/// (the last one continues when the weights are where it ended), then the Diagnose results.
void open(Session& session, const bp::Project& project)
{
    session.project()->replace(projectState(project), ReplaceCause::Opened);
    session.runs()->load(project.runs, session.project()->parameters());
    session.restoreDiagnosis(project);
}

CurveRequest requestOf(bp::CurveKind kind)
{
    CurveRequest request;
    request.kind = kind;
    return request;
}

bp::Project throughTheFile(const bp::Project& project)
{
    const std::string text = bp::projectToJson(project, "/tmp");
    return bp::projectFromJson(text, "diagnosis.bpstudio", "/tmp");
}

} // namespace

class TestProjectDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerMetaTypes(); }
    void curvesAndGradientHistoryComeBackBitForBit();
    void fileWithoutThemOpensWithNone();
    void gradientHistoryOnlyWithItsLiveRun();
    void malformedCurveIsNamed_data();
    void malformedCurveIsNamed();
};

void TestProjectDiagnosis::curvesAndGradientHistoryComeBackBitForBit()
{
    Session session;
    bp::TrainingConfig config = session.project()->config();
    config.maxIterations = 30; // a second's curve; the numbers need not be good, only kept
    session.project()->setConfig(config);

    // A real learning curve (its doubles are whatever training made them).
    CurveRunner* curves = session.curves();
    QSignalSpy finished(curves, &CurveRunner::finished);
    CurveRequest learning;
    learning.kind = bp::CurveKind::Learning;
    learning.evaluateTest = false;
    QVERIFY(curves->start(learning));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.front().front().toBool(), false);
    const CurveResult ran = *curves->result(bp::CurveKind::Learning);
    QVERIFY(ran.finishedCount() >= 8);

    // A λ curve cancelled after two of its points: slots 1 and 3 stay empty. Restored by hand
    // (a cancel's timing is the widget test's business), with NaN accuracies (regression-like)
    // and an infinite J_cv (a diverged point) to see null and "inf" round-trip.
    bp::ProjectCurve lambda;
    lambda.plan = CurveRunner::planFor(*session.project(), requestOf(bp::CurveKind::Lambda));
    lambda.plan.values = {0.0, 0.001, 0.1, 3.0};
    lambda.points.resize(4);
    bp::CurvePoint p0;
    p0.value = 0.0;
    p0.trainExamples = 240;
    p0.trainCost = 0.1 + 0.2; // 0.30000000000000004: 17 digits needed
    p0.validationCost = std::numeric_limits<double>::infinity();
    p0.iterations = 30;
    p0.reason = bp::StopReason::Diverged;
    p0.message = "Stopped: the cost became non-finite — «λ = 0»";
    p0.seconds = 1.0 / 3.0;
    bp::CurvePoint p2 = p0;
    p2.value = 0.1;
    p2.validationCost = std::nextafter(0.7, 1.0);
    p2.trainAccuracy = kNaN;
    p2.reason = bp::StopReason::MaxIterations;
    p2.message = "Reached the 30-iteration budget.";
    lambda.points[0] = p0;
    lambda.points[2] = p2;
    lambda.cancelled = true;
    bp::ProjectCurve learningKept;
    learningKept.plan = ran.plan;
    learningKept.points = ran.points;
    session.curves()->restore({learningKept, lambda});

    // A live run with rows, and its gradient-health samples (a thinned history: stride 2).
    std::vector<bp::IterationStats> rows(50);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].iteration = static_cast<long>(i);
        rows[i].trainCost = 1.0 / double(i + 1);
    }
    session.history()->append(rows);
    GradientHistory* gradients = session.gradientHistory();
    for (long i = 0; i < 40; ++i) {
        bp::GradientHealth h;
        h.gradientNorms = {std::exp(-double(i) / 7.0), std::sqrt(double(i) + 0.5), 1e-300};
        h.ratios = {h.gradientNorms[0] / 3.0, kNaN, 5e-324}; // NaN: a zero Θ(l); a denormal
        h.saturation = {double(i) / 41.0, kNaN};             // NaN: a linear hidden layer
        h.sampledExamples = 128;
        gradients->append(i, h);
    }
    const bp::ProjectGradientHistory kept = gradients->toProject();
    QCOMPARE(kept.samples.size(), std::size_t(40));

    const bp::Project saved = session.toProject();
    QCOMPARE(saved.curves.size(), std::size_t(2));
    QCOMPARE(saved.gradientHistory.samples.size(), std::size_t(40));
    const bp::Project loaded = throughTheFile(saved);

    Session reopened;
    QSignalSpy replaced(reopened.curves(), &CurveRunner::resultsReplaced);
    open(reopened, loaded);
    QVERIFY(replaced.count() >= 1);

    // The learning curve: plan and every point.
    const CurveResult* back = reopened.curves()->result(bp::CurveKind::Learning);
    QVERIFY(back != nullptr);
    QVERIFY(!back->running);
    QVERIFY(!back->cancelled);
    QVERIFY(back->plan.kind == bp::CurveKind::Learning);
    QVERIFY(same(back->plan.values, ran.plan.values));
    QCOMPARE(back->plan.architecture.layerSizes, ran.plan.architecture.layerSizes);
    QCOMPARE(back->plan.config.maxIterations, 30L);
    QVERIFY(same(back->plan.config.learningRate, ran.plan.config.learningRate));
    QCOMPARE(back->plan.initSeed, ran.plan.initSeed);
    QCOMPARE(back->points.size(), ran.points.size());
    for (std::size_t i = 0; i < ran.points.size(); ++i) {
        QVERIFY(back->points[i].has_value());
        QVERIFY2(samePoint(*back->points[i], *ran.points[i]),
                 qPrintable(describe(*back->points[i]) + " vs " + describe(*ran.points[i])));
    }

    // The cancelled λ curve: the same two points, the same two holes.
    const CurveResult* lambdaBack = reopened.curves()->result(bp::CurveKind::Lambda);
    QVERIFY(lambdaBack != nullptr);
    QVERIFY(lambdaBack->cancelled);
    QCOMPARE(lambdaBack->finishedCount(), 2);
    QVERIFY(!lambdaBack->points[1] && !lambdaBack->points[3]);
    QVERIFY(samePoint(*lambdaBack->points[0], p0));
    QVERIFY(samePoint(*lambdaBack->points[2], p2));
    QVERIFY(reopened.curves()->result(bp::CurveKind::Units) == nullptr);

    // The gradient history: every sample, the thinning state, the newest sample.
    const GradientHistory* g = reopened.gradientHistory();
    QCOMPARE(g->samples().size(), kept.samples.size());
    QCOMPARE(g->stride(), kept.stride);
    QCOMPARE(g->layerCount(), 3);
    for (std::size_t i = 0; i < kept.samples.size(); ++i) {
        const auto& a = g->samples()[i];
        const auto& b = kept.samples[i];
        QCOMPARE(a.iteration, b.iteration);
        QCOMPARE(a.health.sampledExamples, b.health.sampledExamples);
        QVERIFY(same(a.health.gradientNorms, b.health.gradientNorms));
        QVERIFY(same(a.health.ratios, b.health.ratios));
        QVERIFY(same(a.health.saturation, b.health.saturation));
    }
    QCOMPARE(g->latest().iteration, 39L);

    // And saved again, their part of the file is the same text: nothing drifts on a second
    // round.
    const auto tail = [](const std::string& text) {
        const std::size_t at = text.find("\"curves\"");
        return at == std::string::npos ? std::string() : text.substr(at);
    };
    const std::string first = tail(bp::projectToJson(saved, "/tmp"));
    QVERIFY(first.find("\"gradient_history\"") != std::string::npos);
    QVERIFY(first == tail(bp::projectToJson(reopened.toProject(), "/tmp")));
}

void TestProjectDiagnosis::fileWithoutThemOpensWithNone()
{
    // A project as every earlier version wrote it: no "curves", no "gradient_history".
    Session session;
    bp::Project plain = session.toProject();
    QVERIFY(plain.curves.empty());
    QVERIFY(plain.gradientHistory.samples.empty());
    const std::string text = bp::projectToJson(plain, "/tmp");
    QVERIFY(text.find("\"curves\"") == std::string::npos);
    QVERIFY(text.find("\"gradient_history\"") == std::string::npos);

    // Opened into a session that had results: they go, nothing new comes.
    Session other;
    bp::ProjectCurve curve;
    curve.plan = CurveRunner::planFor(*other.project(), requestOf(bp::CurveKind::Lambda));
    curve.points.resize(curve.plan.values.size());
    curve.points[0] = bp::CurvePoint{};
    other.curves()->restore({curve});
    QVERIFY(other.curves()->result(bp::CurveKind::Lambda) != nullptr);
    open(other, bp::projectFromJson(text, "plain.bpstudio", "/tmp"));
    QVERIFY(other.curves()->result(bp::CurveKind::Lambda) == nullptr);
    QVERIFY(other.gradientHistory()->empty());
}

void TestProjectDiagnosis::gradientHistoryOnlyWithItsLiveRun()
{
    Session session;
    bp::GradientHealth h;
    h.gradientNorms = {0.5, 0.25, 0.125};
    h.ratios = {0.1, 0.2, 0.3};
    h.saturation = {0.0, 0.5};
    bp::Project project = session.toProject();
    project.gradientHistory.samples = {{0, h}, {10, h}};
    project.gradientHistory.offered = 1;

    // No run in the file: there is no live run for the samples to describe.
    Session opened;
    open(opened, throughTheFile(project));
    QVERIFY(opened.history()->empty());
    QVERIFY(opened.gradientHistory()->empty());

    // Its live run continues (final weights = the project's weights): the samples come back.
    bp::ProjectRun run;
    run.name = "Run 1";
    run.architecture = project.architecture;
    run.config = project.config;
    run.history.resize(11);
    for (std::size_t i = 0; i < run.history.size(); ++i)
        run.history[i].iteration = static_cast<long>(i);
    run.finalWeights = project.weights;
    project.runs = {run};
    open(opened, throughTheFile(project));
    QCOMPARE(opened.history()->size(), std::size_t(11));
    QCOMPARE(opened.gradientHistory()->samples().size(), std::size_t(2));

    // A sample numbered past the run's last row belongs to another run: dropped.
    project.gradientHistory.samples[1].iteration = 11;
    open(opened, throughTheFile(project));
    QVERIFY(opened.gradientHistory()->empty());

    // So are figures of another network (two layers for a three-Θ network).
    project.gradientHistory.samples[1].iteration = 10;
    for (auto& sample : project.gradientHistory.samples) {
        sample.health.gradientNorms.pop_back();
        sample.health.ratios.pop_back();
    }
    open(opened, throughTheFile(project));
    QVERIFY(opened.gradientHistory()->empty());
}

void TestProjectDiagnosis::malformedCurveIsNamed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << "\"kind\": \"lambda\"" << "\"kind\": \"lambada\""
                                  << "curves[0].kind: expected \"learning\", \"lambda\" or \"units\"";
    QTest::newRow("index past the values")
        << "{\"index\": 1," << "{\"index\": 4,"
        << "curves[0].points[1].index: expected an integer in 0..3";
    QTest::newRow("unknown stop reason")
        << "\"stop_reason\": \"max_iterations\"" << "\"stop_reason\": \"bored\""
        << "curves[0].points[0].stop_reason: expected a stop reason";
    QTest::newRow("ragged gradient history")
        << "\"sampled_examples\": [64, 64]" << "\"sampled_examples\": [64]"
        << "gradient_history.sampled_examples: expected 2 entries";
    QTest::newRow("a sample with fewer layers")
        << "\"gradient_norms\": [[0.5, 0.25], [0.5, 0.25]]"
        << "\"gradient_norms\": [[0.5, 0.25], [0.5]]"
        << "gradient_history.gradient_norms[1]: expected 2 figures, found 1";
}

void TestProjectDiagnosis::malformedCurveIsNamed()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    Session session;
    bp::Project project = session.toProject();
    bp::ProjectCurve curve;
    curve.plan = CurveRunner::planFor(*session.project(), requestOf(bp::CurveKind::Lambda));
    curve.plan.values = {0.0, 0.01, 0.1, 1.0};
    curve.points.resize(4);
    bp::CurvePoint point;
    point.reason = bp::StopReason::MaxIterations;
    curve.points[0] = point;
    curve.points[1] = point;
    project.curves = {curve};
    bp::GradientHealth h;
    h.gradientNorms = {0.5, 0.25};
    h.ratios = {0.1, 0.2};
    h.saturation = {0.0};
    h.sampledExamples = 64;
    project.gradientHistory.samples = {{0, h}, {1, h}};
    std::string text = bp::projectToJson(project, "/tmp");
    const std::string needle = from.toStdString();
    const std::size_t at = text.find(needle);
    QVERIFY2(at != std::string::npos, qPrintable(from));
    text.replace(at, needle.size(), to.toStdString());
    try {
        bp::projectFromJson(text, "bad.bpstudio", "/tmp");
        QFAIL("the file was read");
    } catch (const bp::InputError& error) {
        QVERIFY2(QString::fromStdString(error.what()).contains(message), error.what());
    }
}

QTEST_MAIN(TestProjectDiagnosis)
#include "tst_projectdiagnosis.moc"
