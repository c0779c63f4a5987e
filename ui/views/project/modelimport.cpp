#include "views/project/modelimport.h"

#include "session/projectmodel.h"
#include "session/session.h"
#include "session/trainingcontroller.h"
#include "session/enginemessages.h"

#include "fit.h"
#include "memorybudget.h"
#include "modelfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

#include <exception>
#include <string>

namespace bpui {

namespace {

/// The model must fit the project's data as it stands (the data are kept): bp::checkFits, and
/// the studio's own network shape, which has one output unit per class or target.
void checkFitsData(const bp::Model& model, const bp::Dataset& data, const std::string& source)
{
    const bp::Architecture& arch = model.network.architecture();
    // The model reads its features computed from the raw data (featuretransform.h): fit
    // them, not the raw columns. A model with features needs 2-D data (apply throws).
    if (model.features.isIdentity())
        bp::checkFits(arch, data, source);
    else
        bp::checkFits(arch, bp::transformDataset(model.features, data, source), source);
    const int outputs = bp::outputUnitsFor(data);
    if (arch.outputSize() != outputs)
        throw bp::InputError(source, "architecture",
                             "the model has " + std::to_string(arch.outputSize()) +
                                 " output unit for two classes; the studio's networks have one "
                                 "per class (" + std::to_string(outputs) + ")");
}

} // namespace

ModelImport::ModelImport(QMainWindow* window, Session* session)
    : QObject(window), window_(window), model_(session->project()),
      controller_(session->training())
{
    setObjectName(QStringLiteral("modelImport"));
    action_ = new QAction(tr("&Import model…"), window_);
    action_->setObjectName(QStringLiteral("actionImportModel"));
    action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action_->setStatusTip(
        tr("Load a model file's architecture and weights into the current project"));
    window_->addAction(action_);
    connect(action_, &QAction::triggered, this, &ModelImport::chooseAndImport);
}

bool ModelImport::importModel(const QString& path)
{
    try {
        if (controller_->isActive())
            throw bp::InputError(path.toStdString(), "",
                                 "training is running: stop it before importing a model");
        apply(path);
    } catch (const std::exception& error) {
        lastError_ = EngineMessages::text(error.what());
        emit failed(lastError_);
        return false;
    }
    lastError_.clear();
    lastDirectory_ = QFileInfo(path).absolutePath();
    emit imported(path);
    emit statusMessage(tr("Imported the model %1: architecture and weights replaced, the data "
                          "kept.")
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ModelImport::apply(const QString& path)
{
    const std::string source = path.toStdString();
    // Everything that can fail happens before the project changes.
    const bp::Model imported = bp::loadModel(source);
    checkFitsData(imported, model_->dataset(), source);
    const bp::Architecture& arch = imported.network.architecture();
    bp::checkNetworkMemory(arch, source, "layer_sizes");

    const bp::Architecture oldArch = model_->architecture();
    const bp::Vector oldParams = model_->parameters();
    const bp::FeatureSet oldFeatures = model_->features();
    try {
        // The model's input features first: they size the input layer setArchitecture checks.
        model_->setFeatures(imported.features);
        // The whole architecture, output size included: a two-class model with two outputs
        // imported into a project with one (or the reverse) keeps the model's.
        model_->setArchitecture(arch);
        model_->setParameters(imported.network.parameters());
        // The model's normalisation kind, refitted on this project's training split.
        if (imported.normalization.kind != model_->normalizationKind())
            model_->setNormalization(imported.normalization.kind);
    } catch (...) {
        // Checked above, so not expected; but never leave half a model behind.
        model_->setFeatures(oldFeatures);
        model_->setArchitecture(oldArch);
        model_->setParameters(oldParams);
        throw;
    }
}

void ModelImport::chooseAndImport()
{
    QString path;
    if (chooser_)
        path = chooser_(lastDirectory_);
    else
        path = QFileDialog::getOpenFileName(window_, tr("Import model"), lastDirectory_,
                                            tr(kModelFilter));
    if (path.isEmpty())
        return;
    if (!importModel(path))
        showError(lastError_);
}

void ModelImport::showError(const QString& text)
{
    emit statusMessage(text);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot import the model"),
                                text + tr("\n\nThe current project is unchanged."), QMessageBox::Ok,
                                window_);
    box->setObjectName(QStringLiteral("modelImportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal but non-blocking: nothing waits on it
}

} // namespace bpui
