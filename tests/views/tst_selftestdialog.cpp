// Help → Course self-test: the dialog shows every reference check with its numbers and an
// overall PASS. Set BPS_SCREENSHOT_DIR to save it as a PNG.

#include "views/teaching/selftestdialog.h"

#include <QLabel>
#include <QTableWidget>
#include <QtTest/QtTest>

using namespace bpui;

class TestSelfTestDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsPass();
    void screenshot();
};

void TestSelfTestDialog::showsPass()
{
    SelfTestDialog dialog;
    auto* verdict = dialog.findChild<QLabel*>(QStringLiteral("selfTestVerdict"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("selfTestTable"));
    QVERIFY(verdict != nullptr && table != nullptr);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("PASS")), qPrintable(verdict->text()));
    const bp::SelfTestReport& report = dialog.report();
    QVERIFY(report.passed());
    QCOMPARE(table->rowCount(), int(report.checks.size()));
    QVERIFY(table->rowCount() >= 20); // 2 × (9 entries + 1 check) + 5 sigmoid values
    for (int row = 0; row < table->rowCount(); ++row) {
        const bp::SelfTestCheck& c = report.checks[static_cast<size_t>(row)];
        QCOMPARE(table->item(row, 0)->text(), QString::fromStdString(c.name));
        QCOMPARE(table->item(row, 1)->text().toDouble(),
                 QString::number(c.expected, 'g', 11).toDouble());
        QCOMPARE(table->item(row, 2)->text().toDouble(),
                 QString::number(c.actual, 'g', 11).toDouble());
        QCOMPARE(table->item(row, 5)->text(), QStringLiteral("PASS"));
    }
}

void TestSelfTestDialog::screenshot()
{
    if (qEnvironmentVariableIsEmpty("BPS_SCREENSHOT_DIR"))
        QSKIP("set BPS_SCREENSHOT_DIR to save screenshots");
    SelfTestDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    dialog.grab().save(qEnvironmentVariable("BPS_SCREENSHOT_DIR") +
                       QStringLiteral("/self-test.png"));
}

QTEST_MAIN(TestSelfTestDialog)
#include "tst_selftestdialog.moc"
