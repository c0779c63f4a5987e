// The studio's languages: which one a preference and a system locale resolve to, the German
// and Spanish catalogues loaded from the resources translate what the window shows (a state
// name, a menu title) and pick the translated lesson text, and Help → Language saves the
// choice and says when it applies. Every string being translated is tst_translations' job
// (scripts/translations.py check); this test checks the catalogues reach the running studio.

#include "session/language/language.h"
#include "session/lessoncatalog.h"
#include "views/shell/languagemenu.h"
#include "views/shell/mainwindow.h"
#include "worker/trainingsnapshot.h"

#include "languagetestutil.h"

#include <QtTest/QtTest>

using namespace bpui;

namespace {

QString firstLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed().mid(2); // after "# "
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init() { bptest::uninstallTranslators(); }
    void cleanup() { bptest::uninstallTranslators(); }

    void resolve_data();
    void resolve();
    void catalogueTranslatesTheWindow_data();
    void catalogueTranslatesTheWindow();
    void englishInstallsNothing();
    void menuSavesTheChoice();
    void helpMenuHasTheLanguageMenu();
};

void TestLanguage::resolve_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QString() << "de_DE" << "de";
    QTest::newRow("system Austrian German") << QString() << "de_AT" << "de";
    QTest::newRow("system Mexican Spanish") << QString() << "es_MX" << "es";
    QTest::newRow("system French: English") << QString() << "fr_FR" << "en";
    QTest::newRow("C locale: English") << QString() << "C" << "en";
    QTest::newRow("override wins") << "es" << "de_DE" << "es";
    QTest::newRow("English override on a German system") << "en" << "de_DE" << "en";
    QTest::newRow("unknown override: the system") << "xx" << "es_ES" << "es";
}

void TestLanguage::resolve()
{
    QFETCH(QString, preference);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Language::resolve(preference, system), expected);
}

void TestLanguage::catalogueTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << "de";
    QTest::newRow("Spanish") << "es";
}

void TestLanguage::catalogueTranslatesTheWindow()
{
    QFETCH(QString, code);
    const QString idle = toDisplayString(TrainingState::Idle);
    const QList<Lesson> english = LessonCatalog::bundled();
    QVERIFY(!english.isEmpty());

    QVERIFY(Language::install(qApp, code));
    QCOMPARE(Language::current(), code);
    // A state name from the worker layer and a menu title from the views are translated.
    QVERIFY2(toDisplayString(TrainingState::Idle) != idle,
             qPrintable(toDisplayString(TrainingState::Idle)));
    QVERIFY(!toDisplayString(TrainingState::Idle).isEmpty());
    LanguageMenu menu;
    QVERIFY(menu.title() != QStringLiteral("&Language"));

    // The lessons come in the same language, titles from lesson.CODE.md.
    const QList<Lesson> translated = LessonCatalog::bundled();
    QCOMPARE(translated.size(), english.size());
    for (int i = 0; i < translated.size(); ++i) {
        QCOMPARE(translated[i].id, english[i].id);
        const QString path =
            QDir(translated[i].directory).filePath(QStringLiteral("lesson.%1.md").arg(code));
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(translated[i].title, firstLine(path).remove(QLatin1Char('*')));
        QVERIFY2(translated[i].title != english[i].title, qPrintable(translated[i].title));
    }
}

void TestLanguage::englishInstallsNothing()
{
    const int before = qApp->findChildren<QTranslator*>().size();
    QVERIFY(Language::install(qApp, QStringLiteral("en")));
    QCOMPARE(qApp->findChildren<QTranslator*>().size(), before);
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QVERIFY(!Language::install(qApp, QStringLiteral("xx")));
    QCOMPARE(toDisplayString(TrainingState::Idle), QStringLiteral("Idle"));
}

void TestLanguage::menuSavesTheChoice()
{
    Language::setPreferred(QString());
    LanguageMenu menu;
    QSignalSpy chosen(&menu, &LanguageMenu::chosen);
    QVERIFY(menu.actionFor(QString())->isChecked()); // follow the system
    QCOMPARE(menu.actions().size(), 5);              // system, separator, three languages

    menu.actionFor(QStringLiteral("de"))->trigger();
    QCOMPARE(Language::preferred(), QStringLiteral("de"));
    QVERIFY(menu.actionFor(QStringLiteral("de"))->isChecked());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
    QVERIFY2(chosen.at(0).at(1).toString().contains(QStringLiteral("Deutsch")),
             qPrintable(chosen.at(0).at(1).toString()));
    QVERIFY(chosen.at(0).at(1).toString().contains(QStringLiteral("next start")));

    LanguageMenu reopened; // a new window ticks the saved choice
    QVERIFY(reopened.actionFor(QStringLiteral("de"))->isChecked());

    menu.actionFor(QStringLiteral("de"))->trigger(); // the same again: nothing to say
    QCOMPARE(chosen.size(), 1);
    menu.actionFor(QString())->trigger();
    QCOMPARE(Language::preferred(), QString());
    QCOMPARE(chosen.size(), 2);
}

void TestLanguage::helpMenuHasTheLanguageMenu()
{
    MainWindow window;
    auto* menu = window.findChild<LanguageMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(menu != nullptr);
    QSignalSpy chosen(menu, &LanguageMenu::chosen);
    menu->actionFor(QStringLiteral("es"))->trigger();
    QCOMPARE(chosen.size(), 1);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Español")));
    auto* box = window.findChild<QMessageBox*>();
    QVERIFY(box != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("Español")));
    Language::setPreferred(QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
