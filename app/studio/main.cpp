// backprop-studio: the desktop lab. Opens on the bundled spiral example.

#include "session/gradientcheckrunner.h"
#include "session/language/language.h"
#include "views/lessons/lessontools.h"
#include "views/data/datapanel.h"
#include "views/shell/mainwindow.h"
#include "session/projectmodel.h"
#include "maththreads.h"
#include "memorybudget.h"
#include "views/project/projectfiles.h"
#include "views/project/recoveryprompt.h"
#include "worker/trainingsnapshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    bp::tuneAllocatorForTraining();
    bp::limitMathThreadsOnThisThread(1); // the GUI thread: training has its own thread
    QCoreApplication::setApplicationName(QStringLiteral("Backprop Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Backprop Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BPS_VERSION));

    // --help and --version must work without a display: parse before QApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("A desktop lab for feed-forward neural networks: draw a network, load "
                       "data, press Train and watch backpropagation learn."));
    const QCommandLineOption helpOption = cli.addHelpOption();
    const QCommandLineOption versionOption = cli.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Train the example for a few seconds, save the window to <file>, quit."),
        QStringLiteral("file"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("Start training at once."));
    // For checking an installation headlessly (scripts/test-package): open, report, quit.
    const QCommandLineOption quitAfterOpenOption(
        QStringLiteral("quit-after-open"),
        QStringLiteral("Open the file(s) given, print whether they opened and quit (exit 0 if "
                       "they did, 1 if not)."));
    cli.addOption(screenshotOption);
    cli.addOption(trainOption);
    cli.addOption(quitAfterOpenOption);
    cli.addPositionalArgument(
        QStringLiteral("file"),
        QStringLiteral("A project (*.bpstudio) or a CSV data file to open, or an IDX images "
                       "file and its labels file (in either order)."),
        QStringLiteral("[file [labels-file]]"));
    // Without a QCoreApplication yet, the usage line would name "<executable_name>".
    const QString help = cli.helpText().replace(QStringLiteral("<executable_name>"),
                                                QStringLiteral("backprop-studio"));
    if (!cli.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s", qPrintable(cli.errorText()), qPrintable(help));
        return 2;
    }
    if (cli.isSet(helpOption)) {
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (cli.isSet(versionOption)) {
        std::printf("backprop-studio %s\n", BPS_VERSION);
        return 0;
    }
    const bool quitAfterOpen = cli.isSet(quitAfterOpenOption);
    if (quitAfterOpen && cli.positionalArguments().isEmpty()) {
        std::fputs("backprop-studio: --quit-after-open needs a file to open\n", stderr);
        return 2;
    }
    if (cli.positionalArguments().size() > 2) {
        std::fprintf(stderr,
                     "backprop-studio: too many files (%lld): give one project, one CSV file, "
                     "or an IDX images file and its labels file\n",
                     static_cast<long long>(cli.positionalArguments().size()));
        return 2;
    }

    // Qt aborts with a core dump when it cannot open a display; say it plainly instead.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("backprop-studio: no display to open a window on (DISPLAY and WAYLAND_DISPLAY "
                   "are unset).\nRun it in a desktop session, under a virtual display "
                   "(xvfb-run -a backprop-studio), or use backprop-cli for headless work.\n",
                   stderr);
        return 1;
    }
#endif
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources); // the resources live in the static bpui library
    bpui::registerMetaTypes();
    // German, Spanish or English: Help → Language's choice, else the system's (LANG).
    const QString language =
        bpui::Language::resolve(bpui::Language::preferred(), QLocale::system().name());
    if (!bpui::Language::install(&app, language))
        std::fprintf(stderr, "backprop-studio: no %s catalogue; the texts stay English\n",
                     qPrintable(language));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/backprop-studio.svg")));

    bpui::MainWindow window;
    window.show();
    // A crash's recovery copy is offered before anything opens; then one is kept.
    bpui::startCrashRecovery(window.projectFiles(), window.session());
    if (quitAfterOpen) {
        bpui::ProjectFiles* files = window.projectFiles();
        QObject::connect(files, &bpui::ProjectFiles::opened, &window, [](const QString& path) {
            std::printf("opened %s\n", qPrintable(path));
            QApplication::exit(0);
        });
        QObject::connect(files, &bpui::ProjectFiles::openFailed, &window,
                         [](const QString& message) {
                             std::fprintf(stderr, "could not open: %s\n", qPrintable(message));
                             QApplication::exit(1);
                         });
        // Data files load in the Data dock: its first load's end is the answer.
        const QStringList paths = cli.positionalArguments();
        bpui::DataPanel* panel = window.dataPanel();
        QObject::connect(
            panel, &bpui::DataPanel::loadFinished, &window, [panel, paths, &window](bool ok) {
                if (ok)
                    std::printf("opened %s: %lld examples\n",
                                qPrintable(paths.join(QLatin1Char(' '))),
                                static_cast<long long>(window.model()->dataset().size()));
                else
                    std::fprintf(stderr, "could not open: %s\n", qPrintable(panel->errorText()));
                QApplication::exit(ok ? 0 : 1);
            });
    }
    if (!cli.positionalArguments().isEmpty()) {
        const QStringList paths = cli.positionalArguments();
        if (!window.projectFiles()->openFiles(paths)) {
            // Also shown in the window, which stays open unless asked to quit.
            std::fprintf(stderr, "backprop-studio: %s\n",
                         qPrintable(window.projectFiles()->lastError()));
            if (quitAfterOpen)
                return 1;
        }
    } else if (!cli.isSet(trainOption) && !cli.isSet(screenshotOption))
        // Lessons, recent files, New / Open; skipped when turned off or on offscreen platforms.
        QTimer::singleShot(0, &window, [&window] {
            window.lessonTools()->showWelcomeAtStartup();
        });
    if (cli.isSet(trainOption) || cli.isSet(screenshotOption))
        QTimer::singleShot(300, &window, [&window] { window.startTraining(); });
    if (cli.isSet(screenshotOption)) {
        // The documentation shot shows every view with data, the gradient check included.
        QTimer::singleShot(100, &window, [&window] { window.gradientCheckRunner()->run(); });
        const QString path = cli.value(screenshotOption);
        QTimer::singleShot(4000, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                         qPrintable(path));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
