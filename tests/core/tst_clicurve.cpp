// `backprop-cli curve`: writes curve.csv and summary.json with exactly core's numbers (the
// studio's: core/curves.h, tested in tst_curves), for a generated data set and a project;
// bad usage is exit code 2.

#include "clitestutil.h"
#include "curves.h"
#include "projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace {


using bptest::CliRun;

/// The built CLI (BPS_CLI_PATH) with `args`.
CliRun runCli(const QStringList& args)
{
    return bptest::runProgram(QStringLiteral(BPS_CLI_PATH), args);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// A small spiral project: 2-6-3 tanh/softmax, Adam, 80 iterations, 25 % validation.
bp::Project spiralProject()
{
    bp::Project project;
    project.data.kind = bp::ProjectDataSource::Kind::Generator;
    project.data.generator.name = "spiral";
    project.data.generator.n = 150;
    project.data.generator.seed = 4;
    project.architecture =
        bp::Architecture::make(2, {6}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    project.config.optimizer = bp::OptimizerKind::Adam;
    project.config.learningRate = 0.02;
    project.config.maxIterations = 80;
    project.validationFraction = 0.25;
    project.initSeed = 7;
    return project;
}

} // namespace

class TestCliCurve : public QObject
{
    Q_OBJECT

private slots:
    void learningCurveFromAProjectHasCoresNumbers();
    void lambdaCurveFromDataNamesTheBest();
    void unitsCurveResizesTheLayer();
    void badUsageIsExitTwo_data();
    void badUsageIsExitTwo();

private:
    QTemporaryDir dir_;
};

void TestCliCurve::learningCurveFromAProjectHasCoresNumbers()
{
    QVERIFY(dir_.isValid());
    const QString in = dir_.filePath(QStringLiteral("spiral.bpstudio"));
    const bp::Project project = spiralProject();
    bp::saveProject(in.toStdString(), project);
    const QString out = dir_.filePath(QStringLiteral("lc"));
    const CliRun run = runCli({QStringLiteral("curve"), QStringLiteral("--kind"),
                               QStringLiteral("learning"), QStringLiteral("--project"), in,
                               QStringLiteral("--sizes"), QStringLiteral("6"),
                               QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // What the studio computes for the same project (its split, its settings).
    const bp::PreparedProject prepared = bp::prepareProject(project, in.toStdString());
    bp::CurvePlan plan;
    plan.kind = bp::CurveKind::Learning;
    plan.architecture = project.architecture;
    plan.config = project.config;
    plan.initKind = project.initKind;
    plan.initSeed = project.initSeed;
    plan.values = bp::learningCurveSizes(prepared.split.train, 6);
    const std::vector<bp::CurvePoint> expected = bp::runCurve(plan, prepared.split, 1);

    const QString csv = readText(out + QStringLiteral("/curve.csv"));
    const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
    QCOMPARE(summary.value(QStringLiteral("kind")).toString(), QStringLiteral("learning"));
    const QJsonArray points = summary.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), qsizetype(expected.size()));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject p = points[i].toObject();
        const bp::CurvePoint& e = expected[static_cast<std::size_t>(i)];
        QCOMPARE(p.value(QStringLiteral("value")).toDouble(), e.value);
        QCOMPARE(p.value(QStringLiteral("train_cost")).toDouble(), e.trainCost); // bit for bit
        QCOMPARE(p.value(QStringLiteral("validation_cost")).toDouble(), e.validationCost);
        QCOMPARE(p.value(QStringLiteral("validation_accuracy")).toDouble(), e.validationAccuracy);
    }
    QCOMPARE(summary.value(QStringLiteral("reading")).toString(),
             QString::fromStdString(bp::readLearningCurve(expected)));
    // Every CSV row holds the same numbers (the columns without the timing).
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), qsizetype(expected.size() + 1));
    QCOMPARE(lines.front(), QString::fromStdString(bp::curveCsvHeader(plan.kind)));
    const QStringList expectedLines = QString::fromStdString(bp::curveCsv(plan.kind, expected))
                                          .trimmed()
                                          .split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines[i].section(QLatin1Char(','), 0, 9),
                 expectedLines[i].section(QLatin1Char(','), 0, 9));
}

void TestCliCurve::lambdaCurveFromDataNamesTheBest()
{
    const QString out = dir_.filePath(QStringLiteral("lambda"));
    const CliRun run = runCli(
        {QStringLiteral("curve"), QStringLiteral("--kind"), QStringLiteral("lambda"),
         QStringLiteral("--data"), QStringLiteral("builtin:moons?n=80&noise=0.3&seed=3"),
         QStringLiteral("--hidden"), QStringLiteral("16"), QStringLiteral("--optimizer"),
         QStringLiteral("lbfgs"), QStringLiteral("--iterations"), QStringLiteral("60"),
         QStringLiteral("--values"), QStringLiteral("0,0.01,0.1,1,10"), QStringLiteral("--quiet"),
         QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed().count(QLatin1Char('\n')), 0); // --quiet: the summary only
    const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
    QCOMPARE(summary.value(QStringLiteral("validation_examples")).toInt(), 16); // 0.2 default
    const QJsonArray points = summary.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 5);
    const int best = summary.value(QStringLiteral("best_index")).toInt(-1);
    QVERIFY(best >= 0 && best < 5);
    for (const QJsonValue& p : points) {
        QVERIFY(points[best].toObject().value(QStringLiteral("validation_cost")).toDouble() <=
                p.toObject().value(QStringLiteral("validation_cost")).toDouble());
    }
    QCOMPARE(summary.value(QStringLiteral("best_value")).toDouble(),
             points[best].toObject().value(QStringLiteral("value")).toDouble());
    QVERIFY(readText(out + QStringLiteral("/curve.csv")).startsWith(QStringLiteral("lambda,")));
}

void TestCliCurve::unitsCurveResizesTheLayer()
{
    const QString out = dir_.filePath(QStringLiteral("units"));
    const CliRun run = runCli(
        {QStringLiteral("curve"), QStringLiteral("--kind"), QStringLiteral("units"),
         QStringLiteral("--data"), QStringLiteral("builtin:xor?n=60&seed=2"),
         QStringLiteral("--hidden"), QStringLiteral("4,4"), QStringLiteral("--layer"),
         QStringLiteral("2"), QStringLiteral("--iterations"), QStringLiteral("30"),
         QStringLiteral("--values"), QStringLiteral("1,2,8"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // One JSON line per point, then the summary.
    QCOMPARE(run.out.count(QStringLiteral("\"event\":\"point\"")), 3);
    const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
    QCOMPARE(summary.value(QStringLiteral("hidden_layer")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("points")).toArray().size(), 3);
}

void TestCliCurve::badUsageIsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--out=") + QDir::tempPath() + QStringLiteral("/bps-curve");
    QTest::newRow("no kind") << QStringList{QStringLiteral("--data=builtin:xor"), out}
                             << QStringLiteral("--kind");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--kind=depth"),
                                                 QStringLiteral("--data=builtin:xor"), out}
                                  << QStringLiteral("learning|lambda|units");
    QTest::newRow("size too large")
        << QStringList{QStringLiteral("--kind=learning"),
                       QStringLiteral("--data=builtin:xor?n=50"), QStringLiteral("--values=5,100"),
                       out}
        << QStringLiteral("from 1 to 40");
    QTest::newRow("no hidden layer")
        << QStringList{QStringLiteral("--kind=units"), QStringLiteral("--data=builtin:xor"),
                       QStringLiteral("--hidden=none"), out}
        << QStringLiteral("no hidden layer");
    QTest::newRow("bad values") << QStringList{QStringLiteral("--kind=lambda"),
                                               QStringLiteral("--data=builtin:xor"),
                                               QStringLiteral("--values=0,abc"), out}
                                << QStringLiteral("--values");
    QTest::newRow("test without test data")
        << QStringList{QStringLiteral("--kind=lambda"), QStringLiteral("--data=builtin:xor"),
                       QStringLiteral("--test"), out}
        << QStringLiteral("--test");
}

void TestCliCurve::badUsageIsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("curve")} + args);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCurve)
#include "tst_clicurve.moc"
