// The planted-bug lesson: every planted bug makes the dialog's gradient check FAIL and the
// textbook backprop PASS, on the project's network and on the course debug network; the
// discrepancy is located where the bug acts; the quiz says right or wrong correctly.
// Set BPS_SCREENSHOT_DIR to save a planted bug's check as a PNG.

#include "views/teaching/bugquizdialog.h"
#include "views/plots/gradientcheckplot.h"
#include "session/projectmodel.h"
#include "uitestutil.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest/QtTest>

using namespace bpui;

Q_DECLARE_METATYPE(bp::PlantedBug)

namespace {

template <typename T> T* child(QWidget& parent, const QString& name)
{
    return bptest::child<T>(&parent, name);
}


void addBugRows()
{
    QTest::addColumn<bp::PlantedBug>("bug");
    QTest::newRow("none") << bp::PlantedBug::None;
    for (bp::PlantedBug bug : bp::allPlantedBugs())
        QTest::newRow(qPrintable(bugName(bug))) << bug;
}

} // namespace

class TestBugQuiz : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void projectNetworkCheck_data() { addBugRows(); }
    void projectNetworkCheck();
    void debugNetworkCheck_data() { addBugRows(); }
    void debugNetworkCheck();
    void discrepancyIsLocated_data();
    void discrepancyIsLocated();
    void lambdaIsPositive();
    void quizRevealsRightAndWrong_data();
    void quizRevealsRightAndWrong();
    void invisibleBugsAreNotQuizzed();
    void quizHidesThePreviousChoice();
    void screenshot();

private:
    void checkOne(BugQuizDialog::Source source);
    std::unique_ptr<ProjectModel> model_;
};

void TestBugQuiz::initTestCase()
{
    model_ = std::make_unique<ProjectModel>(); // the bundled 2-16-16-3 tanh/softmax example
    QVERIFY(model_->architecture().parameterCount() < kAllParametersUpTo);
}

void TestBugQuiz::checkOne(BugQuizDialog::Source source)
{
    QFETCH(bp::PlantedBug, bug);
    BugQuizDialog dialog(model_.get());
    dialog.setSource(source);
    child<QComboBox>(dialog, QStringLiteral("bugCombo"))
        ->setCurrentIndex(
            child<QComboBox>(dialog, QStringLiteral("bugCombo"))->findData(static_cast<int>(bug)));
    QCOMPARE(int(dialog.selectedBug()), int(bug));
    QSignalSpy finished(&dialog, &BugQuizDialog::checkFinished);
    child<QPushButton>(dialog, QStringLiteral("runBugCheckButton"))->click();
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog.lastCheck().has_value());
    const PlantedBugCheck& check = *dialog.lastCheck();
    const bool clean = bug == bp::PlantedBug::None;
    const QString detail = QStringLiteral("relative difference %1, threshold %2")
                               .arg(check.report.relativeDifference)
                               .arg(check.threshold);
    qInfo("%s: %s", qPrintable(bugName(bug)), qPrintable(detail));
    QVERIFY2(check.passed == clean, qPrintable(detail));
    const QString verdict = child<QLabel>(dialog, QStringLiteral("gradientCheckVerdict"))->text();
    QVERIFY2(verdict.startsWith(clean ? QStringLiteral("PASS") : QStringLiteral("FAIL")),
             qPrintable(verdict));
    const QString where = child<QLabel>(dialog, QStringLiteral("bugWhereLabel"))->text();
    QVERIFY(where.contains(clean ? QStringLiteral("PASS") : QStringLiteral("FAIL")));
    QCOMPARE(where.contains(QStringLiteral("discrepancy sits in")), !clean);
}

void TestBugQuiz::projectNetworkCheck()
{
    checkOne(BugQuizDialog::Source::Model);
}

void TestBugQuiz::debugNetworkCheck()
{
    checkOne(BugQuizDialog::Source::CourseDebug);
}

void TestBugQuiz::discrepancyIsLocated_data()
{
    // On the 3-5-3 debug network (Θ(1) into the hidden layer, Θ(2) into the output).
    QTest::addColumn<bp::PlantedBug>("bug");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("regularised bias: bias columns only")
        << bp::PlantedBug::RegularizeBias
        << QStringList{QStringLiteral("Θ(1): bias column"), QStringLiteral("Θ(2): bias column")}
        << QStringList{QStringLiteral("weights")};
    QTest::newRow("no g′: only the hidden δ, so only Θ(1)")
        << bp::PlantedBug::NoActivationDerivative << QStringList{QStringLiteral("Θ(1)")}
        << QStringList{QStringLiteral("Θ(2)")};
    QTest::newRow("δ through bias: only Θ(1)")
        << bp::PlantedBug::DeltaThroughBias << QStringList{QStringLiteral("Θ(1)")}
        << QStringList{QStringLiteral("Θ(2)")};
    QTest::newRow("wrong sign: everywhere")
        << bp::PlantedBug::WrongOutputSign
        << QStringList{QStringLiteral("Θ(1): bias column"), QStringLiteral("Θ(2): bias column"),
                       QStringLiteral("weights")}
        << QStringList{};
}

void TestBugQuiz::discrepancyIsLocated()
{
    QFETCH(bp::PlantedBug, bug);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    BugQuizDialog dialog(model_.get());
    dialog.setSource(BugQuizDialog::Source::CourseDebug);
    dialog.setSelectedBug(bug);
    dialog.runCheck();
    const QString where = dialog.lastCheck()->where;
    for (const QString& s : present)
        QVERIFY2(where.contains(s), qPrintable(where));
    for (const QString& s : absent)
        QVERIFY2(!where.contains(s), qPrintable(where));
}

void TestBugQuiz::lambdaIsPositive()
{
    // The project's λ is 0: the lesson uses 1 so that a regularised bias column shows.
    QCOMPARE(model_->config().lambda, 0.0);
    BugQuizDialog dialog(model_.get());
    QCOMPARE(dialog.lambda(), 1.0);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("sourceInfoLabel"))
                ->text()
                .contains(QStringLiteral("λ = 1")));
}

void TestBugQuiz::quizRevealsRightAndWrong_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("answerRight");
    QTest::addColumn<int>("source");
    for (int seed : {1, 2, 3, 7, 11}) {
        QTest::addRow("seed %d, right, project", seed)
            << seed << true << int(BugQuizDialog::Source::Model);
        QTest::addRow("seed %d, wrong, debug", seed)
            << seed << false << int(BugQuizDialog::Source::CourseDebug);
    }
}

void TestBugQuiz::quizRevealsRightAndWrong()
{
    QFETCH(int, seed);
    QFETCH(bool, answerRight);
    QFETCH(int, source);
    BugQuizDialog dialog(model_.get());
    dialog.setSource(BugQuizDialog::Source(source));
    dialog.setQuizSeed(static_cast<std::uint64_t>(seed));
    const bp::PlantedBug hidden =
        quizBug(static_cast<std::uint64_t>(seed), bugsVisibleOn(dialog.problem().arch));
    QVERIFY(hidden != bp::PlantedBug::None);

    child<QPushButton>(dialog, QStringLiteral("quizButton"))->click();
    QVERIFY(dialog.quizActive());
    QCOMPARE(dialog.quizSeed(), std::uint64_t(seed + 1)); // the next quiz draws afresh
    QVERIFY(child<QLabel>(dialog, QStringLiteral("quizQuestionLabel"))
                ->text()
                .contains(QStringLiteral("seed %1").arg(seed)));
    // The check ran on the hidden bug: it fails, and its name is not given away.
    QVERIFY(!dialog.lastCheck()->passed);
    QCOMPARE(int(dialog.lastCheck()->bug), int(hidden));
    const QString where = child<QLabel>(dialog, QStringLiteral("bugWhereLabel"))->text();
    QVERIFY(!where.contains(bugTitle(hidden).toHtmlEscaped()));

    auto* group = child<QGroupBox>(dialog, QStringLiteral("quizAnswerGroup"));
    QVERIFY(group->isEnabled());
    bp::PlantedBug answer = hidden;
    if (!answerRight)
        for (bp::PlantedBug bug : bp::allPlantedBugs())
            if (bug != hidden)
                answer = bug;
    auto* radio = group->findChild<QRadioButton*>(QStringLiteral("quizAnswer_") + bugName(answer));
    QVERIFY(radio != nullptr);
    radio->click();
    child<QPushButton>(dialog, QStringLiteral("revealButton"))->click();
    const QString result = child<QLabel>(dialog, QStringLiteral("quizResultLabel"))->text();
    QVERIFY2(result.startsWith(answerRight ? QStringLiteral("Right") : QStringLiteral("Wrong")),
             qPrintable(result));
    QVERIFY(result.contains(bugTitle(hidden)));
    QVERIFY(!dialog.quizActive());
    QCOMPARE(int(dialog.selectedBug()), int(hidden)); // revealed in the combo too
}

void TestBugQuiz::quizHidesThePreviousChoice()
{
    BugQuizDialog dialog(model_.get());
    auto* combo = child<QComboBox>(dialog, QStringLiteral("bugCombo"));
    QVERIFY(combo);
    const bp::PlantedBug chosen = bp::allPlantedBugs().back();
    dialog.setSelectedBug(chosen);
    const QString chosenText = combo->currentText();
    QVERIFY(!chosenText.isEmpty());

    child<QPushButton>(dialog, QStringLiteral("quizButton"))->click();
    QVERIFY(dialog.quizActive());
    QVERIFY(!combo->isEnabled());
    // Before: the greyed combo still read the previous choice, as if it were the quiz's bug.
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(combo->currentText(), QString());
    QVERIFY(!combo->placeholderText().isEmpty());
    bptest::saveShot(&dialog, QStringLiteral("bug-quiz-active.png"));

    // Checking a bug again abandons the quiz and brings the user's own choice back.
    child<QPushButton>(dialog, QStringLiteral("runBugCheckButton"))->click();
    QVERIFY(!dialog.quizActive());
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->currentText(), chosenText);
    QCOMPARE(int(dialog.selectedBug()), int(chosen));
}

void TestBugQuiz::invisibleBugsAreNotQuizzed()
{
    bp::Architecture noHidden =
        bp::Architecture::make(2, {}, bp::Activation::Tanh, 3, bp::Activation::Softmax);
    const std::vector<bp::PlantedBug> visible = bugsVisibleOn(noHidden);
    QCOMPARE(int(visible.size()), int(bp::allPlantedBugs().size()) - 2);
    for (int seed = 1; seed < 50; ++seed) {
        const bp::PlantedBug bug = quizBug(static_cast<std::uint64_t>(seed), visible);
        QVERIFY(bug != bp::PlantedBug::NoActivationDerivative);
        QVERIFY(bug != bp::PlantedBug::DeltaThroughBias);
    }
    bp::Architecture linear =
        bp::Architecture::make(2, {4}, bp::Activation::Linear, 3, bp::Activation::Softmax);
    QVERIFY(!whyBugIsInvisible(linear, bp::PlantedBug::NoActivationDerivative).isEmpty());
    QVERIFY(whyBugIsInvisible(linear, bp::PlantedBug::DeltaThroughBias).isEmpty());
}

void TestBugQuiz::screenshot()
{
    if (qEnvironmentVariableIsEmpty("BPS_SCREENSHOT_DIR"))
        QSKIP("set BPS_SCREENSHOT_DIR to save screenshots");
    BugQuizDialog dialog(model_.get());
    dialog.setSource(BugQuizDialog::Source::CourseDebug);
    dialog.setSelectedBug(bp::PlantedBug::RegularizeBias);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.runCheck();
    bptest::saveShot(&dialog, QStringLiteral("planted-bug-check.png"));
    dialog.setSource(BugQuizDialog::Source::Model);
    dialog.setQuizSeed(4);
    dialog.startQuiz();
    bptest::saveShot(&dialog, QStringLiteral("planted-bug-quiz.png"));
}

QTEST_MAIN(TestBugQuiz)
#include "tst_bugquiz.moc"
