// The live history and the runs that follow it: rows are appended with the index of the first
// new one; a start-over lets observers keep the ending rows before they go (the runs model
// keeps them as a finished run) and resets once; a restore replaces the rows with one reset.
// A live run with no rows starts again under the same id, colour and "Run N". A kept run's
// evaluations and seconds are made cumulative when an old history restarts them per Train.

#include "session/continuoushistory.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"

#include <QtTest/QtTest>

#include <vector>

using namespace bpui;

namespace {

std::vector<bp::IterationStats> rows(int count, long from = 0)
{
    std::vector<bp::IterationStats> out(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        out[static_cast<std::size_t>(i)].iteration = from + i;
        out[static_cast<std::size_t>(i)].trainCost = 1.0 / (1.0 + from + i);
    }
    return out;
}

} // namespace

class TestLiveHistory : public QObject
{
    Q_OBJECT

private slots:
    void appendSaysWhereTheNewRowsStart();
    void startOverShowsTheEndingRowsFirst();
    void restoreResetsOnce();
    void runsKeepTheEndingRunAndNumberOnlyRunsWithRows();
    void projectRunsRestoreTheLiveRowsOnce();
    void trainedWeightsKeepTheHistorySetWeightsStartItOver();
    void continuousHistoryCarriesTotalsOn_data();
    void continuousHistoryCarriesTotalsOn();
};

void TestLiveHistory::appendSaysWhereTheNewRowsStart()
{
    LiveHistory history;
    std::vector<std::size_t> firsts;
    connect(&history, &LiveHistory::appended, this,
            [&firsts](std::size_t first) { firsts.push_back(first); });
    history.append(rows(3));
    history.append({}); // nothing new: no signal
    history.append(rows(2, 3));
    QCOMPARE(firsts, (std::vector<std::size_t>{0, 3}));
    QCOMPARE(history.size(), std::size_t{5});
    QCOMPARE(history.rows().back().iteration, 4L);
}

void TestLiveHistory::startOverShowsTheEndingRowsFirst()
{
    LiveHistory history;
    history.append(rows(4));
    std::size_t seenBefore = 0;
    std::vector<QString> order;
    connect(&history, &LiveHistory::aboutToStartOver, this, [&] {
        seenBefore = history.size();
        order.push_back(QStringLiteral("about"));
    });
    connect(&history, &LiveHistory::reset, this, [&] { order.push_back(QStringLiteral("reset")); });
    const long resets = history.resetCount();
    history.startOver();
    QCOMPARE(seenBefore, std::size_t{4});
    QCOMPARE(order, (std::vector<QString>{QStringLiteral("about"), QStringLiteral("reset")}));
    QVERIFY(history.empty());
    QCOMPARE(history.resetCount(), resets + 1);
}

void TestLiveHistory::restoreResetsOnce()
{
    LiveHistory history;
    history.append(rows(2));
    int about = 0;
    int resets = 0;
    connect(&history, &LiveHistory::aboutToStartOver, this, [&about] { ++about; });
    connect(&history, &LiveHistory::reset, this, [&resets] { ++resets; });
    history.restore(bp::TrainingHistory(rows(7)));
    QCOMPARE(about, 0);
    QCOMPARE(resets, 1);
    QCOMPARE(history.size(), std::size_t{7});
}

void TestLiveHistory::runsKeepTheEndingRunAndNumberOnlyRunsWithRows()
{
    Session session;
    RunsModel* runs = session.runs();
    QCOMPARE(runs->count(), 1);
    const int liveId = runs->liveRun().id;
    const QString liveName = runs->liveRun().name;

    // Reset weights with nothing trained: the same live run, not "Run 2".
    session.project()->resetWeights();
    session.project()->resetWeights();
    QCOMPARE(runs->count(), 1);
    QCOMPARE(runs->liveRun().id, liveId);
    QCOMPARE(runs->liveRun().name, liveName);

    // With rows, a reset keeps the ending run and starts the next number.
    session.history()->append(rows(5));
    session.project()->resetWeights();
    QCOMPARE(runs->count(), 2);
    const RunsModel::Run* kept = runs->find(runs->idAt(0));
    QVERIFY(kept != nullptr);
    QCOMPARE(kept->id, liveId);
    QCOMPARE(kept->history.size(), std::size_t{5});
    QVERIFY(!kept->live);
    QVERIFY(runs->liveRun().id != liveId);
    QVERIFY(runs->liveRun().name != liveName);
    QVERIFY(session.history()->empty());
}

void TestLiveHistory::projectRunsRestoreTheLiveRowsOnce()
{
    Session session;
    bp::ProjectRun run;
    run.name = "from the file";
    run.architecture = session.project()->architecture();
    run.history = rows(6);
    run.finalWeights = session.project()->parameters(); // the current weights: it continues
    const long resets = session.history()->resetCount();
    session.runs()->load({run}, session.project()->parameters());
    QCOMPARE(session.history()->resetCount(), resets + 1);
    QCOMPARE(session.history()->size(), std::size_t{6});
    QCOMPARE(session.runs()->count(), 1);
    QCOMPARE(session.runs()->liveRun().name, QStringLiteral("from the file"));
}

void TestLiveHistory::trainedWeightsKeepTheHistorySetWeightsStartItOver()
{
    // The controller tells the two apart by the weights' origin, not by a flag of its own.
    Session session;
    session.history()->append(rows(3));
    const bp::Vector weights = session.project()->parameters();
    session.project()->setParameters(weights * 0.5, WeightsOrigin::Trained);
    QCOMPARE(session.history()->size(), std::size_t{3});
    QCOMPARE(session.runs()->count(), 1);
    session.project()->setParameters(weights, WeightsOrigin::Set); // e.g. Branch from here
    QVERIFY(session.history()->empty());
    QCOMPARE(session.runs()->count(), 2); // the ending run was kept
}

void TestLiveHistory::continuousHistoryCarriesTotalsOn_data()
{
    QTest::addColumn<QVector<long>>("evaluations");
    QTest::addColumn<QVector<double>>("seconds");
    QTest::addColumn<QVector<long>>("expectedEvaluations");
    QTest::addColumn<QVector<double>>("expectedSeconds");
    QTest::newRow("continuous already: unchanged")
        << QVector<long>{1, 2, 3} << QVector<double>{0, 0.25, 0.5} << QVector<long>{1, 2, 3}
        << QVector<double>{0, 0.25, 0.5};
    QTest::newRow("a second Train restarts both")
        << QVector<long>{1, 2, 3, 1, 2, 3} << QVector<double>{0, 0.25, 0.5, 0.125, 0.25, 0.375}
        << QVector<long>{1, 2, 3, 4, 5, 6} << QVector<double>{0, 0.25, 0.5, 0.625, 0.75, 0.875};
    QTest::newRow("seconds alone drop")
        << QVector<long>{1, 2, 3, 4} << QVector<double>{0, 0.5, 1, 0.25}
        << QVector<long>{1, 2, 3, 7} << QVector<double>{0, 0.5, 1, 1.25};
    QTest::newRow("empty") << QVector<long>{} << QVector<double>{} << QVector<long>{}
                           << QVector<double>{};
}

void TestLiveHistory::continuousHistoryCarriesTotalsOn()
{
    QFETCH(QVector<long>, evaluations);
    QFETCH(QVector<double>, seconds);
    QFETCH(QVector<long>, expectedEvaluations);
    QFETCH(QVector<double>, expectedSeconds);
    bp::TrainingHistory history;
    for (int i = 0; i < evaluations.size(); ++i) {
        bp::IterationStats row;
        row.iteration = i;
        row.evaluations = evaluations[i];
        row.elapsedSeconds = seconds[i];
        row.trainCost = 1.0 / (1.0 + i);
        history.push_back(row);
    }
    const bp::TrainingHistory out = continuousHistory(history);
    QCOMPARE(out.size(), history.size());
    for (int i = 0; i < evaluations.size(); ++i) {
        QCOMPARE(out[i].evaluations, expectedEvaluations[i]);
        QCOMPARE(out[i].elapsedSeconds, expectedSeconds[i]);
        QCOMPARE(out[i].trainCost, history[i].trainCost);
        QCOMPARE(out[i].iteration, static_cast<long>(i));
    }
}

QTEST_MAIN(TestLiveHistory)
#include "tst_livehistory.moc"
