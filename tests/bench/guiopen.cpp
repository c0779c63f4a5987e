// Opening a project whose data is Fashion-MNIST (60000 28 × 28 images) through the real
// window, as File → Open does: the GUI thread's stalls meanwhile and the wall time.
//   O1   File → Open of a 784-128-10 project on the IDX files of dataset-fashion-mnist,
//        without stored weights (so parsing, loading 47 MB of gzip, the split, the
//        normalisation and the weight draw all happen), until the project is in
//   SO1  the GUI thread's stall meanwhile, 99th percentile (target ≤ 30 ms)
// Stalls are measured as in guitraining.cpp: a 1 ms precise timer on the GUI thread records
// the gaps between its firings. The window must also show that it is working: the session's
// loader announces the load (the Data dock's progress bar and Cancel), which is checked.

#include "guibench.h"
#include "stallprobe.h"

#include "benchdata.h"

#include "projectfile.h"
#include "session/dataloader.h"
#include "session/projectmodel.h"
#include "session/session.h"
#include "views/project/projectfiles.h"
#include "views/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <filesystem>

namespace bench {

void benchProjectOpen(int runs, std::vector<Row>& rows)
{
    const std::string images = std::string(kFashion) + "train-images-idx3-ubyte.gz";
    const std::string labels = std::string(kFashion) + "train-labels-idx1-ubyte.gz";
    if (!std::filesystem::exists(images) || !std::filesystem::exists(labels)) {
        std::printf("O1 skipped: dataset-fashion-mnist is not installed\n");
        return;
    }
    QTemporaryDir dir;
    bp::Project project;
    project.data.kind = bp::ProjectDataSource::Kind::Idx;
    project.data.path = images;
    project.data.labelsPath = labels;
    project.architecture =
        bp::Architecture::make(784, {128}, bp::Activation::Sigmoid, 10, bp::Activation::Softmax);
    const QString path = dir.filePath(QStringLiteral("fashion.bpstudio"));
    bp::saveProject(path.toStdString(), project);

    bpui::MainWindow window;
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    bpui::ProjectFiles* files = window.projectFiles();

    std::vector<double> wall, p99, worst;
    for (int r = 0; r < runs; ++r) {
        window.session()->project()->loadExample(); // each run replaces a small project
        QApplication::processEvents();
        QEventLoop loop;
        StallProbe probe;
        bool announced = false;
        const auto busy =
            QObject::connect(window.session()->loader(), &bpui::DataLoader::busyChanged,
                             [&announced](bool on) { announced |= on; });
        bool opened = false;
        const auto done = QObject::connect(files, &bpui::ProjectFiles::opened, &loop, [&] {
            opened = true;
            loop.quit();
        });
        const auto failed =
            QObject::connect(files, &bpui::ProjectFiles::openFailed, &loop, &QEventLoop::quit);
        probe.start();
        if (files->openProject(path))
            loop.exec();
        const double seconds = probe.stop();
        const std::vector<double>& gaps = probe.gapsMs();
        QObject::disconnect(busy);
        QObject::disconnect(done);
        QObject::disconnect(failed);
        if (!opened || !announced) {
            std::printf("O1 run %d: %s\n", r + 1,
                        !opened ? qPrintable(QStringLiteral("failed: ") + files->lastError())
                                : "the window did not show that it was loading");
            return;
        }
        wall.push_back(seconds);
        p99.push_back(quantile(gaps, 0.99));
        worst.push_back(quantile(gaps, 1.0));
        std::printf("  O1 run %d: %.2f s, stalls p99 %.1f ms, longest %.1f ms (%zu probes), "
                    "m = %ld\n",
                    r + 1, seconds, p99.back(), worst.back(), gaps.size(),
                    static_cast<long>(window.session()->project()->dataset().size()));
    }
    rows.push_back({"O1", "open a Fashion-MNIST project (60000 images), wall time", "s",
                    summarize(wall), std::nan("")});
    rows.push_back({"SO1", "  GUI-thread stall meanwhile, 99th percentile", "ms", summarize(p99),
                    30.0, false});
    rows.push_back(
        {"SO1m", "  GUI-thread stall meanwhile, longest", "ms", summarize(worst), std::nan("")});
}

} // namespace bench
