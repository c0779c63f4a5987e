#pragma once
// The live run's cost history: every row training has produced since the weights were last
// set from outside training (Reset weights, a new architecture or data, a project opened).
// The session owns it; the cost plot draws it (it keeps no copy, not even an abscissa per
// row), the runs model keeps it as the live run's rows, project files save and restore it,
// exports read it. The rows are a bp::TrainingHistory (columns, about 32 bytes a row with
// validation every row instead of 80): read them by row (rows()[i], by value) or by column
// (rows().read(), the drawing path).
//
// Two ways to end it, with different meanings:
//   startOver()  the live run ends: aboutToStartOver() lets observers keep its rows (the runs
//                model keeps it as a finished run), then reset() — emitted once per reset;
//   restore()    another history takes its place (a project opened): reset() alone.
// Rows are the TrainingController's renumbered rows, continuous across Train / Stop / Train.
// GUI thread only.

#include "trainer.h"
#include "traininghistory.h"

#include <QObject>

#include <cstddef>
#include <vector>

namespace bpui {

class LiveHistory : public QObject
{
    Q_OBJECT
public:
    explicit LiveHistory(QObject* parent = nullptr);

    const bp::TrainingHistory& rows() const { return rows_; }
    std::size_t size() const { return rows_.size(); }
    bool empty() const { return rows_.empty(); }
    bp::IterationStats row(std::size_t i) const { return rows_[i]; }
    bp::IterationStats back() const { return rows_.back(); }

    /// Appends rows (never thinned) and emits appended(first index of the new rows).
    void append(const std::vector<bp::IterationStats>& rows);
    /// The live run ends: aboutToStartOver(), then the rows go and reset() follows.
    void startOver();
    /// Replaces every row (a project opened whose last run continues): reset() only.
    void restore(bp::TrainingHistory rows);
    /// How many times reset() has been emitted (tests count one reset per project change).
    long resetCount() const { return resetCount_; }

signals:
    /// Rows [first, size()) are new.
    void appended(std::size_t first);
    /// rows() still holds the ending run's rows.
    void aboutToStartOver();
    /// rows() was emptied or replaced.
    void reset();

private:
    bp::TrainingHistory rows_;
    long resetCount_ = 0;
};

} // namespace bpui
