#pragma once
// The planted-bug lesson: pick a classic backprop mistake (or none), run the gradient check
// against the correct cost and see where the discrepancy sits; or let "Quiz me" plant a
// hidden one (seeded) and name it from the plot. The check runs synchronously: it is small
// (≤ 50 examples; ≤ 5000 parameters, else a seeded sample of 500).
//
// objectNames: "sourceModelRadio", "sourceDebugRadio", "bugLambdaSpin", "sourceInfoLabel",
// "bugCombo" (item data: int(bp::PlantedBug); no item, a placeholder, during a quiz), "bugDescriptionLabel", "runBugCheckButton",
// "bugWhereLabel" (verdict and where the discrepancy sits), "quizSeedSpin", "quizButton",
// "quizQuestionLabel", "quizAnswerGroup" (QGroupBox of QRadioButtons
// "quizAnswer_<bp::toString(bug)>"), "revealButton", "quizResultLabel" (text starts "Right"
// or "Wrong" after a reveal), "bugCheckPlot" (the embedded GradientCheckPlot).

#include "session/teaching/plantedbugcheck.h"

#include <QDialog>

#include <cstdint>
#include <map>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace bpui {

class GradientCheckPlot;
class ProjectModel;

class BugQuizDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source
    {
        Model,
        CourseDebug
    };

    /// Examples of the project's training split used by the check (the first ones).
    static constexpr int kMaxExamples = 50;

    explicit BugQuizDialog(ProjectModel* model, QWidget* parent = nullptr);

    Source source() const;
    void setSource(Source source);
    bp::PlantedBug selectedBug() const;
    void setSelectedBug(bp::PlantedBug bug);
    /// λ used by the check: the project's, or 1 when that is 0 (so a regularised bias shows).
    double lambda() const;

    /// The problem the check runs on for the current source and λ.
    PlantedBugProblem problem() const;
    /// The last check shown (empty before the first).
    const std::optional<PlantedBugCheck>& lastCheck() const { return last_; }

    bool quizActive() const { return quizBug_.has_value(); }
    std::uint64_t quizSeed() const;
    void setQuizSeed(std::uint64_t seed);

public slots:
    /// Checks the bug chosen in bugCombo.
    void runCheck();
    /// Plants quizBug(seed, bugs visible on the network), checks it, asks which it is; the
    /// seed box then moves on by one so the next quiz differs.
    void startQuiz();
    /// Says whether the chosen answer is right and names the planted bug.
    void reveal();

signals:
    void checkFinished(bool passed);

private:
    QWidget* makeSourceGroup();
    QWidget* makeBugGroup();
    QWidget* makeQuizGroup();
    void makeAnswerGroup();
    void makeResultView(); // the verdict and where it sits, above the embedded plot
    void layOut(QWidget* sourceBox, QWidget* bugBox, QWidget* quizBox);
    void connectControls();
    void followModel();
    void showCheck(const PlantedBugCheck& check, bool hidden);
    void updateSourceInfo();
    void updateBugDescription();

    ProjectModel* model_;
    QRadioButton* modelRadio_ = nullptr;
    QRadioButton* debugRadio_ = nullptr;
    QDoubleSpinBox* lambdaSpin_ = nullptr;
    QLabel* sourceInfo_ = nullptr;
    QComboBox* bugCombo_ = nullptr;
    int choiceBeforeQuiz_ = 0; // the combo's index before a quiz blanked it
    QLabel* bugDescription_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QLabel* where_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QPushButton* quizButton_ = nullptr;
    QLabel* question_ = nullptr;
    QGroupBox* answerGroup_ = nullptr;
    QButtonGroup* answers_ = nullptr;
    std::map<int, QRadioButton*> answerButtons_; // by int(bp::PlantedBug)
    QPushButton* revealButton_ = nullptr;
    QLabel* result_ = nullptr;
    GradientCheckPlot* plot_ = nullptr;
    std::optional<PlantedBugCheck> last_;
    std::optional<bp::PlantedBug> quizBug_;
    std::uint64_t quizSeedUsed_ = 0;
};

} // namespace bpui
