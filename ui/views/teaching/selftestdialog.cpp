#include "views/teaching/selftestdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace bpui {

namespace {

QTableWidgetItem* resultCell(const QString& text, Qt::Alignment alignment = Qt::AlignRight)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

// Enough digits to compare with the course's printed reference values (10 decimals) and to
// see a 1e-12 relative difference for what it is.
QString referenceNumber(double v)
{
    return QString::number(v, 'g', 11);
}

} // namespace

SelfTestDialog::SelfTestDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Course self-test"));
    auto* intro = new QLabel(
        tr("The course's reference checks: the 3-5-3 debug network (Θ and X filled with "
           "sin(1…)/10) must give the published gradient entries at λ = 0 and λ = 3, its "
           "gradient check must agree below 1e-9, and g′(z) = g(z)(1 − g(z)) of the sigmoid "
           "must match the published values."),
        this);
    intro->setWordWrap(true);
    verdict_ = new QLabel(this);
    verdict_->setObjectName(QStringLiteral("selfTestVerdict"));
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    verdict_->setFont(big);
    verdict_->setToolTip(tr("PASS when every check is within its tolerance"));

    table_ = new QTableWidget(0, 6, this);
    table_->setObjectName(QStringLiteral("selfTestTable"));
    table_->setHorizontalHeaderLabels({tr("Check"), tr("Expected"), tr("Actual"),
                                       tr("|Difference|"), tr("Tolerance"), tr("Result")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->verticalHeader()->setVisible(false);
    // Compact rows so all 25 checks fit without scrolling at the default size.
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->setAlternatingRowColors(true);
    table_->setToolTip(tr("Each check passes when |actual − expected| ≤ tolerance"));

    auto* runButton = new QPushButton(tr("Run again"), this);
    runButton->setObjectName(QStringLiteral("selfTestRunButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(runButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(runButton, &QPushButton::clicked, this, &SelfTestDialog::run);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(verdict_);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(860, 720);
    run();
}

void SelfTestDialog::run()
{
    report_ = bp::runCourseSelfTest();
    fill();
}

void SelfTestDialog::fill()
{
    table_->setRowCount(static_cast<int>(report_.checks.size()));
    int failed = 0;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const bp::SelfTestCheck& c = report_.checks[static_cast<size_t>(row)];
        failed += c.passed ? 0 : 1;
        table_->setItem(row, 0, resultCell(QString::fromStdString(c.name), Qt::AlignLeft));
        table_->setItem(row, 1, resultCell(referenceNumber(c.expected)));
        table_->setItem(row, 2, resultCell(referenceNumber(c.actual)));
        table_->setItem(row, 3, resultCell(QString::number(std::abs(c.actual - c.expected), 'e', 2)));
        table_->setItem(row, 4, resultCell(QString::number(c.tolerance, 'g', 3)));
        QTableWidgetItem* result = resultCell(c.passed ? tr("PASS") : tr("FAIL"), Qt::AlignCenter);
        result->setForeground(Qt::white);
        result->setBackground(c.passed ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x30, 0x2a));
        QFont bold = result->font();
        bold.setBold(true);
        result->setFont(bold);
        table_->setItem(row, 5, result);
    }
    table_->setCurrentItem(nullptr); // no focus frame on the first check
    const int total = table_->rowCount();
    if (report_.passed()) {
        verdict_->setText(tr("PASS — all %1 reference checks agree with the course").arg(total));
        verdict_->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    } else {
        verdict_->setText(tr("FAIL — %1 of %2 reference checks disagree").arg(failed).arg(total));
        verdict_->setStyleSheet(QStringLiteral("color: #b0302a;"));
    }
}

} // namespace bpui
