#pragma once
// File → New / Open / Save / Save As / Recent for *.bpstudio projects, the window title with
// its unsaved-changes mark, the "save changes?" prompt on close, opening dropped files, and
// the window geometry and dock layout kept in QSettings. It watches the main window through
// an event filter, so the window itself stays a plain composition of panels.
//
// objectNames: this "projectFiles"; actions "actionNewProject", "actionOpenProject",
// "actionSaveProject", "actionSaveProjectAs"; the menu "recentFilesMenu".

#include "projectfile.h"

#include "atomicfile.h"

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;

namespace bpui {

class CostPlot;
class ProjectModel;
class RunsModel;

inline constexpr const char* kProjectFilter = "Backprop Studio project (*.bpstudio)";

class ProjectFiles : public QObject
{
    Q_OBJECT
public:
    /// Answers the "save changes to NAME?" question: Save, Discard or Cancel.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString& name)>;
    /// Chooses a file to open or save (empty = cancelled); save is true for Save As.
    using FileChooser = std::function<QString(bool save, const QString& directory)>;

    /// runs: every run of the project (saved, replaced on open); the live run's rows are the
    /// cost plot's history.
    ProjectFiles(QMainWindow* window, ProjectModel* model, CostPlot* costPlot, RunsModel* runs);

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

    /// Opens a project; on failure the current project is left as it was and lastError() says
    /// why. No dialogs: the menu action shows the message.
    bool openProject(const QString& path);
    /// Opens a project that must not be written to (a bundled lesson) as Untitled: unsaved
    /// changes are asked about first, the file is not added to the recent list, and Save asks
    /// for a new path. Shows errors like openFile.
    bool openAsUntitled(const QString& path);
    /// Saves atomically (bp::saveProject) and makes path the current file. A save that takes
    /// over half a second shows a progress dialog whose Cancel leaves the old file whole.
    bool saveProjectAs(const QString& path);

public slots:
    void newProject();
    /// A project (*.bpstudio) or a data file (*.csv, handed to the data panel); shows errors.
    bool openFile(const QString& path);
    void chooseAndOpen();
    bool save();
    bool saveAs();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

signals:
    void statusMessage(const QString& text);
    /// Another project replaced the model (New, Open): per-project history such as undo ends.
    void projectReplaced();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markModified();
    /// Replaces the model with the project at path (no dialogs; lastError_ on failure).
    bool loadIntoModel(const QString& path);
    void setCurrentPath(const QString& path);
    void updateTitle();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text);
    void restoreWindow();
    void saveWindow();
    QString chooseFile(bool save);
    QString lastDirectory() const;
    void rememberDirectory(const QString& path);

    QMainWindow* window_;
    ProjectModel* model_;
    CostPlot* costPlot_;
    QString path_;
    QString lastError_;
    RunsModel* runs_;
    SavePrompt prompt_;
    FileChooser chooser_;
    bp::SaveProgress saveObserver_;
    QAction* newAction_;
    QAction* openAction_;
    QAction* saveAction_;
    QAction* saveAsAction_;
    QMenu* recentMenu_;
    bool applying_ = false; // the model is being replaced by a file: not an edit
    bool restored_ = false;
};

} // namespace bpui
