// displayNumber: one bounded, readable text for every number the studio shows (issue 13: the
// symmetry demo printed a diverged cost with hundreds of digits).

#include "session/numberformat.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace bpui;

class TestNumberFormat : public QObject
{
    Q_OBJECT
private slots:
    void displayNumber_data();
    void displayNumber();
    void widthIsBounded_data();
    void widthIsBounded();
    void displayPercent_data();
    void displayPercent();
};

void TestNumberFormat::displayNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("significant");
    QTest::addColumn<QString>("expected");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("zero") << 0.0 << 4 << "0";
    QTest::newRow("negative zero") << -0.0 << 4 << "0";
    QTest::newRow("cost") << 0.69314718 << 4 << "0.6931";
    QTest::newRow("one, no trailing zeros") << 1.0 << 4 << "1";
    QTest::newRow("twelve and a half") << 12.5 << 4 << "12.5";
    QTest::newRow("thousands, plain") << 12345.6 << 4 << "12346";
    QTest::newRow("just below 1e5") << 99999.0 << 4 << "99999";
    QTest::newRow("1e5 is scientific") << 1e5 << 4 << "1e+05";
    QTest::newRow("diverged cost") << 1947087662777123407268509.0e3 << 3 << "1.95e+27";
    QTest::newRow("diverged cost, 4 digits") << 1.947087662777e27 << 4 << "1.947e+27";
    QTest::newRow("small but plain") << 0.00123456 << 4 << "0.001235";
    QTest::newRow("below 1e-3: scientific") << 0.00098765 << 3 << "9.88e-04";
    QTest::newRow("gradient") << 3.0498e-06 << 3 << "3.05e-06";
    QTest::newRow("ratio") << 1.2e-10 << 2 << "1.2e-10";
    QTest::newRow("negative uses U+2212") << -0.5 << 4 << "\u22120.5";
    QTest::newRow("negative large") << -2.5e30 << 3 << "\u22122.5e+30";
    QTest::newRow("infinity") << inf << 4 << "\u221e";
    QTest::newRow("minus infinity") << -inf << 4 << "\u2212\u221e";
    QTest::newRow("NaN") << std::nan("") << 4 << "NaN";
    QTest::newRow("one digit") << 0.123 << 1 << "0.1";
}

void TestNumberFormat::displayNumber()
{
    QFETCH(double, value);
    QFETCH(int, significant);
    QFETCH(QString, expected);
    QCOMPARE(bpui::displayNumber(value, significant), expected);
}

void TestNumberFormat::widthIsBounded_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("largest") << std::numeric_limits<double>::max();
    QTest::newRow("most negative") << -std::numeric_limits<double>::max();
    QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
    QTest::newRow("denormal") << -std::numeric_limits<double>::denorm_min();
    QTest::newRow("1e300") << 1e300;
    QTest::newRow("just below 1e-3") << -0.000999999;
}

void TestNumberFormat::widthIsBounded()
{
    QFETCH(double, value);
    for (int digits = 1; digits <= 9; ++digits) {
        const QString text = bpui::displayNumber(value, digits);
        QVERIFY2(text.size() <= kMaxNumberChars, qPrintable(text));
    }
}

void TestNumberFormat::displayPercent_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accuracy") << 0.93333 << "93.3 %";
    QTest::newRow("all") << 1.0 << "100.0 %";
    QTest::newRow("NaN") << std::nan("") << "\u2014";
}

void TestNumberFormat::displayPercent()
{
    QFETCH(double, fraction);
    QFETCH(QString, expected);
    QCOMPARE(bpui::displayPercent(fraction), expected);
}

QTEST_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
