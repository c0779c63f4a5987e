#include "views/project/projectfiles.h"

#include "session/dataloader.h"
#include "session/diagnose/curverunner.h"
#include "session/projectconversion.h"
#include "session/projectmodel.h"
#include "session/runsmodel.h"
#include "session/session.h"
#include "session/studiosettings.h"
#include "session/enginemessages.h"
#include "views/shell/screens.h"

#include "idxloader.h"
#include "memorybudget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QUrl>

#include <exception>

namespace bpui {

namespace {

constexpr int kMaxRecent = 8;

bool isProjectPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".bpstudio"), Qt::CaseInsensitive);
}

bool isTablePath(const QString& path)
{
    for (const char* suffix : {".csv", ".tsv", ".txt"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

/// Named like an IDX file (train-images-idx3-ubyte, t10k-labels.idx1.gz, small.idx3, …).
bool looksLikeIdx(const QString& path)
{
    QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    return name.endsWith(QLatin1String("-ubyte")) || name.contains(QLatin1String(".idx"));
}

/// The dragged local files when the studio can take each of them (a project, a CSV file, an
/// IDX file, or one named so: opening it says what is wrong); otherwise none, and the drag is
/// refused.
QStringList droppableFiles(const QMimeData* mime)
{
    if (mime == nullptr || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (path.isEmpty() || !(isProjectPath(path) || isTablePath(path) || looksLikeIdx(path) ||
                                bp::idxContent(path.toStdString()) != bp::IdxContent::None))
            return {};
        paths << path;
    }
    return paths;
}

} // namespace

ProjectFiles::ProjectFiles(QMainWindow* window, Session* session)
    : QObject(window), window_(window), session_(session), model_(session->project()),
      runs_(session->runs())
{
    setObjectName(QStringLiteral("projectFiles"));
    auto make = [this](const QString& text, const char* name, const QKeySequence& key) {
        auto* action = new QAction(text, window_);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        window_->addAction(action);
        return action;
    };
    newAction_ = make(tr("&New project"), "actionNewProject", QKeySequence::New);
    openAction_ = make(tr("&Open project…"), "actionOpenProject", QKeySequence::Open);
    saveAction_ = make(tr("&Save project"), "actionSaveProject", QKeySequence::Save);
    saveAsAction_ = make(tr("Save project &as…"), "actionSaveProjectAs",
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    recentMenu_ = new QMenu(tr("Open &recent"), window_);
    recentMenu_->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(newAction_, &QAction::triggered, this, &ProjectFiles::newProject);
    connect(openAction_, &QAction::triggered, this, &ProjectFiles::chooseAndOpen);
    connect(saveAction_, &QAction::triggered, this, &ProjectFiles::save);
    connect(saveAsAction_, &QAction::triggered, this, &ProjectFiles::saveAs);

    // Every change to what a project file holds is an unsaved edit (trained weights too).
    for (auto signal : {&ProjectModel::datasetChanged, &ProjectModel::architectureChanged,
                        &ProjectModel::configChanged, &ProjectModel::dataEdited})
        connect(model_, signal, this, &ProjectFiles::markModified);
    connect(model_, &ProjectModel::parametersChanged, this, &ProjectFiles::markModified);
    // Undo / redo are edits; another project (New, Open) is not.
    connect(model_, &ProjectModel::replaced, this, [this](unsigned, ReplaceCause cause) {
        if (cause == ReplaceCause::Undo)
            markModified();
    });
    // So is a run added, removed or renamed.
    connect(runs_, &RunsModel::rowsInserted, this, &ProjectFiles::markModified);
    connect(runs_, &RunsModel::rowsRemoved, this, &ProjectFiles::markModified);
    connect(runs_, &RunsModel::dataChanged, this, &ProjectFiles::markModified);
    // And a curve that ran (the file keeps it), even one cancelled midway.
    connect(session_->curves(), &CurveRunner::finished, this, &ProjectFiles::markModified);

    window_->setAcceptDrops(true);
    window_->installEventFilter(this);
    rebuildRecentMenu();
    updateTitle();
}

void ProjectFiles::populateFileMenu(QMenu* file)
{
    file->addActions({newAction_, openAction_});
    file->addMenu(recentMenu_);
    file->addActions({saveAction_, saveAsAction_});
    file->addSeparator();
}

bool ProjectFiles::isModified() const
{
    return window_->isWindowModified();
}

void ProjectFiles::markModified()
{
    window_->setWindowModified(true);
    session_->recovery()->markChanged();
}

void ProjectFiles::setCurrentPath(const QString& path)
{
    path_ = path;
    window_->setWindowModified(false);
    session_->recovery()->setDocument(path); // nothing unsaved: no recovery copy
    updateTitle();
}

void ProjectFiles::updateTitle()
{
    const QString name = path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).completeBaseName();
    // "[*]" is where Qt draws the modified mark when setWindowModified(true).
    window_->setWindowTitle(tr("%1[*] — Backprop Studio").arg(name));
}

// --- new / open / save --------------------------------------------------------------------

void ProjectFiles::newProject()
{
    if (!maybeSave())
        return;
    model_->loadExample();
    runs_->clear();
    setCurrentPath({});
    emit opened({});
    emit statusMessage(tr("New project: the spiral example."));
}

bool ProjectFiles::openProject(const QString& path, Opened then)
{
    return startOpen(path, false, false, std::move(then));
}

bool ProjectFiles::openAsUntitled(const QString& path, Opened then)
{
    if (!maybeSave())
        return false;
    return startOpen(path, true, true, std::move(then));
}

bool ProjectFiles::restoreRecovery(const RecoveryCopy& copy, Opened then)
{
    if (!maybeSave())
        return false;
    return startOpen(copy.file, false, true, std::move(then), copy);
}

bool ProjectFiles::startOpen(const QString& path, bool untitled, bool showErrors, Opened then,
                             std::optional<RecoveryCopy> recovered)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const std::string file = path.toStdString();
    // Everything that can fail or take long happens on the loader's thread, before the
    // model changes: parse, check the network's size, load the data, split it once and draw
    // weights only when the file has none. The GUI thread then installs it in one replace.
    DataLoader::Job job = [this, file, absolute, untitled,
                           recovered](const bp::CancellationToken* token) -> DataLoader::Apply {
        auto project = std::make_shared<bp::Project>(bp::loadProject(file));
        // Before any weights are drawn: a valid but huge network must not exhaust memory.
        bp::checkNetworkMemory(project->architecture, file, "architecture.layer_sizes");
        auto state = std::make_shared<ProjectState>(projectState(*project, file, token));
        return [this, project, state, absolute, untitled, recovered] {
            model_->replace(std::move(*state), ReplaceCause::Opened);
            // The last run continues in the plot when the file's weights are where it ended.
            runs_->load(project->runs, model_->parameters());
            session_->restoreDiagnosis(*project); // curves, and the live run's gradient health
            if (recovered) {
                setCurrentPath(recovered->originalPath);
                session_->recovery()->adopt(*recovered);
                markModified(); // what was restored is not saved anywhere yet
                emit statusMessage(tr("Restored the unsaved changes to %1 from %2.")
                                       .arg(recovered->displayName(),
                                            QLocale().toString(recovered->written,
                                                               QLocale::ShortFormat)));
                return;
            }
            setCurrentPath(untitled ? QString() : absolute);
            rememberDirectory(absolute);
            if (untitled) {
                emit statusMessage(tr("Opened a copy of %1: Save asks where to keep it.")
                                       .arg(QDir::toNativeSeparators(absolute)));
            } else {
                addRecent(absolute);
                emit statusMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(absolute)));
            }
        };
    };
    DataLoader::Ended ended = [this, absolute, untitled, showErrors, then,
                               recovered](const DataLoader::End& end) {
        opening_ = false;
        if (end.applied) {
            emit opened(recovered ? recovered->originalPath : untitled ? QString() : absolute);
            if (then)
                then(); // after opened(): a lesson sets its text once the project is in
            return;
        }
        lastError_ = end.cancelled ? tr("Opening %1 was cancelled; the project is as it was.")
                                         .arg(QDir::toNativeSeparators(absolute))
                                   : end.error;
        if (showErrors && !end.cancelled)
            showError(tr("Cannot open the project"), lastError_);
        else
            emit statusMessage(lastError_);
        emit openFailed(lastError_);
    };
    if (!session_->loader()->run(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                                 std::move(job), std::move(ended))) {
        lastError_ = tr("Another file is still loading: wait for it or cancel it first.");
        emit statusMessage(lastError_);
        return false;
    }
    opening_ = true;
    return true;
}

bool ProjectFiles::saveProjectAs(const QString& path)
{
    // Large projects (image-sized weights, long histories) take a while: progress + Cancel.
    QProgressDialog dialog(tr("Saving %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0,
                           window_);
    dialog.setWindowTitle(tr("Saving"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    const auto progress = [&](std::size_t written, std::size_t total) {
        if (saveObserver_)
            saveObserver_(written, total);
        dialog.setMaximum(static_cast<int>(total / 1024 + 1));
        dialog.setValue(static_cast<int>(written / 1024));
        if (dialog.wasCanceled())
            throw bp::Cancelled();
    };
    try {
        const bp::Project project = session_->toProject();
        bp::saveProject(path.toStdString(), project, progress);
    } catch (const bp::Cancelled&) {
        lastError_ =
            tr("Saving was cancelled; %1 was left as it was.").arg(QDir::toNativeSeparators(path));
        return false;
    } catch (const std::exception& error) {
        lastError_ = EngineMessages::text(error.what());
        return false;
    }
    setCurrentPath(QFileInfo(path).absoluteFilePath());
    addRecent(path_);
    rememberDirectory(path_);
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path_)));
    return true;
}

bool ProjectFiles::openFile(const QString& path)
{
    return openFiles({path});
}

bool ProjectFiles::openFiles(const QStringList& paths)
{
    const auto refuse = [this](const QString& text) {
        lastError_ = text;
        showError(tr("Cannot open the files"), text);
        return false;
    };
    const auto name = [](const QString& path) { return QFileInfo(path).fileName(); };
    const QString what = tr("Open one project (*.bpstudio), one CSV file, or an IDX images file "
                            "together with its labels file.");
    if (paths.isEmpty())
        return false;
    if (paths.size() == 1 && isProjectPath(paths.front())) {
        if (!maybeSave())
            return false;
        return startOpen(paths.front(), false, true, {});
    }
    QString images;
    QString labels;
    QStringList others;
    for (const QString& path : paths) {
        switch (isProjectPath(path) ? bp::IdxContent::None : bp::idxContent(path.toStdString())) {
        case bp::IdxContent::Images:
            if (!images.isEmpty())
                return refuse(tr("%1 and %2 are both IDX images files: one of the two must be "
                                 "the labels file.")
                                  .arg(name(images), name(path)));
            images = path;
            break;
        case bp::IdxContent::Labels:
            if (!labels.isEmpty())
                return refuse(tr("%1 and %2 are both IDX labels files: one of the two must be "
                                 "the images file.")
                                  .arg(name(labels), name(path)));
            labels = path;
            break;
        case bp::IdxContent::None:
            if (looksLikeIdx(path))
                return refuse(tr("%1 is not an IDX images or labels file: it does not start "
                                 "with an IDX magic number (0x00000803 for images, 0x00000801 "
                                 "for labels), or it cannot be read.")
                                  .arg(name(path)));
            others << path;
            break;
        }
    }
    if (!images.isEmpty() && !labels.isEmpty() && others.isEmpty()) {
        emit idxFilesRequested(images, labels); // the Data dock loads and reports errors
        rememberDirectory(images);
        return true;
    }
    if (others.isEmpty()) { // one IDX file alone
        const bool isImages = !images.isEmpty();
        return refuse((isImages ? tr("%1 is an IDX images file: open it together with its labels "
                                     "file (drop both at once, or name both on the command line).")
                                : tr("%1 is an IDX labels file: open it together with its images "
                                     "file (drop both at once, or name both on the command line)."))
                          .arg(name(isImages ? images : labels)));
    }
    if (paths.size() > 1)
        return refuse(tr("Cannot open these %1 files together. %2").arg(paths.size()).arg(what));
    emit dataFileRequested(paths.front()); // asynchronous; the Data dock reports its own errors
    rememberDirectory(paths.front());
    return true;
}

void ProjectFiles::chooseAndOpen()
{
    const QString path = chooseFile(false);
    if (!path.isEmpty())
        openFile(path);
}

bool ProjectFiles::save()
{
    if (path_.isEmpty())
        return saveAs();
    if (saveProjectAs(path_))
        return true;
    showError(tr("Cannot save the project"), lastError_);
    return false;
}

bool ProjectFiles::saveAs()
{
    QString path = chooseFile(true);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".bpstudio");
    if (saveProjectAs(path))
        return true;
    showError(tr("Cannot save the project"), lastError_);
    return false;
}

bool ProjectFiles::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
    const QScopedValueRollback<bool> asking(asking_, true);
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (prompt_) {
        answer = prompt_(name);
    } else if (!hasVisibleScreen()) {
        // Nobody can see, let alone answer, a question on an offscreen platform (test runs,
        // scripted screenshots): asking would hang the process forever.
        answer = QMessageBox::Discard;
    } else {
        answer = QMessageBox::warning(
            window_, tr("Unsaved changes"),
            tr("The project \"%1\" has unsaved changes. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString ProjectFiles::chooseFile(bool save)
{
    if (chooser_)
        return chooser_(save, lastDirectory());
    const QString filter = tr(kProjectFilter);
    if (save) {
        const QString suggestion =
            path_.isEmpty() ? QDir(lastDirectory()).filePath(tr("untitled.bpstudio")) : path_;
        return QFileDialog::getSaveFileName(window_, tr("Save project"), suggestion, filter);
    }
    return QFileDialog::getOpenFileName(window_, tr("Open project"), lastDirectory(),
                                        filter + QStringLiteral(";;") +
                                            tr("CSV data (*.csv);;All files (*)"));
}

void ProjectFiles::showError(const QString& title, const QString& text)
{
    emit statusMessage(text);
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal but non-blocking: nothing waits on it
}

// --- settings: recent files, directories, window layout -----------------------------------

QStringList ProjectFiles::recentFiles() const
{
    return studioSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void ProjectFiles::addRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    studioSettings().setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void ProjectFiles::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = recentFiles();
    for (const QString& path : files) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    recentMenu_->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear the list"), this, [this] {
            studioSettings().remove(QStringLiteral("recentFiles"));
            rebuildRecentMenu();
        });
    }
}

QString ProjectFiles::lastDirectory() const
{
    return studioSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
}

void ProjectFiles::rememberDirectory(const QString& path)
{
    studioSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
}

bool ProjectFiles::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != window_)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Close:
        // A second close request while the question is open (the title bar's × clicked
        // again, Ctrl+Q) waits for the answer instead of asking again.
        if (asking_) {
            event->ignore();
            return true;
        }
        if (!maybeSave()) {
            event->ignore();
            return true; // the window stays open, training goes on
        }
        break;
    case QEvent::DragEnter: {
        auto* drag = static_cast<QDragEnterEvent*>(event);
        if (!droppableFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = droppableFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            openFiles(paths);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bpui
