#pragma once
// The classic hidden-layer picture for image data: each first-layer unit's incoming weights
// (row j of Θ(1) without the bias) drawn as an image of the data's shape, in a grid that
// follows training live. Clicking a unit lists the training images that excite it most.
//
// objectNames (for tests and the main window):
//   "hiddenUnitCaption"  QLabel: what is drawn, or why nothing is ("needs image data")
//   "hiddenUnitGrid"     QListWidget (icon mode): one item per unit, item data Qt::UserRole =
//                        unit index
//   "topImagesCaption"   QLabel
//   "topImagesList"      QListWidget (icon mode): the top images, sorted by activation; item
//                        data Qt::UserRole = training-split index, Qt::UserRole + 1 = a(2)_j

#include "session/livethrottle.h"
#include "types.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;

namespace bpui {

class ProjectModel;

class HiddenUnitGallery : public QWidget
{
    Q_OBJECT
public:
    /// The top list ranks at most this many training examples (the first ones), for speed.
    static constexpr bp::Index kExampleLimit = 10000;
    /// How many exciting images are listed.
    static constexpr int kTopCount = 12;
    /// Drawn size (pixels per side, roughly) of a unit's image and of a thumbnail.
    static constexpr int kUnitPixels = 56;
    static constexpr int kThumbnailPixels = 56;

    struct TopExample
    {
        bp::Index index = 0;     // column of the training split
        double activation = 0.0; // a(2)_j for that example
        int label = -1;
    };

    explicit HiddenUnitGallery(ProjectModel* model, QWidget* parent = nullptr);

    /// True when the project has image data and at least one hidden layer.
    bool hasImages() const;
    /// Unit `unit`'s incoming weights as an imageWidth × imageHeight diverging image, scaled
    /// per unit to ±max |w|; a null image when there is nothing to draw.
    QImage unitImage(int unit) const;
    int unitCount() const;

    int selectedUnit() const { return selected_; }
    /// The images listed for the selected unit, highest activation first.
    const std::vector<TopExample>& topExamples() const { return top_; }

public slots:
    void selectUnit(int unit);

signals:
    void unitSelected(int unit);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleUpdate(UpdateCause cause);
    void updateGallery();
    void updateTopImages();

    ProjectModel* model_;
    QLabel* caption_ = nullptr;
    QListWidget* grid_ = nullptr;
    QLabel* topCaption_ = nullptr;
    QListWidget* topList_ = nullptr;
    std::unique_ptr<LiveUpdateTimer> timer_;
    int selected_ = -1;
    std::vector<TopExample> top_;
    bool dirty_ = true; // an update was skipped while hidden
};

} // namespace bpui
