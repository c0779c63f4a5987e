#pragma once
// Help → Course self-test: runs bp::runCourseSelfTest() (the 3-5-3 debug network's gradient
// entries at λ = 0 and 3, its gradient checks, the sigmoid gradient values) and shows every
// check with its numbers, coloured PASS / FAIL, under one overall verdict.
//
// objectNames: "selfTestVerdict" (QLabel, text starts with "PASS" or "FAIL"),
// "selfTestTable" (QTableWidget: check, expected, actual, |difference|, tolerance, result),
// "selfTestRunButton".

#include "selftest.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace bpui {

class SelfTestDialog : public QDialog
{
    Q_OBJECT
public:
    /// Runs the self-test once on construction (it takes milliseconds).
    explicit SelfTestDialog(QWidget* parent = nullptr);

    const bp::SelfTestReport& report() const { return report_; }

public slots:
    void run();

private:
    void fill();

    bp::SelfTestReport report_;
    QLabel* verdict_ = nullptr;
    QTableWidget* table_ = nullptr;
};

} // namespace bpui
