#pragma once
// What a hovered unit of the diagram computes: its activation for the first training example
// and on average, and — for 2-D data — a thumbnail of its activation over the input plane.
// Evaluated lazily (on the first hover after a change) and cached until invalidate().

#include "types.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace bpui {

class ProjectModel;

class UnitProbe
{
    Q_DECLARE_TR_FUNCTIONS(bpui::UnitProbe)

public:
    /// Examples averaged over (the first this many training examples).
    static constexpr bp::Index kExampleLimit = 1000;
    /// Thumbnail grid resolution (cells per side) and drawn size in pixels.
    static constexpr int kGrid = 40;
    static constexpr int kThumbnailPixels = 120;

    void invalidate() { valid_ = false; }

    /// Rich-text tooltip for unit `unit` (0-based) of layer `layer` (0-based, 0 = input).
    QString describe(const ProjectModel& model, int layer, int unit);

private:
    bool ensure(const ProjectModel& model);
    QString thumbnail(int layer, int unit) const;

    bool valid_ = false;
    std::vector<bp::Matrix> examples_; // a(l) for the first training examples, per layer
    std::vector<bp::Matrix> grid_;     // a(l) over the kGrid² input-plane grid (2-D data only)
};

} // namespace bpui
