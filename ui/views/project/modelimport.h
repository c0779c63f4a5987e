#pragma once
// File → Import model…: puts a model file's architecture and weights (docs/file-formats.md)
// into the current project, which keeps its data. Everything that can fail — a malformed
// file, a model that does not fit the data, a network over the memory budget — is checked
// before the project changes; the message (bp::InputError::what(), the text the CLI prints)
// appears in a window-modal, non-blocking message box and the status bar.
//
// objectNames: this "modelImport"; the action "actionImportModel"; the message box
// "modelImportError".

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;

namespace bpui {

class ProjectModel;
class Session;
class TrainingController;

// ModelImport translates it (tr(kModelFilter)).
inline constexpr const char* kModelFilter =
    QT_TRANSLATE_NOOP("bpui::ModelImport", "Backprop Studio model (*.json);;All files (*)");

class ModelImport : public QObject
{
    Q_OBJECT
public:
    /// Chooses the model file to import (empty = cancelled).
    using FileChooser = std::function<QString(const QString& directory)>;

    /// Imports into the session's project; refused while its training runs.
    ModelImport(QMainWindow* window, Session* session);

    QAction* action() const { return action_; }
    /// Replaces the file dialog (tests, scripted use).
    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }
    /// The message of the last failed import; empty after a success.
    QString lastError() const { return lastError_; }

    /// Imports without dialogs: false (project unchanged, lastError() says why) on failure.
    bool importModel(const QString& path);

public slots:
    /// Asks for a file, imports it and shows any error.
    void chooseAndImport();

signals:
    void statusMessage(const QString& text);
    void imported(const QString& path);
    void failed(const QString& message);

private:
    void apply(const QString& path);
    void showError(const QString& text);

    QMainWindow* window_;
    ProjectModel* model_;
    TrainingController* controller_;
    QAction* action_;
    FileChooser chooser_;
    QString lastError_;
    QString lastDirectory_;
};

} // namespace bpui
