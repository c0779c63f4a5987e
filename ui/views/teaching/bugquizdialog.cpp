#include "views/teaching/bugquizdialog.h"

#include "session/numberformat.h"

#include "views/plots/gradientcheckplot.h"
#include "session/projectmodel.h"
#include "selftest.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

namespace bpui {

namespace {

// The course's figure for its small sigmoid debug network. A general project network
// (tanh / ReLU units, normalised data) leaves more rounding in ε = 1e-4 central
// differences, so it is judged at 1e-7: still orders of magnitude below any planted bug.
constexpr double kDebugThreshold = 1e-9;
constexpr double kModelThreshold = 1e-7;

QLabel* wrappingLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

BugQuizDialog::BugQuizDialog(ProjectModel* model, QWidget* parent) : QDialog(parent), model_(model)
{
    setWindowTitle(tr("Gradient-check lesson: planted bugs"));

    QWidget* sourceBox = makeSourceGroup();
    QWidget* bugBox = makeBugGroup();
    QWidget* quizBox = makeQuizGroup();
    makeResultView();
    layOut(sourceBox, bugBox, quizBox);
    connectControls();
    followModel();
    updateSourceInfo();
    updateBugDescription();
}

QWidget* BugQuizDialog::makeSourceGroup()
{
    modelRadio_ = new QRadioButton(tr("Current network"), this);
    modelRadio_->setObjectName(QStringLiteral("sourceModelRadio"));
    modelRadio_->setToolTip(tr("The project's network at its current weights, on its first "
                               "%1 training examples")
                                .arg(kMaxExamples));
    debugRadio_ = new QRadioButton(tr("Course debug network (3-5-3)"), this);
    debugRadio_->setObjectName(QStringLiteral("sourceDebugRadio"));
    debugRadio_->setToolTip(tr("The course's debug problem: Θ and X filled with sin(1…)/10, "
                               "5 examples, y = 1 + mod(1…5, 3)"));
    modelRadio_->setChecked(true);
    lambdaSpin_ = new QDoubleSpinBox(this);
    lambdaSpin_->setObjectName(QStringLiteral("bugLambdaSpin"));
    lambdaSpin_->setRange(0.0, 1000.0);
    lambdaSpin_->setDecimals(4);
    lambdaSpin_->setToolTip(tr("λ of J's (λ/2m)ΣΘ² term. With λ = 0 a regularised bias "
                               "column cannot show."));
    const double projectLambda = model_->config().lambda;
    lambdaSpin_->setValue(projectLambda > 0.0 ? projectLambda : 1.0);
    sourceInfo_ = wrappingLabel(this, QStringLiteral("sourceInfoLabel"));
    sourceInfo_->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto* sourceBox = new QGroupBox(tr("Network"), this);
    auto* sourceLayout = new QFormLayout(sourceBox);
    sourceLayout->addRow(modelRadio_);
    sourceLayout->addRow(debugRadio_);
    sourceLayout->addRow(tr("λ:"), lambdaSpin_);
    sourceLayout->addRow(sourceInfo_);
    return sourceBox;
}

QWidget* BugQuizDialog::makeBugGroup()
{
    bugCombo_ = new QComboBox(this);
    bugCombo_->setObjectName(QStringLiteral("bugCombo"));
    bugCombo_->setPlaceholderText(tr("(hidden during the quiz)"));
    std::vector<bp::PlantedBug> bugs{bp::PlantedBug::None};
    for (bp::PlantedBug bug : bp::allPlantedBugs())
        bugs.push_back(bug);
    for (bp::PlantedBug bug : bugs) {
        bugCombo_->addItem(bugTitle(bug), static_cast<int>(bug));
        bugCombo_->setItemData(bugCombo_->count() - 1, bugDescription(bug), Qt::ToolTipRole);
    }
    bugCombo_->setToolTip(tr("The mistake planted in backprop; the numeric gradient always "
                             "differentiates the correct J"));
    bugDescription_ = wrappingLabel(this, QStringLiteral("bugDescriptionLabel"));
    runButton_ = new QPushButton(tr("Run gradient check"), this);
    runButton_->setObjectName(QStringLiteral("runBugCheckButton"));
    runButton_->setToolTip(tr("Compare the (buggy) backprop gradient with (J(θ + ε) − J(θ − ε)) "
                              "/ 2ε, ε = 1e-4, for every parameter"));
    auto* bugBox = new QGroupBox(tr("Planted bug"), this);
    auto* bugLayout = new QVBoxLayout(bugBox);
    bugLayout->addWidget(bugCombo_);
    bugLayout->addWidget(bugDescription_);
    bugLayout->addWidget(runButton_);
    return bugBox;
}

QWidget* BugQuizDialog::makeQuizGroup()
{
    seedSpin_ = new QSpinBox(this);
    seedSpin_->setObjectName(QStringLiteral("quizSeedSpin"));
    seedSpin_->setRange(1, 1000000);
    seedSpin_->setValue(1);
    seedSpin_->setToolTip(tr("The hidden bug is drawn with this seed (std::mt19937_64): the "
                             "same seed plants the same bug, so a class can share one"));
    quizButton_ = new QPushButton(tr("Quiz me"), this);
    quizButton_->setObjectName(QStringLiteral("quizButton"));
    quizButton_->setToolTip(tr("Plant a hidden bug, run the check, and guess which it is"));
    question_ = wrappingLabel(this, QStringLiteral("quizQuestionLabel"));
    makeAnswerGroup();
    revealButton_ = new QPushButton(tr("Reveal"), this);
    revealButton_->setObjectName(QStringLiteral("revealButton"));
    revealButton_->setEnabled(false);
    result_ = wrappingLabel(this, QStringLiteral("quizResultLabel"));
    auto* quizBox = new QGroupBox(tr("Quiz"), this);
    auto* quizLayout = new QVBoxLayout(quizBox);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(new QLabel(tr("Seed:"), this));
    seedRow->addWidget(seedSpin_, 1);
    seedRow->addWidget(quizButton_);
    quizLayout->addLayout(seedRow);
    quizLayout->addWidget(question_);
    quizLayout->addWidget(answerGroup_);
    quizLayout->addWidget(revealButton_);
    quizLayout->addWidget(result_);
    return quizBox;
}

void BugQuizDialog::makeAnswerGroup()
{
    answerGroup_ = new QGroupBox(tr("Which bug is planted?"), this);
    answerGroup_->setObjectName(QStringLiteral("quizAnswerGroup"));
    answers_ = new QButtonGroup(this);
    auto* answerLayout = new QVBoxLayout(answerGroup_);
    for (bp::PlantedBug bug : bp::allPlantedBugs()) {
        auto* radio = new QRadioButton(bugTitle(bug), answerGroup_);
        radio->setObjectName(QStringLiteral("quizAnswer_") + bugName(bug));
        radio->setToolTip(bugDescription(bug));
        answers_->addButton(radio, static_cast<int>(bug));
        answerButtons_[static_cast<int>(bug)] = radio;
        answerLayout->addWidget(radio);
    }
    answerGroup_->setEnabled(false);
}

void BugQuizDialog::makeResultView()
{
    where_ = wrappingLabel(this, QStringLiteral("bugWhereLabel"));
    where_->setTextFormat(Qt::RichText);
    where_->setMinimumHeight(60);
    where_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    where_->setToolTip(tr("Per Θ(l): relative difference ‖num − ana‖ / ‖num + ana‖ of its bias "
                          "column and of its other weights, where it exceeds the threshold"));
    plot_ = new GradientCheckPlot(this);
    plot_->setObjectName(QStringLiteral("bugCheckPlot"));
    // The check runs here, synchronously: the plot's own run / cancel / progress / "repeat
    // during training" controls belong to the training view and would mislead.
    plot_->setRunControlsVisible(false);
}

void BugQuizDialog::layOut(QWidget* sourceBox, QWidget* bugBox, QWidget* quizBox)
{
    auto* left = new QVBoxLayout;
    left->addWidget(sourceBox);
    left->addWidget(bugBox);
    left->addWidget(quizBox);
    left->addStretch(1);
    auto* leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    leftWidget->setFixedWidth(330);
    auto* right = new QVBoxLayout;
    right->addWidget(where_);
    right->addWidget(plot_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addLayout(right, 1);
    resize(1100, 720);
}

void BugQuizDialog::connectControls()
{
    connect(modelRadio_, &QRadioButton::toggled, this, [this] { updateSourceInfo(); });
    connect(lambdaSpin_, &QDoubleSpinBox::valueChanged, this, [this] { updateSourceInfo(); });
    connect(bugCombo_, &QComboBox::currentIndexChanged, this, [this] { updateBugDescription(); });
    connect(runButton_, &QPushButton::clicked, this, &BugQuizDialog::runCheck);
    connect(quizButton_, &QPushButton::clicked, this, &BugQuizDialog::startQuiz);
    connect(revealButton_, &QPushButton::clicked, this, &BugQuizDialog::reveal);
}

void BugQuizDialog::followModel()
{
    connect(model_, &ProjectModel::architectureChanged, this, [this] { updateSourceInfo(); });
    connect(model_, &ProjectModel::datasetChanged, this, [this] { updateSourceInfo(); });
    connect(model_, &ProjectModel::replaced, this, [this] { updateSourceInfo(); });
}

BugQuizDialog::Source BugQuizDialog::source() const
{
    return debugRadio_->isChecked() ? Source::CourseDebug : Source::Model;
}

void BugQuizDialog::setSource(Source source)
{
    (source == Source::CourseDebug ? debugRadio_ : modelRadio_)->setChecked(true);
}

bp::PlantedBug BugQuizDialog::selectedBug() const
{
    // During a quiz the combo shows no bug; the user's choice is kept for after it.
    const int index = bugCombo_->currentIndex() >= 0 ? bugCombo_->currentIndex() : choiceBeforeQuiz_;
    return static_cast<bp::PlantedBug>(bugCombo_->itemData(index).toInt());
}

void BugQuizDialog::setSelectedBug(bp::PlantedBug bug)
{
    bugCombo_->setCurrentIndex(bugCombo_->findData(static_cast<int>(bug)));
}

double BugQuizDialog::lambda() const
{
    return lambdaSpin_->value();
}

std::uint64_t BugQuizDialog::quizSeed() const
{
    return static_cast<std::uint64_t>(seedSpin_->value());
}

void BugQuizDialog::setQuizSeed(std::uint64_t seed)
{
    seedSpin_->setValue(static_cast<int>(seed));
}

PlantedBugProblem BugQuizDialog::problem() const
{
    PlantedBugProblem p;
    p.lambda = lambda();
    if (source() == Source::CourseDebug) {
        const bp::DebugProblem debug = bp::courseDebugProblem();
        p.arch = debug.arch;
        p.params = debug.params;
        p.X = debug.X;
        p.Y = debug.Y;
        p.labels = debug.labels;
        p.description = tr("course debug network 3-5-3 (sigmoid), 5 examples");
        return p;
    }
    const bp::Dataset& train = model_->split().train;
    const int m = static_cast<int>(std::min<bp::Index>(train.size(), kMaxExamples));
    std::vector<bp::Index> columns(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i)
        columns[static_cast<size_t>(i)] = i;
    const bp::Dataset subset = train.subset(columns);
    p.arch = model_->architecture();
    p.params = model_->parameters();
    p.X = subset.features;
    p.Y = bp::encodeTargets(subset, p.arch.outputSize());
    p.labels = subset.labels;
    QStringList sizes;
    for (int s : p.arch.layerSizes)
        sizes << QString::number(s);
    p.description = tr("current network %1, first %2 training examples")
                        .arg(sizes.join(QLatin1Char('-')))
                        .arg(m);
    return p;
}

void BugQuizDialog::updateSourceInfo()
{
    const double projectLambda = model_->config().lambda;
    QString text = source() == Source::CourseDebug
                       ? tr("3-5-3 sigmoid network, 38 parameters, 5 examples; pass below %1.")
                             .arg(kDebugThreshold)
                       : tr("First %1 training examples at the current weights; pass below %2.")
                             .arg(std::min<bp::Index>(model_->split().train.size(), kMaxExamples))
                             .arg(kModelThreshold);
    if (projectLambda == 0.0 && lambda() == 1.0)
        text += tr(" λ = 1 because the project's λ is 0: with λ = 0 the regularisation term "
                   "vanishes, and with it any bias-regularisation bug.");
    sourceInfo_->setText(text);
    plot_->setThreshold(source() == Source::CourseDebug ? kDebugThreshold : kModelThreshold);
    updateBugDescription();
}

void BugQuizDialog::updateBugDescription()
{
    if (quizActive()) {
        bugDescription_->setText(tr("Hidden during the quiz."));
        return;
    }
    QString text = bugDescription(selectedBug());
    const QString invisible = whyBugIsInvisible(problem().arch, selectedBug());
    if (!invisible.isEmpty())
        text += tr(" It cannot show on this network: %1.").arg(invisible);
    bugDescription_->setText(text);
}

void BugQuizDialog::runCheck()
{
    quizBug_.reset();
    answerGroup_->setEnabled(false);
    revealButton_->setEnabled(false);
    if (bugCombo_->currentIndex() < 0) // a quiz abandoned: back to the user's own choice
        bugCombo_->setCurrentIndex(choiceBeforeQuiz_);
    bugCombo_->setEnabled(true);
    updateBugDescription();
    const PlantedBugCheck check = runPlantedBugCheck(problem(), selectedBug(), plot_->threshold());
    showCheck(check, false);
}

void BugQuizDialog::startQuiz()
{
    const PlantedBugProblem p = problem();
    quizSeedUsed_ = quizSeed();
    const bp::PlantedBug bug = quizBug(quizSeedUsed_, bugsVisibleOn(p.arch));
    quizBug_ = bug;
    const PlantedBugCheck check = runPlantedBugCheck(p, bug, plot_->threshold());
    showCheck(check, true);
    answers_->setExclusive(false); // an exclusive group cannot be cleared
    for (QAbstractButton* b : answers_->buttons())
        b->setChecked(false);
    answers_->setExclusive(true);
    answerGroup_->setEnabled(true);
    revealButton_->setEnabled(true);
    // The greyed combo must not show a bug (the one chosen before reads as a hint, or as
    // the answer): it shows the placeholder until the quiz ends.
    if (bugCombo_->currentIndex() >= 0)
        choiceBeforeQuiz_ = bugCombo_->currentIndex();
    bugCombo_->setCurrentIndex(-1);
    bugCombo_->setEnabled(false);
    updateBugDescription();
    question_->setText(tr("Quiz (seed %1): a bug is hidden in backprop. Read the plot and the "
                          "table — which Θ, bias column or weights, how large — then choose.")
                           .arg(quizSeedUsed_));
    result_->clear();
    setQuizSeed(quizSeedUsed_ + 1); // the next "Quiz me" draws afresh; this seed stays shown
}

void BugQuizDialog::reveal()
{
    if (!quizBug_)
        return;
    const int chosen = answers_->checkedId();
    if (chosen < 0) {
        result_->setText(tr("Choose an answer first."));
        return;
    }
    const bp::PlantedBug bug = *quizBug_;
    const bool right = chosen == static_cast<int>(bug);
    const QString answer = bugTitle(bug) + QStringLiteral(": ") + bugDescription(bug);
    result_->setText(right ? tr("Right! %1").arg(answer)
                           : tr("Wrong: you chose “%1”. The planted bug (seed %2) was %3")
                                 .arg(bugTitle(static_cast<bp::PlantedBug>(chosen)))
                                 .arg(quizSeedUsed_)
                                 .arg(answer));
    result_->setStyleSheet(right ? QStringLiteral("color: #1a7f37; font-weight: bold;")
                                 : QStringLiteral("color: #b0302a; font-weight: bold;"));
    quizBug_.reset();
    answerGroup_->setEnabled(false);
    revealButton_->setEnabled(false);
    bugCombo_->setEnabled(true);
    setSelectedBug(bug);
    updateBugDescription();
    if (last_)
        showCheck(*last_, false); // now the bug may be named above the plot
}

void BugQuizDialog::showCheck(const PlantedBugCheck& check, bool hidden)
{
    last_ = check;
    const QString bug = hidden ? tr("hidden bug") : bugTitle(check.bug);
    const double rel = check.report.relativeDifference;
    QString html = check.passed
                       ? tr("<b style=\"color:#1a7f37;\">PASS</b> — %1: relative difference %2 "
                            "&lt; %3. Backprop agrees with the numeric gradient.")
                       : tr("<b style=\"color:#b0302a;\">FAIL</b> — %1: relative difference %2 "
                            "≥ %3.");
    html = html.arg(bug.toHtmlEscaped(), displayNumber(rel, 3), displayNumber(check.threshold, 3));
    if (!check.passed && !check.where.isEmpty())
        html += tr("<br>The discrepancy sits in <b>%1</b>.").arg(check.where.toHtmlEscaped());
    html += QStringLiteral("<br><span style=\"color:#666666;\">") +
            problem().description.toHtmlEscaped() + QStringLiteral(" — ") +
            check.samplingNote.toHtmlEscaped() + QStringLiteral("</span>");
    where_->setText(html);
    plot_->showReport(check.report, check.samplingNote + QStringLiteral(" — ") + bug);
    emit checkFinished(check.passed);
}

} // namespace bpui
