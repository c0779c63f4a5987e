#pragma once
// Events marked on the cost plot: a dashed vertical line with a label at the iteration where
// something happened (the divergence guard tripped, training overflowed). Markers follow
// the plot's x-axis choice and go when the history is cleared.

#include <QObject>
#include <QString>

#include <vector>

class QCPItemStraightLine;
class QCPItemText;

namespace bpui {

class CostPlot;

class CostPlotMarkers : public QObject
{
    Q_OBJECT
public:
    explicit CostPlotMarkers(CostPlot* plot);

    void mark(long iteration, const QString& label);
    void clear();
    int count() const { return static_cast<int>(markers_.size()); }
    long iterationOf(int index) const { return markers_.at(index).iteration; }
    /// The marker's position on the current x axis (NaN before the history reaches it).
    double xOf(int index) const;

private:
    struct Marker
    {
        long iteration = 0;
        QCPItemStraightLine* line = nullptr;
        QCPItemText* text = nullptr;
    };
    void place();

    CostPlot* plot_;
    std::vector<Marker> markers_;
};

} // namespace bpui
