#pragma once
// Shared helpers for the widget tests (tests/views).

#include "idxloader.h"
#include "network.h"
#include "session/projectmodel.h"
#include "trainer.h"
#include "views/lessons/lessontools.h"
#include "views/project/projectfiles.h"
#include "workertestutil.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QtTest/QtTest>

#include <utility>

namespace bptest {

/// The descendant of `root` called `name`; a warning names it when there is none, so the
/// check that then fails says what was missing.
template <typename T> T* child(const QObject* root, const QString& name)
{
    T* found = root->findChild<T*>(name);
    if (found == nullptr)
        qWarning("no child %s", qPrintable(name));
    return found;
}

/// Debian's dataset-fashion-mnist training files: images, labels (both empty when the package
/// is not installed; ./scripts/test installs it).
inline std::pair<QString, QString> fashionFiles()
{
    const QString dir = QStringLiteral("/usr/share/datasets/fashion-mnist/");
    const QString images = dir + QStringLiteral("train-images-idx3-ubyte.gz");
    const QString labels = dir + QStringLiteral("train-labels-idx1-ubyte.gz");
    if (!QFileInfo::exists(images) || !QFileInfo::exists(labels))
        return {};
    return {images, labels};
}

/// The first n Fashion-MNIST training images, with the classes' names.
inline bp::Dataset fashionSample(bp::Index n)
{
    const auto [images, labels] = fashionFiles();
    bp::Dataset fashion = bp::loadIdx(images.toStdString(), labels.toStdString(), n);
    fashion.classNames = {"T-shirt", "Trouser", "Pullover", "Dress", "Coat",
                          "Sandal",  "Shirt",   "Sneaker",  "Bag",   "Boot"};
    return fashion;
}

/// With BPS_SCREENSHOT_DIR set, saves `widget` as it looks now (after the coalescing timers
/// fired and every plot in it replotted) under that folder; otherwise does nothing.
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("BPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // screenshots only: let the coalescing timers fire
    QCoreApplication::processEvents();
    for (QCustomPlot* plot : widget->findChildren<QCustomPlot*>())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    widget->grab().save(dir + QLatin1Char('/') + name);
}

/// Opens a project (it loads on the session's loader thread) and waits until it is in or
/// has failed. True when opened; otherwise files->lastError() says why.
inline bool openProjectAndWait(bpui::ProjectFiles* files, const QString& path, int ms = 60000)
{
    int opened = 0;
    int failed = 0;
    const QMetaObject::Connection a =
        QObject::connect(files, &bpui::ProjectFiles::opened, [&opened] { ++opened; });
    const QMetaObject::Connection b =
        QObject::connect(files, &bpui::ProjectFiles::openFailed, [&failed] { ++failed; });
    const bool started = files->openProject(path);
    if (started) // the counts say how it ended
        (void)QTest::qWaitFor([&] { return opened + failed > 0; }, ms);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return started && opened == 1;
}

/// Opens a lesson and waits until its project is in and its text shown (lessonOpened).
inline bool openLessonAndWait(bpui::LessonTools* tools, bpui::ProjectFiles* files,
                              const bpui::Lesson& lesson, int ms = 60000)
{
    int opened = 0;
    int failed = 0;
    const QMetaObject::Connection a =
        QObject::connect(tools, &bpui::LessonTools::lessonOpened, [&opened] { ++opened; });
    const QMetaObject::Connection b =
        QObject::connect(files, &bpui::ProjectFiles::openFailed, [&failed] { ++failed; });
    const bool started = tools->openLesson(lesson);
    if (started) // the counts say how it ended
        (void)QTest::qWaitFor([&] { return opened + failed > 0; }, ms);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return started && opened == 1;
}

/// Trains the model's network briefly outside the window (Adam, α = 0.01, the trainer's fixed
/// seed; mini-batches of 100 on more than 1000 examples) so that it makes some mistakes, not
/// only mistakes.
inline void trainBriefly(bpui::ProjectModel& model, long iterations)
{
    bp::Network network(model.architecture(), model.parameters());
    bp::TrainingConfig config;
    config.optimizer = bp::OptimizerKind::Adam;
    config.learningRate = 0.01;
    config.maxIterations = iterations;
    config.batchSize = model.split().train.size() > 1000 ? 100 : 0;
    bp::Trainer trainer(network, model.split().train, nullptr, config);
    trainer.run();
    model.setParameters(network.parameters());
}

/// Five history rows with every column set (a validation cost, a cost 1e-17 off a round
/// number so that 17-digit output is checked), for save/open and export tests.
inline std::vector<bp::IterationStats> fiveHistoryRows()
{
    std::vector<bp::IterationStats> rows;
    for (long i = 0; i < 5; ++i) {
        bp::IterationStats row;
        row.iteration = i;
        row.epoch = 0.5 * static_cast<double>(i);
        row.evaluations = 2 * i + 1;
        row.trainCost = 1.0 / (1.0 + static_cast<double>(i)) + 1e-17;
        row.validationCost = 1.1 / (1.0 + static_cast<double>(i));
        row.trainAccuracy = 0.3 + 0.1 * static_cast<double>(i);
        row.gradientNorm = 0.1 / 3.0;
        row.elapsedSeconds = 0.01 * static_cast<double>(i);
        rows.push_back(row);
    }
    return rows;
}

} // namespace bptest
