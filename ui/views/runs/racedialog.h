#pragma once
// Train → Race…: several optimisers, learning rates or λ values trained from the same
// starting weights (the current ones), one after another or interleaved, for an iteration
// budget. Each racer becomes a run in the Runs dock, ticked, so the curves grow together on
// the cost plot. Modeless: the window stays usable; Stop keeps what the racers trained.
//
// objectNames: "raceVaryCombo" (optimisers / learning rates / λ values), "raceList"
// (QListWidget, checkable items; numbers editable), "raceValueEdit" + "raceAddButton" (add a
// number), "raceSequentialRadio", "raceInterleavedRadio", "raceBudgetSpin", "raceProgress",
// "raceStatus", "raceStartButton", "raceStopButton".

#include "session/racerunner.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace bpui {

class ProjectModel;
class RunsModel;

class RaceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Vary
    {
        Optimizer,
        LearningRate,
        Lambda
    };

    RaceDialog(ProjectModel* model, RunsModel* runs, QWidget* parent = nullptr);
    ~RaceDialog() override;

    /// Returns why a race cannot start now (e.g. training is running), or an empty string.
    void setStartCheck(std::function<QString()> check) { startCheck_ = std::move(check); }

    RaceRunner* runner() const { return runner_; }
    /// The run ids of the current (or last) race, in racer order.
    const std::vector<int>& runIds() const { return runIds_; }
    void setVary(Vary vary);

public slots:
    /// Validates the choices and starts the race; false (with the reason shown) otherwise.
    bool startRace();
    void stopRace();

signals:
    void raceFinished(); // all racers ended (budget reached or stopped)
    void statusMessage(const QString& text);

private:
    void makeRacerControls(); // what varies, the racers, their order and budget
    void makeProgressView();
    QWidget* makeButtons(); // Start, Stop, Close
    void layOut(QWidget* buttons);
    void connectControls();
    void followRunner(); // the racers' rows and weights become runs
    void fillList();
    void addValue();
    void setRunning(bool running);
    void showError(const QString& text);
    void onFinished(bool stopped);

    ProjectModel* model_;
    RunsModel* runs_;
    RaceRunner* runner_;
    std::function<QString()> startCheck_;
    QComboBox* varyCombo_ = nullptr;
    QListWidget* list_ = nullptr;
    QLineEdit* valueEdit_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QRadioButton* sequential_ = nullptr;
    QRadioButton* interleaved_ = nullptr;
    QSpinBox* budget_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QPushButton* closeButton_ = nullptr;
    std::vector<int> runIds_;
    std::vector<QString> labels_;
    int raceNumber_ = 0;
};

} // namespace bpui
