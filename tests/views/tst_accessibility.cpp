// Every user: the main window's accessibility tree (what a screen reader reads, Qt's
// QAccessible interface) names every interactive element — buttons, check boxes, combo and
// spin boxes, sliders, text fields, tabs, tables — and every plot has a name and a
// description, with every dock open; the keyboard reaches each dock (View menu shortcuts,
// F6 cycling through the open docks) and Tab walks through a dock's controls without leaving
// it half-way.

#include "session/studiosettings.h"
#include "views/plots/colormaps.h"
#include "views/plots/colourvision.h"
#include "views/shell/mainwindow.h"

#include <qcustomplot.h>

#include <QAccessible>
#include <QDockWidget>
#include <QtTest/QtTest>

using namespace bpui;

Q_DECLARE_METATYPE(bpui::ClassPalette)
Q_DECLARE_METATYPE(bpui::ColourVision)

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::EditableText:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

/// "DataPanel > QGroupBox(Input features) > QComboBox#featureCombo": where a nameless element is.
QString describe(QAccessibleInterface* element)
{
    QStringList path;
    for (QObject* o = element->object(); o != nullptr; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        path.prepend(part);
        if (qobject_cast<QDockWidget*>(o) != nullptr || path.size() > 5)
            break;
    }
    const QString tip = element->object() != nullptr && element->object()->isWidgetType()
                            ? static_cast<QWidget*>(element->object())->toolTip()
                            : QString();
    return QStringLiteral("%1 [role %2, value '%3', tooltip '%4']")
        .arg(path.join(QStringLiteral(" > ")))
        .arg(int(element->role()))
        .arg(element->text(QAccessible::Value), tip.left(60));
}

void walk(QAccessibleInterface* element, QStringList* nameless, int* checked, int depth = 0)
{
    if (element == nullptr || depth > 40 || element->state().invisible)
        return;
    if (interactive(element->role())) {
        ++*checked;
        if (element->text(QAccessible::Name).trimmed().isEmpty())
            *nameless << describe(element);
    }
    // A table's cells and a list's rows are named by their data; the view itself is enough.
    if (element->role() == QAccessible::Table || element->role() == QAccessible::List ||
        element->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < element->childCount(); ++i)
        walk(element->child(i), nameless, checked, depth + 1);
}

/// Shows every dock the View menu lists, the optional ones (Gradients, Landscape, …) too.
void openEveryDock(MainWindow* window)
{
    for (QDockWidget* dock : window->findChildren<QDockWidget*>())
        if (!dock->toggleViewAction()->isChecked())
            dock->toggleViewAction()->trigger();
}

bool focusable(const QWidget* w)
{
    return w->isVisibleTo(w->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy();
}

/// Shows the window at the classroom size, active (keyboard focus goes to it).
bool showActive(MainWindow* window)
{
    window->resize(1280, 720);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowExposed(window) && QTest::qWaitForWindowActive(window);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyInteractiveElementHasAName();
    void everyPlotHasANameAndADescription();
    void everyDockHasAShortcut();
    void f6CyclesThroughTheOpenDocks();
    void tabStaysInADockUntilItsControlsAreDone();
    void classColoursStayApart_data();
    void classColoursStayApart();
    void weightMapReadsUnderEveryDeficiency_data();
    void weightMapReadsUnderEveryDeficiency();
    void colourBlindOptionRecoloursTheViews();
};

void TestAccessibility::everyInteractiveElementHasAName()
{
    MainWindow window;
    QVERIFY(showActive(&window));
    openEveryDock(&window);
    QCoreApplication::processEvents();

    QStringList nameless;
    int checked = 0;
    walk(QAccessible::queryAccessibleInterface(&window), &nameless, &checked);
    qInfo("%d interactive elements checked", checked);
    for (const QString& element : nameless) // the failure message below is cut at 1,000 chars
        qWarning("no accessible name: %s", qPrintable(element));
    QVERIFY2(checked > 100, "the walk found too few elements to be the whole window");
    QVERIFY2(nameless.isEmpty(),
             qPrintable(QStringLiteral("%1 element(s) without an accessible name:\n  %2")
                            .arg(nameless.size())
                            .arg(nameless.join(QStringLiteral("\n  ")))));
}

void TestAccessibility::everyPlotHasANameAndADescription()
{
    MainWindow window;
    openEveryDock(&window);
    const QList<QCustomPlot*> plots = window.findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 5);
    QStringList missing;
    for (QCustomPlot* plot : plots) {
        QAccessibleInterface* element = QAccessible::queryAccessibleInterface(plot);
        QVERIFY(element != nullptr);
        if (element->text(QAccessible::Name).isEmpty() ||
            element->text(QAccessible::Description).isEmpty())
            missing << QStringLiteral("%1 in %2").arg(plot->objectName(),
                                                      plot->parentWidget()->metaObject()->className());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::everyDockHasAShortcut()
{
    MainWindow window;
    QVERIFY(showActive(&window));
    // Every shortcut of the window, to find a dock's clash with another action.
    QMultiHash<QKeySequence, QString> taken;
    for (QAction* action : window.findChildren<QAction*>())
        for (const QKeySequence& key : action->shortcuts())
            taken.insert(key, action->objectName());
    QStringList missing;
    const QList<QDockWidget*> docks = window.findChildren<QDockWidget*>();
    QVERIFY(docks.size() >= 12);
    for (QDockWidget* dock : docks) {
        auto* goTo = window.findChild<QAction*>(dock->objectName() + QStringLiteral("GoTo"));
        if (goTo == nullptr || goTo->shortcut().isEmpty()) {
            missing << dock->windowTitle();
            continue;
        }
        QVERIFY2(taken.count(goTo->shortcut()) == 1,
                 qPrintable(goTo->shortcut().toString() + QStringLiteral(" is also ") +
                            taken.values(goTo->shortcut()).join(QLatin1Char(','))));
        // The shortcut opens the dock (closed ones too), brings it forward and focuses in it.
        QTest::keySequence(&window, goTo->shortcut());
        QTRY_VERIFY2(dock->isVisible(), qPrintable(dock->windowTitle()));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus != nullptr && dock->isAncestorOf(focus),
                 qPrintable(dock->windowTitle() + QStringLiteral(": focus on ") +
                            (focus != nullptr ? QString::fromLatin1(focus->metaObject()->className())
                                              : QStringLiteral("nothing"))));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::f6CyclesThroughTheOpenDocks()
{
    MainWindow window;
    QVERIFY(showActive(&window));
    QList<QDockWidget*> visited;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(&window, Qt::Key_F6);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus != nullptr);
        QDockWidget* dock = nullptr;
        for (QWidget* w = focus; w != nullptr && dock == nullptr; w = w->parentWidget())
            dock = qobject_cast<QDockWidget*>(w);
        QVERIFY2(dock != nullptr, focus->metaObject()->className());
        if (!visited.isEmpty() && dock == visited.first())
            break;
        QVERIFY2(!visited.contains(dock), qPrintable(dock->windowTitle()));
        visited << dock;
    }
    int open = 0;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        open += dock->isVisible() ? 1 : 0;
    QCOMPARE(visited.size(), open);
}

void TestAccessibility::tabStaysInADockUntilItsControlsAreDone()
{
    MainWindow window;
    QVERIFY(showActive(&window));
    // One turn of the window's focus chain, each Tab stop labelled with its dock.
    QList<QWidget*> stops;
    QList<QDockWidget*> owners;
    QWidget* w = &window;
    for (int step = 0; step < 5000; ++step) {
        w = w->nextInFocusChain();
        if (w == &window)
            break;
        if (!focusable(w))
            continue;
        QDockWidget* dock = nullptr;
        for (QWidget* up = w; up != nullptr && dock == nullptr; up = up->parentWidget())
            dock = qobject_cast<QDockWidget*>(up);
        stops << w;
        owners << dock;
    }
    QVERIFY(stops.size() > 50);
    // Each dock's stops are one run in the (cyclic) chain: Tab does not leave a dock and come
    // back to it later.
    QStringList broken;
    QSet<QDockWidget*> done;
    for (int i = 0; i < owners.size(); ++i) {
        QDockWidget* dock = owners[i];
        const QDockWidget* previous = owners[(i + owners.size() - 1) % owners.size()];
        if (dock == nullptr || previous == dock)
            continue;
        if (done.contains(dock))
            broken << QStringLiteral("%1: Tab comes back at %2#%3")
                          .arg(dock->windowTitle(),
                               QString::fromLatin1(stops[i]->metaObject()->className()),
                               stops[i]->objectName());
        done.insert(dock);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

namespace {

double smallestDifference(ClassPalette palette, int classes, ColourVision vision)
{
    double smallest = 1e9;
    for (int a = 0; a < classes; ++a)
        for (int b = a + 1; b < classes; ++b)
            smallest = std::min(smallest, colourDifference(
                                              simulateColourVision(classColor(a, palette), vision),
                                              simulateColourVision(classColor(b, palette), vision)));
    return smallest;
}

} // namespace

void TestAccessibility::classColoursStayApart_data()
{
    QTest::addColumn<ClassPalette>("palette");
    QTest::addColumn<int>("classes");
    QTest::addColumn<ColourVision>("vision");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("below"); // the measured figure, so a palette change is noticed
    const auto safe = ClassPalette::ColourBlindSafe;
    QTest::newRow("Okabe–Ito, 10 classes, normal vision")
        << safe << 10 << ColourVision::Normal << 20.0 << 1e9;
    QTest::newRow("Okabe–Ito, 10 classes, protanopia")
        << safe << 10 << ColourVision::Protanopia << 14.0 << 1e9;
    QTest::newRow("Okabe–Ito, 10 classes, deuteranopia")
        << safe << 10 << ColourVision::Deuteranopia << 14.0 << 1e9;
    QTest::newRow("Okabe–Ito, 10 classes, tritanopia")
        << safe << 10 << ColourVision::Tritanopia << 14.0 << 1e9;
    QTest::newRow("Okabe–Ito, 3 classes, protanopia")
        << safe << 3 << ColourVision::Protanopia << 45.0 << 1e9;
    QTest::newRow("Okabe–Ito, 3 classes, deuteranopia")
        << safe << 3 << ColourVision::Deuteranopia << 45.0 << 1e9;
    // Why the option exists: the default palette's classes 2 and 3 (orange, green), the
    // three-class spiral's, nearly merge for a protanope.
    QTest::newRow("Tableau, 3 classes, protanopia: nearly the same")
        << ClassPalette::Standard << 3 << ColourVision::Protanopia << 0.0 << 6.0;
}

void TestAccessibility::classColoursStayApart()
{
    QFETCH(ClassPalette, palette);
    QFETCH(int, classes);
    QFETCH(ColourVision, vision);
    QFETCH(double, atLeast);
    QFETCH(double, below);
    const double smallest = smallestDifference(palette, classes, vision);
    qInfo("smallest ΔE between two classes: %.1f", smallest);
    QVERIFY2(smallest >= atLeast && smallest < below, qPrintable(QString::number(smallest)));
}

void TestAccessibility::weightMapReadsUnderEveryDeficiency_data()
{
    QTest::addColumn<ColourVision>("vision");
    QTest::newRow("normal") << ColourVision::Normal;
    QTest::newRow("protanopia") << ColourVision::Protanopia;
    QTest::newRow("deuteranopia") << ColourVision::Deuteranopia;
    QTest::newRow("tritanopia") << ColourVision::Tritanopia;
}

void TestAccessibility::weightMapReadsUnderEveryDeficiency()
{
    QFETCH(ColourVision, vision);
    const auto seen = [vision](double t) { return simulateColourVision(divergingColor(t), vision); };
    // Negative and positive weights stay far apart, and the same magnitude on the two sides is
    // told apart too.
    QVERIFY2(colourDifference(seen(-1.0), seen(1.0)) > 70.0,
             qPrintable(QString::number(colourDifference(seen(-1.0), seen(1.0)))));
    QVERIFY(colourDifference(seen(-0.5), seen(0.5)) > 40.0);
    // Size reads as lightness whatever the hue: darker the further from zero, on both sides.
    for (int i = 0; i < 10; ++i) {
        const double t = i / 10.0;
        const double step = 0.1;
        QVERIFY2(lightness(seen(t + step)) < lightness(seen(t)), qPrintable(QString::number(t)));
        QVERIFY2(lightness(seen(-t - step)) < lightness(seen(-t)), qPrintable(QString::number(t)));
    }
}

void TestAccessibility::colourBlindOptionRecoloursTheViews()
{
    studioSettings().remove(QStringLiteral("colourBlindSafe"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionColourBlindSafe"));
    QVERIFY(action != nullptr);
    QVERIFY(!action->isChecked());
    auto* scatter = window.findChild<QCustomPlot*>(QStringLiteral("dataScatter"));
    QVERIFY(scatter != nullptr && scatter->graphCount() >= 2);
    const auto graphColour = [scatter](int g) {
        return scatter->graph(g)->scatterStyle().brush().color();
    };
    QCOMPARE(graphColour(1), classColor(1, ClassPalette::Standard));

    action->trigger();
    QCOMPARE(classPalette(), ClassPalette::ColourBlindSafe);
    QTRY_COMPARE(graphColour(1), classColor(1, ClassPalette::ColourBlindSafe));
    QVERIFY(studioSettings().value(QStringLiteral("colourBlindSafe")).toBool());

    MainWindow next; // the next start keeps it
    QVERIFY(next.findChild<QAction*>(QStringLiteral("actionColourBlindSafe"))->isChecked());
    action->trigger();
    QCOMPARE(classPalette(), ClassPalette::Standard);
    QTRY_COMPARE(graphColour(1), classColor(1, ClassPalette::Standard));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
