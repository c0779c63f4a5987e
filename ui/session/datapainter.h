#pragma once
// Painting data by hand (the Prediction plot's palette): a stroke — press, drag, release —
// adds points of one class (or, Shift, removes the nearest ones) and is one undo step on
// the session's undo stack. The rules, which the palette states:
//   - painted points join the TRAINING split, normalised with the current normalisation,
//     which is not refitted until Regenerate or a new split (ProjectModel::addExamples);
//   - the data set is then marked edited and a project stores its points, not only the
//     generator's seed (bp::ProjectDataSource::points);
//   - a run in progress goes on from its current weights on the edited data
//     (TrainingController restarts the worker on ProjectModel::dataEdited).
// Only for generated data of at most two features (ProjectModel::editable): 2-D
// classification (a point of a class) and 1-D regression (a point (x, y)).

#include "types.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace bpui {

class ProjectModel;
struct DataEditState;

class DataPainter : public QObject
{
    Q_OBJECT
public:
    DataPainter(ProjectModel* model, QUndoStack* undo, QObject* parent = nullptr);

    /// Whether the current data can be painted; otherwise whyNot() says why.
    bool canPaint() const;
    QString whyNot() const;
    bool regression() const;

    /// A stroke: begin, then any number of add / remove, then end (one undo step when
    /// anything changed). add / remove outside a stroke are a stroke each.
    void beginStroke();
    /// A point at raw coordinates: (x₁, x₂) of class `label`, or (x, y) for regression.
    void add(double x, double y, int label);
    /// Removes the example nearest (x, y), distances divided by the axis spans (sx, sy).
    bool removeNear(double x, double y, double sx, double sy);
    void endStroke();
    bool inStroke() const { return stroke_ != nullptr; }
    /// Points added (positive) or removed (negative) in the stroke so far.
    int strokeChange() const { return strokeChange_; }

signals:
    /// After a stroke: what it did, for the status bar.
    void strokeFinished(const QString& summary);

private:
    ProjectModel* model_;
    QUndoStack* undo_;
    DataEditState* stroke_ = nullptr; // the data before the stroke, while one is open
    int strokeChange_ = 0; // points added minus removed
    int strokeEdits_ = 0;  // points added plus removed: 0 = nothing to undo
};

} // namespace bpui
