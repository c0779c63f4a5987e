// The lessons gallery, the Lesson dock, the welcome screen and presentation mode's line
// widths, driven through the real studio window offscreen. Every bundled lesson is opened
// from the gallery and trained until its cost falls below where it started.
// Waits are on QTRY_* conditions, never sleeps. Set BPS_SCREENSHOT_DIR to save the gallery
// and the welcome screen as PNGs.

#include "projectfile.h"
#include "session/gradientcheckrunner.h"
#include "session/lessoncatalog.h"
#include "session/livehistory.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "uitestutil.h"
#include "views/lessons/lessongallery.h"
#include "views/lessons/lessonpanel.h"
#include "views/lessons/lessontools.h"
#include "views/lessons/welcomescreen.h"
#include "views/network/networkeditor.h"
#include "views/network/networkitems.h"
#include "views/network/networkscene.h"
#include "views/plots/costplot.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"
#include "views/training/divergenceguard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest/QtTest>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace bpui;

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void galleryListsTheLessons();
    void everyLessonOpensAndTrains_data();
    void everyLessonOpensAndTrains();
    void lessonTextMatchesItsProject_data();
    void lessonTextMatchesItsProject();
    void lessonOneAddsTheUnitsItsTextNames();
    void lessonThreeBehavesAsItsTextSays();
    void saveNeverOverwritesTheBundledLesson();
    void cancelledPromptKeepsTheProject();
    void openingALessonDoesEachThingOnce();
    void lessonLinkTriggersTheStudioAction();
    void welcomeScreenOpensALesson();
    void welcomeScreenRemembersShowAtStartup();
    void presentationModeScalesFontsLinesAndDocks();
    void screenshots();

private:
    template <typename T> T* child(const char* name) const
    {
        return bptest::child<T>(window_.get(), QString::fromLatin1(name));
    }
    LessonTools* tools() const { return window_->findChild<LessonTools*>(); }
    ProjectFiles* files() const { return window_->findChild<ProjectFiles*>(); }
    CostPlot* costPlot() const { return child<CostPlot>("costPlot"); }
    /// Presses Train and waits until a recorded training cost is below the first one.
    bool trainUntilCostFalls();
    /// The bundled lesson whose folder name starts with `prefix` ("03-"), opened.
    Lesson openLesson(const QString& prefix);
    /// Presses Train and waits until the run has ended or paused.
    bool trainUntilIdle(int ms = 60000);

    std::unique_ptr<MainWindow> window_;
};

void TestLessons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recent files and settings stay out of ~/.config
    registerMetaTypes();
    qInfo("lessons from %s", qPrintable(LessonCatalog::bundledDirectory()));
}

void TestLessons::init()
{
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestLessons::cleanup()
{
    if (window_)
        child<QAction>("actionStop")->trigger();
    window_.reset();
}

bool TestLessons::trainUntilCostFalls()
{
    child<QAction>("actionTrainPause")->trigger();
    const auto& history = costPlot()->history();
    // Generous: the Fashion-MNIST lesson trains a 19,885-parameter network on 800 images.
    return QTest::qWaitFor(
        [&history] {
            return history.size() >= 2 && history.back().trainCost < history.front().trainCost;
        },
        120000);
}

Lesson TestLessons::openLesson(const QString& prefix)
{
    const QList<Lesson>& lessons = tools()->lessons();
    const auto it = std::find_if(lessons.begin(), lessons.end(),
                                 [&prefix](const Lesson& l) { return l.id.startsWith(prefix); });
    if (it == lessons.end() || !bptest::openLessonAndWait(tools(), files(), *it))
        return {};
    return *it;
}

bool TestLessons::trainUntilIdle(int ms)
{
    child<QAction>("actionTrainPause")->trigger();
    TrainingController* controller = window_->controller();
    return QTest::qWaitFor([controller] { return controller->state() != TrainingState::Running; },
                           ms);
}

namespace {

QString sizesOf(const bp::Architecture& arch)
{
    QStringList sizes;
    for (const int size : arch.layerSizes)
        sizes << QString::number(size);
    return sizes.join(QLatin1Char('-'));
}

QString activationName(bp::Activation activation)
{
    return QString::fromUtf8(bp::toString(activation).data());
}

} // namespace

void TestLessons::lessonTextMatchesItsProject_data()
{
    // What each lesson.md states about its project, and the phrase that states it. A text
    // edit that drops the phrase, or a project edit that breaks the fact, fails here.
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QString>("sizes");
    QTest::addColumn<QString>("hidden"); // every hidden layer's activation ("" = not stated)
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("optimizer"); // -1: not stated
    QTest::addColumn<double>("alpha");  // NaN: not stated
    QTest::addColumn<double>("lambda"); // NaN: not stated
    const double none = std::nan("");
    const int any = -1;
    using O = bp::OptimizerKind;
    QTest::newRow("01 XOR") << "01-" << QStringList{"two softmax outputs", "no hidden layer"}
                            << "2-2"
                            << ""
                            << "softmax" << any << none << none;
    QTest::newRow("02 symmetry") << "02-"
                                 << QStringList{"Eight hidden units", "every Θ starts at 0.1",
                                                "the 8-unit layer"}
                                 << "2-8-2"
                                 << ""
                                 << "" << any << none << none;
    QTest::newRow("03 divergence")
        << "03-" << QStringList{"1-8-1 network",      "tanh hidden units",    "linear output",
                                "squared-error cost", "**gradient descent**", "**α = 3**"}
        << "1-8-1"
        << "tanh"
        << "linear" << int(O::GradientDescent) << 3.0 << none;
    QTest::newRow("04 regularisation")
        << "04-" << QStringList{"2-64-64-2 network", "L-BFGS", "**λ = 0**"} << "2-64-64-2"
        << ""
        << "" << int(O::LBFGS) << none << 0.0;
    QTest::newRow("05 gradient checking")
        << "05-" << QStringList{"2-5-3 sigmoid network", "λ = 1"} << "2-5-3"
        << "sigmoid"
        << "sigmoid" << any << none << 1.0;
    QTest::newRow("06 hidden units") << "06-"
                                     << QStringList{"784-25-10 network", "sigmoid hidden units",
                                                    "softmax output", "λ = 1", "L-BFGS"}
                                     << "784-25-10"
                                     << "sigmoid"
                                     << "softmax" << int(O::LBFGS) << none << 1.0;
    QTest::newRow("07 optimisers")
        << "07-" << QStringList{"2-8-8-2 network", "| Gradient descent | 0.5 |"} << "2-8-8-2"
        << ""
        << "" << int(O::GradientDescent) << 0.5 << none;
    // Circles with no hidden layer: raw x₁, x₂ in the file (identity features), the lesson
    // has the learner tick x₁² and x₂².
    QTest::newRow("10 features") << "10-"
                                 << QStringList{"two softmax outputs", "**x₁²**", "**x₂²**",
                                                "ln 2"}
                                 << "2-2"
                                 << ""
                                 << "softmax" << any << none << none;
    // Painting on circles: the palette adds training points while a 2-4-2 network trains.
    QTest::newRow("12 paint") << "12-"
                              << QStringList{"2-4-2 network", "tanh hidden units",
                                             "softmax output", "**Shift+click**"}
                              << "2-4-2"
                              << "tanh"
                              << "softmax" << any << none << none;
}

void TestLessons::lessonTextMatchesItsProject()
{
    QFETCH(QString, lesson);
    QFETCH(QStringList, phrases);
    QFETCH(QString, sizes);
    QFETCH(QString, hidden);
    QFETCH(QString, output);
    QFETCH(int, optimizer);
    QFETCH(double, alpha);
    QFETCH(double, lambda);
    const QList<Lesson> lessons = LessonCatalog::bundled();
    const auto it = std::find_if(lessons.begin(), lessons.end(),
                                 [&lesson](const Lesson& l) { return l.id.startsWith(lesson); });
    QVERIFY(it != lessons.end());
    for (const QString& phrase : phrases)
        QVERIFY2(it->markdown.contains(phrase), qPrintable(it->id + QStringLiteral(": ") + phrase));
    const bp::Project project = bp::loadProject(it->projectPath.toStdString());
    const bp::Architecture& arch = project.architecture;
    QCOMPARE(sizesOf(arch), sizes);
    const std::size_t layers = arch.activations.size();
    if (!hidden.isEmpty())
        for (std::size_t l = 0; l + 1 < layers; ++l)
            QCOMPARE(activationName(arch.activations[l]), hidden);
    if (!output.isEmpty())
        QCOMPARE(activationName(arch.activations.back()), output);
    if (optimizer >= 0)
        QCOMPARE(int(project.config.optimizer), optimizer);
    if (!std::isnan(alpha))
        QCOMPARE(project.config.learningRate, alpha);
    if (!std::isnan(lambda))
        QCOMPARE(project.config.lambda, lambda);

    // Facts beyond the network.
    if (lesson == QStringLiteral("02-")) {
        QVERIFY(project.initKind == bp::InitKind::Constant); // "*Weights* says **constant**"
        QVERIFY(it->markdown.contains(QStringLiteral("**constant**")));
    } else if (lesson == QStringLiteral("04-")) {
        // "60 noisy *moons* points, half of them held out for validation"
        QVERIFY(it->markdown.contains(QStringLiteral("60 noisy *moons* points, half of them")));
        QCOMPARE(QString::fromStdString(project.data.generator.name), QStringLiteral("moons"));
        QCOMPARE(static_cast<long>(project.data.generator.n), 60L);
        QCOMPARE(project.validationFraction, 0.5);
    } else if (lesson == QStringLiteral("06-")) {
        QVERIFY(it->markdown.contains(QStringLiteral("1,000 Fashion-MNIST images")));
    } else if (lesson == QStringLiteral("07-")) {
        QVERIFY(it->markdown.contains(QStringLiteral("initial weights from seed 11")));
        QCOMPARE(static_cast<qulonglong>(project.initSeed), 11ULL);
        QVERIFY(it->markdown.contains(QStringLiteral("*Target cost* of **0.1**")));
        QCOMPARE(project.config.targetCost, 0.1);
    }
}

void TestLessons::lessonOneAddsTheUnitsItsTextNames()
{
    // "Press **Add hidden layer** above the diagram (8 … units)": the button adds exactly
    // what the text names, and then the network learns XOR.
    const Lesson lesson = openLesson(QStringLiteral("01-"));
    QVERIFY(!lesson.id.isEmpty());
    static const QRegularExpression stated(
        QStringLiteral("\\*\\*Add hidden layer\\*\\* above the diagram \\((\\d+) (\\w+) units\\)"));
    const QRegularExpressionMatch match = stated.match(lesson.markdown);
    QVERIFY2(match.hasMatch(), "lesson 1 no longer names the units Add hidden layer adds");
    QVERIFY(window_->model()->hiddenSizes().empty()); // "no hidden layer"

    // Step 1: without a hidden layer the cost stalls near ln 2 and the accuracy near 50 %.
    QVERIFY(trainUntilIdle());
    QCOMPARE(window_->controller()->state(), TrainingState::Finished);
    const auto& rows = costPlot()->history();
    QVERIFY2(std::abs(rows.back().trainCost - std::log(2.0)) < 0.05,
             qPrintable(QString::number(rows.back().trainCost)));
    QVERIFY2(std::abs(rows.back().trainAccuracy - 0.5) < 0.1,
             qPrintable(QString::number(rows.back().trainAccuracy)));

    // Step 2: Add hidden layer adds the units the text names.
    QTest::mouseClick(child<QPushButton>("addLayerButton"), Qt::LeftButton);
    const bp::Architecture& arch = window_->model()->architecture();
    QCOMPARE(arch.layerSizes.size(), std::size_t(3));
    QCOMPARE(QString::number(arch.layerSizes[1]), match.captured(1));
    QCOMPARE(activationName(arch.activations[0]), match.captured(2));
    // "The cost falls towards 0."
    QVERIFY(trainUntilIdle());
    QVERIFY2(costPlot()->history().back().trainCost < 0.05,
             qPrintable(QString::number(costPlot()->history().back().trainCost)));
}

void TestLessons::lessonThreeBehavesAsItsTextSays()
{
    const Lesson lesson = openLesson(QStringLiteral("03-"));
    QVERIFY(!lesson.id.isEmpty());
    auto* guard = child<DivergenceGuard>("divergenceGuard");
    TrainingController* controller = window_->controller();
    const auto& rows = costPlot()->history();

    // 1. "The very first step overshoots … the guard pauses training at once, at iteration 1
    //    … (the cost and the weights are still finite)."
    QVERIFY(lesson.markdown.contains(QStringLiteral("pauses training at once, at iteration 1")));
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Paused);
    QVERIFY(guard->isVisible() && guard->isTripped());
    QCOMPARE(rows.back().iteration, 1L);
    QVERIFY2(rows.front().trainCost > 0.1 && rows.front().trainCost < 0.2, // "about 0.15"
             qPrintable(QString::number(rows.front().trainCost)));
    QVERIFY(rows.back().trainCost > 10.0 * rows.front().trainCost);
    QVERIFY(std::isfinite(rows.back().trainCost));
    QVERIFY(window_->model()->parameters().allFinite());
    // "Press Dismiss and Train … becomes infinite after a little over a hundred iterations,
    // and training stops by itself, keeping the weights of the last finite iteration."
    QTest::mouseClick(child<QPushButton>("divergenceDismiss"), Qt::LeftButton);
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Diverged);
    QVERIFY2(rows.back().iteration > 100 && rows.back().iteration < 200,
             qPrintable(QString::number(rows.back().iteration)));
    QVERIFY(window_->model()->parameters().allFinite());
    const long atThree = rows.back().iteration;
    // "Turn on log scale … costs beyond the scale are drawn at its top and marked ∞."
    child<QCheckBox>("costLogScaleCheck")->setChecked(true);
    QTRY_VERIFY(costPlot()->offScaleGraph()->dataCount() > 0);

    // 2. "Set α to 1.5 … Reset weights … Train: the guard pauses again; let it run on and it
    //    still diverges, later."
    child<QDoubleSpinBox>("learningRateSpin")->setValue(1.5);
    child<QAction>("actionResetWeights")->trigger();
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Paused);
    QVERIFY(guard->isVisible());
    QTest::mouseClick(child<QPushButton>("divergenceDismiss"), Qt::LeftButton);
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Diverged);
    QVERIFY2(rows.back().iteration > atThree, qPrintable(QString::number(rows.back().iteration)));

    // 3. "Try 0.3: the cost falls at every step and the guard stays quiet."
    child<QDoubleSpinBox>("learningRateSpin")->setValue(0.3);
    child<QAction>("actionResetWeights")->trigger();
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Finished);
    QVERIFY(!guard->isVisible());
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY2(rows[i].trainCost <= rows[i - 1].trainCost,
                 qPrintable(QStringLiteral("rose at iteration %1").arg(rows[i].iteration)));
    // "at 1.0 the cost zig-zags and jumps more than tenfold in the first few iterations
    // (the guard pauses: Dismiss and Train), then settles."
    child<QDoubleSpinBox>("learningRateSpin")->setValue(1.0);
    child<QAction>("actionResetWeights")->trigger();
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Paused);
    QVERIFY2(rows.back().iteration <= 5, qPrintable(QString::number(rows.back().iteration)));
    QTest::mouseClick(child<QPushButton>("divergenceDismiss"), Qt::LeftButton);
    QVERIFY(trainUntilIdle());
    QCOMPARE(controller->state(), TrainingState::Finished);
    QVERIFY(rows.back().trainCost < 0.25 * rows.front().trainCost); // settled
}

void TestLessons::galleryListsTheLessons()
{
    child<QAction>("actionLessons")->trigger();
    auto* gallery = window_->findChild<LessonGallery*>(QStringLiteral("lessonGallery"));
    QVERIFY(gallery);
    QVERIFY(gallery->isVisible());
    auto* list = gallery->findChild<QListWidget*>(QStringLiteral("lessonList"));
    QVERIFY2(list->count() >= 7, qPrintable(QString::number(list->count())));
    QVERIFY(gallery->findChild<QLabel*>(QStringLiteral("lessonGalleryEmpty")) == nullptr);
    for (int i = 0; i < list->count(); ++i) {
        const Lesson& lesson = gallery->lessons()[i];
        QVERIFY2(!lesson.summary.isEmpty(), qPrintable(lesson.id));
        QVERIFY(list->item(i)->text().startsWith(lesson.title));
        QVERIFY(!list->item(i)->icon().isNull());
    }
    // Choosing a lesson shows its text beside the list.
    auto* preview = gallery->findChild<QTextBrowser*>(QStringLiteral("lessonPreview"));
    list->setCurrentRow(2);
    QVERIFY(preview->toPlainText().contains(gallery->lessons()[2].title));
    // Ctrl+L raises the same gallery rather than a second one.
    child<QAction>("actionLessons")->trigger();
    QCOMPARE(window_->findChildren<LessonGallery*>().size(), 1);
}

void TestLessons::everyLessonOpensAndTrains_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("projectPath");
    const QList<Lesson> lessons = LessonCatalog::bundled();
    QVERIFY2(lessons.size() >= 7, "fewer than seven bundled lessons");
    for (int i = 0; i < lessons.size(); ++i)
        QTest::newRow(qPrintable(lessons[i].id)) << i << lessons[i].projectPath;
}

void TestLessons::everyLessonOpensAndTrains()
{
    QFETCH(int, index);
    QFETCH(QString, projectPath);
    const bp::Project project = bp::loadProject(projectPath.toStdString());
    const QByteArray bundledBytes = [&projectPath] {
        QFile file(projectPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    child<QAction>("actionLessons")->trigger();
    auto* gallery = window_->findChild<LessonGallery*>(QStringLiteral("lessonGallery"));
    QVERIFY(gallery);
    gallery->setCurrentIndex(index);
    const Lesson lesson = gallery->lessons()[index];
    QSignalSpy opened(files(), &ProjectFiles::opened);
    QTest::mouseClick(gallery->findChild<QPushButton*>(QStringLiteral("openLessonButton")),
                      Qt::LeftButton);
    QVERIFY(opened.wait(60000)); // the project loads in the background
    QCoreApplication::processEvents();

    // The project is the lesson's, opened as Untitled, and its text is in the Lesson dock.
    QCOMPARE(window_->model()->architecture().layerSizes, project.architecture.layerSizes);
    QVERIFY(window_->model()->config().optimizer == project.config.optimizer);
    QVERIFY(files()->currentPath().isEmpty());
    QVERIFY(!files()->isModified());
    QVERIFY(!files()->recentFiles().contains(projectPath));
    auto* dock = child<QDockWidget>("lessonDock");
    QVERIFY(dock->isVisible());
    auto* panel = child<LessonPanel>("lessonPanel");
    QCOMPARE(panel->lesson().id, lesson.id);
    QVERIFY(panel->plainText().contains(lesson.title));
    QVERIFY(panel->plainText().contains(QStringLiteral("Try")));
    QTRY_VERIFY(window_->findChild<LessonGallery*>() == nullptr); // closed and deleted

    const auto& history = costPlot()->history();
    if (project.config.optimizer == bp::OptimizerKind::GradientDescent &&
        project.data.generator.name == "regression1d") {
        // The divergence lesson: the cost blows up, the guard pauses and explains; dismissed,
        // training runs on until the cost overflows and stops by itself…
        auto* guard = child<DivergenceGuard>("divergenceGuard");
        QSignalSpy tripped(guard, &DivergenceGuard::trippedAt);
        child<QAction>("actionTrainPause")->trigger();
        QVERIFY(tripped.count() > 0 || tripped.wait(60000));
        if (window_->controller()->state() == TrainingState::Paused) {
            QVERIFY(guard->isVisible());
            QTest::mouseClick(child<QPushButton>("divergenceDismiss"), Qt::LeftButton);
            child<QAction>("actionTrainPause")->trigger();
        }
        QTRY_VERIFY_WITH_TIMEOUT(history.size() > 10 && !window_->controller()->isActive(), 60000);
        QCOMPARE(window_->controller()->state(), TrainingState::Diverged);
        double worst = 0.0;
        for (const bp::IterationStats& row : history)
            worst = std::isfinite(row.trainCost) ? std::max(worst, row.trainCost) : INFINITY;
        QVERIFY2(worst > 1e6 * history.front().trainCost, qPrintable(QString::number(worst)));
        // …and the rate the text suggests converges from the same start.
        child<QDoubleSpinBox>("learningRateSpin")->setValue(0.3);
        child<QAction>("actionResetWeights")->trigger();
    }
    QVERIFY2(trainUntilCostFalls(), qPrintable(lesson.id));
    child<QAction>("actionStop")->trigger();

    // Training a lesson never writes to the bundled file.
    QFile file(projectPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bundledBytes);
}

void TestLessons::saveNeverOverwritesTheBundledLesson()
{
    const Lesson lesson = tools()->lessons().value(3);
    QVERIFY(!lesson.id.isEmpty());
    QFile bundled(lesson.projectPath);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const QByteArray before = bundled.readAll();
    bundled.close();

    QVERIFY(bptest::openLessonAndWait(tools(), files(), lesson));
    child<QDoubleSpinBox>("lambdaSpin")->setValue(1.0);
    QVERIFY(files()->isModified());
    QTemporaryDir dir;
    int asked = 0;
    const QString target = dir.filePath(QStringLiteral("mine.bpstudio"));
    files()->setFileChooser([&asked, &target](bool save, const QString&) {
        ++asked;
        return save ? target : QString();
    });
    child<QAction>("actionSaveProject")->trigger(); // Ctrl+S on an Untitled lesson: Save As
    QCOMPARE(asked, 1);
    QCOMPARE(files()->currentPath(), QFileInfo(target).absoluteFilePath());
    QVERIFY(bp::loadProject(target.toStdString()).config.lambda == 1.0);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QCOMPARE(bundled.readAll(), before);
}

void TestLessons::cancelledPromptKeepsTheProject()
{
    child<QDoubleSpinBox>("lambdaSpin")->setValue(0.5); // an unsaved edit
    QVERIFY(files()->isModified());
    QString askedAbout;
    files()->setSavePrompt([&askedAbout](const QString& name) {
        askedAbout = name;
        return QMessageBox::Cancel;
    });
    const std::vector<int> sizes = window_->model()->architecture().layerSizes;
    QVERIFY(!tools()->openLesson(tools()->lessons().value(0)));
    QCOMPARE(askedAbout, QStringLiteral("Untitled"));
    QCOMPARE(window_->model()->architecture().layerSizes, sizes);
    QCOMPARE(window_->model()->config().lambda, 0.5);
    QVERIFY(!child<LessonPanel>("lessonPanel")->hasLesson());
}

void TestLessons::openingALessonDoesEachThingOnce()
{
    // One change, one signal: the project is parsed, loaded, split and given its weights on
    // the loader's thread and installed in one replace. (Lesson 1 stores no weights.)
    ProjectModel* model = window_->model();
    LiveHistory* history = window_->session()->history();
    int replaced = 0;
    unsigned changes = 0;
    connect(model, &ProjectModel::replaced, this, [&](unsigned what, ReplaceCause cause) {
        ++replaced;
        changes = what;
        QCOMPARE(cause, ReplaceCause::Opened);
    });
    int granular = 0;
    for (auto signal : {&ProjectModel::datasetChanged, &ProjectModel::architectureChanged,
                        &ProjectModel::configChanged})
        connect(model, signal, this, [&granular] { ++granular; });
    connect(model, &ProjectModel::parametersChanged, this, [&granular] { ++granular; });
    const ProjectWorkCounts before = projectWorkCounts();
    const long resetsBefore = history->resetCount();

    QVERIFY(bptest::openLessonAndWait(tools(), files(), tools()->lessons().value(0)));

    const ProjectWorkCounts after = projectWorkCounts();
    QCOMPARE(after.splits - before.splits, 1L);
    QCOMPARE(after.weightDraws - before.weightDraws, 1L);
    QCOMPARE(history->resetCount() - resetsBefore, 1L);
    QCOMPARE(replaced, 1);
    QCOMPARE(granular, 0);
    QVERIFY(changes & DataChanged);
    QVERIFY(changes & ParametersChanged);
    disconnect(model, nullptr, this, nullptr);
}

void TestLessons::lessonLinkTriggersTheStudioAction()
{
    const QList<Lesson>& lessons = tools()->lessons();
    const auto symmetry = std::find_if(lessons.begin(), lessons.end(), [](const Lesson& l) {
        return l.markdown.contains(QStringLiteral("action:actionSymmetryDemo"));
    });
    QVERIFY(symmetry != lessons.end());
    QVERIFY(bptest::openLessonAndWait(tools(), files(), *symmetry));
    auto* text = child<QTextBrowser>("lessonText");
    emit text->anchorClicked(QUrl(QStringLiteral("action:actionSymmetryDemo")));
    QTRY_VERIFY(window_->findChild<QDialog*>(QStringLiteral("symmetryDialog")) != nullptr);
    // A link to something this studio lacks says so instead of failing silently.
    emit text->anchorClicked(QUrl(QStringLiteral("action:actionNoSuchThing")));
    QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("actionNoSuchThing")));
}

void TestLessons::welcomeScreenOpensALesson()
{
    WelcomeScreen* welcome = tools()->showWelcome();
    QVERIFY(welcome->isVisible());
    auto* list = welcome->findChild<QListWidget*>(QStringLiteral("welcomeLessonList"));
    QVERIFY(list->count() >= 7);
    list->setCurrentRow(1);
    const Lesson lesson = tools()->lessons()[1];
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("welcomeOpenLessonButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(window_->findChild<WelcomeScreen*>() == nullptr);
    // The project loads in the background; the lesson's text follows it.
    QTRY_COMPARE_WITH_TIMEOUT(child<LessonPanel>("lessonPanel")->lesson().id, lesson.id, 60000);
    QVERIFY(child<QDockWidget>("lessonDock")->isVisible());
    const bp::Project project = bp::loadProject(lesson.projectPath.toStdString());
    QCOMPARE(window_->model()->architecture().layerSizes, project.architecture.layerSizes);
    QVERIFY(window_->model()->initKind() == project.initKind);
}

void TestLessons::welcomeScreenRemembersShowAtStartup()
{
    WelcomeScreen::setShowAtStartup(true);
    // Offscreen nobody could see it: start-up leaves it out.
    tools()->showWelcomeAtStartup();
    QVERIFY(window_->findChild<WelcomeScreen*>() == nullptr);

    WelcomeScreen* welcome = tools()->showWelcome();
    auto* check = welcome->findChild<QCheckBox*>(QStringLiteral("welcomeShowAtStartup"));
    QVERIFY(check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!WelcomeScreen::showAtStartup());
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("welcomeCloseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(window_->findChild<WelcomeScreen*>() == nullptr);
    welcome = tools()->showWelcome();
    QVERIFY(!welcome->findChild<QCheckBox*>(QStringLiteral("welcomeShowAtStartup"))->isChecked());
    WelcomeScreen::setShowAtStartup(true);
}

namespace {

struct Widths
{
    double font = 0;
    double cost = 0;       // training-cost curve
    double checkDot = 0;   // gradient-check scatter dot outline
    double diagonal = 0;   // the y = x line
    double threshold = 0;  // the threshold line on the relative plot
    double prediction = 0; // a training point's outline on the decision surface
    double link = 0;       // the diagram's first weight line
    double unit = 0;       // a unit's outline
};

template <typename Item> Item* firstItem(NetworkScene* scene)
{
    for (QGraphicsItem* item : scene->items())
        if (auto* found = dynamic_cast<Item*>(item))
            return found;
    return nullptr;
}

} // namespace

void TestLessons::presentationModeScalesFontsLinesAndDocks()
{
    GradientCheckRunner* runner = window_->gradientCheckRunner();
    runner->run();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("gradientCheckVerdict")->text().startsWith(QStringLiteral("PASS")), 60000);
    auto* scatter = child<QCustomPlot>("gradientCheckScatter");
    auto* relative = child<QCustomPlot>("gradientCheckRelative");
    auto* prediction = child<QCustomPlot>("predictionPlotArea");
    NetworkScene* scene = child<NetworkEditor>("networkEditor")->scene();
    QTRY_VERIFY(prediction->graphCount() > 0);

    auto measure = [&] {
        Widths w;
        w.font = QApplication::font().pointSizeF();
        w.cost = costPlot()->plot()->graph(0)->pen().widthF();
        w.checkDot = scatter->graph(0)->scatterStyle().pen().widthF();
        w.diagonal = qobject_cast<QCPItemStraightLine*>(scatter->item(0))->pen().widthF();
        w.threshold = qobject_cast<QCPItemStraightLine*>(relative->item(0))->pen().widthF();
        w.prediction = prediction->graph(0)->scatterStyle().pen().widthF();
        w.link = firstItem<LinkItem>(scene)->pen().widthF();
        w.unit = firstItem<UnitItem>(scene)->pen().widthF();
        return w;
    };
    auto scaled = [](double after, double before) {
        return before > 0 && std::abs(after / before - 1.6) < 1e-9;
    };
    const Widths before = measure();
    for (const char* dock : {"dataDock", "weightsDock"})
        child<QDockWidget>(dock)->show();
    QVERIFY(child<QDockWidget>("costDock")->isVisible());

    QAction* presentation = child<QAction>("actionPresentation");
    presentation->trigger();
    QVERIFY(presentation->isChecked());
    QVERIFY(scaled(QApplication::font().pointSizeF(), before.font));
    QTRY_VERIFY(scaled(prediction->graph(0)->scatterStyle().pen().widthF(), before.prediction));
    const Widths on = measure();
    QVERIFY2(scaled(on.cost, before.cost), qPrintable(QString::number(on.cost)));
    QVERIFY(scaled(on.checkDot, before.checkDot));
    QVERIFY(scaled(on.diagonal, before.diagonal));
    QVERIFY(scaled(on.threshold, before.threshold));
    QVERIFY(scaled(on.link, before.link));
    QVERIFY(scaled(on.unit, before.unit));
    QVERIFY(!child<QDockWidget>("dataDock")->isVisible());
    QVERIFY(!child<QDockWidget>("weightsDock")->isVisible());
    QVERIFY(child<QDockWidget>("costDock")->isVisible()); // the class still sees the cost

    presentation->trigger();
    QVERIFY(!presentation->isChecked());
    QTRY_COMPARE(prediction->graph(0)->scatterStyle().pen().widthF(), before.prediction);
    const Widths off = measure();
    QCOMPARE(off.font, before.font);
    QCOMPARE(off.cost, before.cost);
    QCOMPARE(off.checkDot, before.checkDot);
    QCOMPARE(off.diagonal, before.diagonal);
    QCOMPARE(off.threshold, before.threshold);
    QCOMPARE(off.link, before.link);
    QCOMPARE(off.unit, before.unit);
    QVERIFY(child<QDockWidget>("dataDock")->isVisible());
    QVERIFY(child<QDockWidget>("weightsDock")->isVisible());
}

void TestLessons::screenshots()
{
    const QString dir = qEnvironmentVariable("BPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set BPS_SCREENSHOT_DIR to save screenshots of the gallery and welcome screen");
    LessonGallery* gallery = tools()->showGallery();
    gallery->setCurrentIndex(3);
    QVERIFY(QTest::qWaitForWindowExposed(gallery));
    QVERIFY(gallery->grab().save(dir + QStringLiteral("/lessons.png")));
    gallery->close();
    WelcomeScreen* welcome = tools()->showWelcome();
    QVERIFY(QTest::qWaitForWindowExposed(welcome));
    QVERIFY(welcome->grab().save(dir + QStringLiteral("/welcome.png")));
    welcome->close();
    QVERIFY(bptest::openLessonAndWait(tools(), files(), tools()->lessons().value(3)));
    QVERIFY(trainUntilCostFalls());
    QTRY_VERIFY_WITH_TIMEOUT(!window_->controller()->isActive(), 60000);
    QVERIFY(window_->grab().save(dir + QStringLiteral("/lessons-dock.png")));
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
