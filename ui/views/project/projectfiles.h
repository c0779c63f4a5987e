#pragma once
// File → New / Open / Save / Save As / Recent for *.bpstudio projects, the window title with
// its unsaved-changes mark, the "save changes?" prompt on close, opening dropped files (a
// project, a CSV file, an IDX images + labels pair), and the window geometry and dock layout
// kept in QSettings. It watches the main window through an event filter, so the window
// itself stays a plain composition of panels.
//
// objectNames: this "projectFiles"; actions "actionNewProject", "actionOpenProject",
// "actionSaveProject", "actionSaveProjectAs"; the menu "recentFilesMenu".

#include "projectfile.h"

#include "atomicfile.h"
#include "session/recoverykeeper.h"

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;

namespace bpui {

class ProjectModel;
class RunsModel;
class Session;

// ProjectFiles translates it (tr(kProjectFilter)).
inline constexpr const char* kProjectFilter =
    QT_TRANSLATE_NOOP("bpui::ProjectFiles", "Backprop Studio project (*.bpstudio)");

class ProjectFiles : public QObject
{
    Q_OBJECT
public:
    /// Answers the "save changes to NAME?" question: Save, Discard or Cancel.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString& name)>;
    /// Chooses a file to open or save (empty = cancelled); save is true for Save As.
    using FileChooser = std::function<QString(bool save, const QString& directory)>;

    /// Opens into and saves from `session` (its project, runs and live history); projects
    /// load on the session's data loader, with the Data dock's progress and Cancel.
    ProjectFiles(QMainWindow* window, Session* session);

    /// Puts New, Open, Save, Save As and Recent at the top of the File menu.
    void populateFileMenu(QMenu* file);

    QString currentPath() const { return path_; }
    bool isModified() const;
    /// The message of the last failed open or save (bp::InputError::what()).
    QString lastError() const { return lastError_; }
    QStringList recentFiles() const;

    /// Replace the modal dialogs (tests, scripted use). Without a prompt, on a platform with
    /// no visible screen (offscreen, minimal) unsaved changes are discarded rather than asked.
    void setSavePrompt(SavePrompt prompt) { prompt_ = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }
    /// Sees each chunk a save writes (bytes so far, total); throwing from it aborts the save
    /// as a crash or a full disk would (tests).
    void setSaveObserver(bp::SaveProgress observer) { saveObserver_ = std::move(observer); }

    /// Called on the GUI thread once a project has been opened.
    using Opened = std::function<void()>;
    /// Starts opening a project in the background (parsing, data, split, weights on the data
    /// loader's thread); the window stays responsive and the Data dock shows progress and
    /// Cancel. False when another load is running. Then opened(path) — and `then` — or
    /// openFailed(message) follows; on failure or cancel the current project is left
    /// exactly as it was and lastError() says why. No dialogs: openFile shows the message.
    bool openProject(const QString& path, Opened then = {});
    /// Opens a project that must not be written to (a bundled lesson) as Untitled: unsaved
    /// changes are asked about first, the file is not added to the recent list, and Save asks
    /// for a new path. Shows errors like openFile. False when not started (cancelled, busy).
    bool openAsUntitled(const QString& path, Opened then = {});
    /// A project is being opened.
    bool isOpening() const { return opening_; }
    /// Saves atomically (bp::saveProject) and makes path the current file. A save that takes
    /// over half a second shows a progress dialog whose Cancel leaves the old file whole.
    bool saveProjectAs(const QString& path);
    /// Opens a crash-recovery copy (RecoveryKeeper) as a modified project with its original
    /// path (Save writes there; Untitled when it had none); the copy becomes this studio's
    /// own. Like openFile otherwise; a failed restore leaves the copy where it was.
    bool restoreRecovery(const RecoveryCopy& copy, Opened then = {});

public slots:
    void newProject();
    /// A project (*.bpstudio) or a data file (a CSV file, handed to the data panel); shows
    /// errors. Like openFiles({path}).
    bool openFile(const QString& path);
    /// Files given together (a drop, the command line): one project, one CSV file, or an IDX
    /// images file and its labels file in either order (told apart by their magic numbers,
    /// bp::idxContent). Any other set is refused with a message box saying what can be
    /// opened (lastError() holds it). True when something started opening.
    bool openFiles(const QStringList& paths);
    void chooseAndOpen();
    bool save();
    bool saveAs();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

signals:
    void statusMessage(const QString& text);
    /// Another project is in place: opened (path empty when opened as Untitled) or New.
    void opened(const QString& path);
    /// Opening failed or was cancelled; the previous project is unchanged.
    void openFailed(const QString& message);
    /// A data file (not a project) was opened or dropped: the Data dock loads it.
    void dataFileRequested(const QString& path);
    /// An IDX pair was dropped or given on the command line: the Data dock loads it.
    void idxFilesRequested(const QString& imagesPath, const QString& labelsPath);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markModified();
    /// Starts loading path; `untitled` opens it as a copy. See openProject.
    /// `recovered`: path is a recovery copy to open as that project, modified.
    bool startOpen(const QString& path, bool untitled, bool showErrors, Opened then,
                   std::optional<RecoveryCopy> recovered = std::nullopt);
    void setCurrentPath(const QString& path);
    void updateTitle();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text);
    QString chooseFile(bool save);
    QString lastDirectory() const;
    void rememberDirectory(const QString& path);

    QMainWindow* window_;
    Session* session_;
    ProjectModel* model_;
    RunsModel* runs_;
    QString path_;
    QString lastError_;
    SavePrompt prompt_;
    bool asking_ = false; // the unsaved-changes question is open
    FileChooser chooser_;
    bp::SaveProgress saveObserver_;
    QAction* newAction_;
    QAction* openAction_;
    QAction* saveAction_;
    QAction* saveAsAction_;
    QMenu* recentMenu_;
    bool opening_ = false;
};

} // namespace bpui
