#include "session/datapainter.h"

#include "session/projectmodel.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <cstdlib>
#include <exception>
#include <memory>

namespace bpui {

namespace {

/// One stroke: the data before and after it, restored whole (an edit changes the data set,
/// the split and the raw split together).
class PaintStrokeCommand : public QUndoCommand
{
public:
    PaintStrokeCommand(ProjectModel* model, DataEditState before, DataEditState after,
                       const QString& text)
        : QUndoCommand(text), model_(model), before_(std::move(before)),
          after_(std::move(after))
    {
    }
    void undo() override { restore(before_); }
    void redo() override
    {
        if (first_) { // QUndoStack::push calls redo at once, but the stroke has happened
            first_ = false;
            return;
        }
        restore(after_);
    }

private:
    void restore(const DataEditState& state)
    {
        try {
            model_->restoreDataEdit(state);
        } catch (const std::exception&) {
            // The data was replaced since (Regenerate, another file): nothing to restore.
        }
    }

    ProjectModel* model_;
    DataEditState before_;
    DataEditState after_;
    bool first_ = true;
};

} // namespace

DataPainter::DataPainter(ProjectModel* model, QUndoStack* undo, QObject* parent)
    : QObject(parent), model_(model), undo_(undo)
{
    setObjectName(QStringLiteral("dataPainter"));
}

bool DataPainter::regression() const
{
    return model_->dataset().task() == bp::TaskKind::Regression;
}

bool DataPainter::canPaint() const
{
    if (!model_->editable())
        return false;
    const bp::Index n = model_->dataset().featureCount();
    return regression() ? n == 1 && model_->dataset().targets.rows() == 1 : n == 2;
}

QString DataPainter::whyNot() const
{
    if (canPaint())
        return {};
    return tr("Points can be painted on generated data: 2-D classification (xor, circles, "
              "gaussians, spiral, moons) or 1-D regression. Pick one in the Data dock.");
}

void DataPainter::beginStroke()
{
    if (stroke_ != nullptr || !canPaint())
        return;
    stroke_ = new DataEditState(model_->dataEditState());
    strokeChange_ = 0;
    strokeEdits_ = 0;
}

void DataPainter::add(double x, double y, int label)
{
    if (!canPaint())
        return;
    const bool own = stroke_ == nullptr;
    if (own)
        beginStroke();
    if (regression()) {
        bp::Matrix raw(1, 1);
        raw(0, 0) = x;
        bp::Matrix target(1, 1);
        target(0, 0) = y;
        model_->addExamples(raw, {}, target);
    } else {
        bp::Matrix raw(2, 1);
        raw << x, y;
        model_->addExamples(raw, {label});
    }
    ++strokeChange_;
    ++strokeEdits_;
    if (own)
        endStroke();
}

bool DataPainter::removeNear(double x, double y, double sx, double sy)
{
    if (!canPaint())
        return false;
    const bool own = stroke_ == nullptr;
    if (own)
        beginStroke();
    bp::Vector raw(model_->dataset().featureCount());
    bp::Vector scale(raw.size());
    if (regression()) {
        raw << x;
        scale << sx;
    } else {
        raw << x, y;
        scale << sx, sy;
    }
    const bool removed = model_->removeExampleNear(raw, scale);
    if (removed) {
        --strokeChange_;
        ++strokeEdits_;
    }
    if (own)
        endStroke();
    return removed;
}

void DataPainter::endStroke()
{
    if (stroke_ == nullptr)
        return;
    std::unique_ptr<DataEditState> before(stroke_);
    stroke_ = nullptr;
    if (strokeEdits_ == 0)
        return;
    const int n = std::abs(strokeChange_);
    const QString summary = strokeChange_ >= 0 ? tr("Painted %n point(s)", nullptr, n)
                                               : tr("Removed %n point(s)", nullptr, n);
    undo_->push(new PaintStrokeCommand(model_, std::move(*before), model_->dataEditState(),
                                       summary));
    emit strokeFinished(summary);
}

} // namespace bpui
