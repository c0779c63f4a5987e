#pragma once
// The Data dock's "Input features" group (TensorFlow Playground's features): one check box
// per bp::Feature (x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂). Ticking one calls
// ProjectModel::setFeatures: the input layer follows (one unit per ticked feature) and the
// weights are reset, which the note under the boxes and the status bar say. At least one box
// stays ticked (unticking the last is refused, with a note). Only for 2-D raw data: on other
// data the boxes show the identity, disabled, with a tooltip saying why.
//
// objectNames: "inputFeaturesGroup", "feature_x1", "feature_x2", "feature_x1^2",
// "feature_x2^2", "feature_x1*x2", "feature_sin(x1)", "feature_sin(x2)" (the file keys),
// "featuresNoteLabel".

#include "featuretransform.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QLabel;

namespace bpui {

class ProjectModel;

class FeatureSelector : public QGroupBox
{
    Q_OBJECT
public:
    explicit FeatureSelector(ProjectModel* model, QWidget* parent = nullptr);

    /// The box for `feature` (tests, the lesson text).
    QCheckBox* checkBox(bp::Feature feature) const;

signals:
    void statusMessage(const QString& text);

private:
    void onClicked(bp::Feature feature, bool checked);
    void syncFromModel();

    ProjectModel* model_;
    std::array<QCheckBox*, bp::kFeatureCount> boxes_{};
    QLabel* note_ = nullptr;
};

} // namespace bpui
