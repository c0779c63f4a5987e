#include "views/data/featureselector.h"

#include "session/projectmodel.h"
#include "session/enginemessages.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <exception>

namespace bpui {

namespace {

QString featureSelectorJoinedLabels(const bp::FeatureSet& features)
{
    QStringList labels;
    for (const std::string& label : features.labels())
        labels.append(QString::fromStdString(label));
    return labels.join(QStringLiteral(", "));
}

} // namespace

FeatureSelector::FeatureSelector(ProjectModel* model, QWidget* parent)
    : QGroupBox(tr("Input features"), parent), model_(model)
{
    setObjectName(QStringLiteral("inputFeaturesGroup"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    // Two columns as in TensorFlow Playground's list: the raw pair, then what is computed.
    for (bp::Feature feature : bp::allFeatures()) {
        const int i = static_cast<int>(feature);
        auto* box = new QCheckBox(QString::fromUtf8(bp::featureLabel(feature).data(),
                                                    int(bp::featureLabel(feature).size())));
        box->setObjectName(QStringLiteral("feature_") +
                           QString::fromLatin1(bp::featureKey(feature).data(),
                                               int(bp::featureKey(feature).size())));
        boxes_[static_cast<std::size_t>(i)] = box;
        grid->addWidget(box, i < 2 ? i : (i - 2) % 3, i < 2 ? 0 : 1 + (i - 2) / 3);
        connect(box, &QCheckBox::clicked, this,
                [this, feature](bool checked) { onClicked(feature, checked); });
    }
    layout->addLayout(grid);
    note_ = new QLabel;
    note_->setObjectName(QStringLiteral("featuresNoteLabel"));
    note_->setWordWrap(true);
    note_->setText(tr("The network reads the ticked features, computed from (x₁, x₂) before "
                      "the normalisation; the input layer has one unit per feature."));
    layout->addWidget(note_);

    connect(model_, &ProjectModel::featuresChanged, this, &FeatureSelector::syncFromModel);
    connect(model_, &ProjectModel::datasetChanged, this, &FeatureSelector::syncFromModel);
    connect(model_, &ProjectModel::replaced, this, &FeatureSelector::syncFromModel);
    syncFromModel();
}

QCheckBox* FeatureSelector::checkBox(bp::Feature feature) const
{
    return boxes_[static_cast<std::size_t>(feature)];
}

void FeatureSelector::onClicked(bp::Feature feature, bool checked)
{
    bp::FeatureSet next = model_->features();
    next.set(feature, checked);
    if (next.isEmpty()) {
        // The network needs at least one input: the click is undone, not applied.
        const QSignalBlocker block(checkBox(feature));
        checkBox(feature)->setChecked(true);
        note_->setText(tr("Keep at least one input feature ticked: the network needs an "
                          "input."));
        return;
    }
    try {
        model_->setFeatures(next); // featuresChanged → syncFromModel
    } catch (const std::exception& error) {
        note_->setText(EngineMessages::text(error.what()));
        syncFromModel();
        return;
    }
    const QString text =
        tr("Input features %1: the input layer has %n unit(s) now and the weights were reset.",
           nullptr, model_->features().inputCount())
            .arg(featureSelectorJoinedLabels(model_->features()));
    note_->setText(text);
    emit statusMessage(text);
}

void FeatureSelector::syncFromModel()
{
    const bool applicable = model_->featuresApplicable();
    const bp::FeatureSet& features = model_->features();
    const QString why =
        applicable ? tr("Computed from the raw (x₁, x₂) before the normalisation; the input "
                        "layer has one unit per ticked feature (the weights are reset).")
                   : tr("Input features are computed from two raw features (x₁, x₂); this "
                        "data set has %n feature(s), so the network reads them as they are.",
                        nullptr, int(model_->dataset().featureCount()));
    for (bp::Feature feature : bp::allFeatures()) {
        QCheckBox* box = checkBox(feature);
        const QSignalBlocker block(box);
        box->setChecked(features.has(feature));
        box->setEnabled(applicable);
        box->setToolTip(why);
    }
    setToolTip(applicable ? QString() : why);
}

} // namespace bpui
