#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/Appearance.h"
#include "ui/FocusStyle.h"
#include "ui/MainWindow.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/profile/IntakeDialog.h"
#include "ui/profile/ProfileWindow.h"

using namespace percorsi;

namespace {

bool interactive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QTabBar*>(w);
}

// What a screen reader would announce for the widget.
QString spokenName(QWidget* w)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

struct Walk
{
    int checked = 0;     // controls looked at
    QStringList unnamed; // "Class in Parent (parent's name)"
};

// Walks the visible controls of `root` that take focus and lists those a
// screen reader could not name.
void walk(QWidget* root, Walk& result)
{
    QStringList& unnamed = result.unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !interactive(w) || w->focusPolicy() == Qt::NoFocus) continue;
        // Parts of a composite control are named through it.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        ++result.checked;
        if (!spokenName(w).isEmpty()) continue;
        const QWidget* parent = w->parentWidget();
        unnamed << QStringLiteral("%1 in %2 (%3)")
                       .arg(QLatin1String(w->metaObject()->className()),
                            QLatin1String(parent ? parent->metaObject()->className() : ""),
                            parent ? parent->accessibleName() : QString());
    }
}

QStringList unnamedControls(QWidget* root)
{
    Walk result;
    walk(root, result);
    return result.unnamed;
}

} // namespace

TEST_CASE("A control without a label or an accessible name is found", "[a11y]")
{
    QWidget window;
    auto* bare = new QLineEdit(&window);
    auto* named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Search"));
    REQUIRE(uitest::showActive(window));
    CHECK(unnamedControls(&window).size() == 1);
    bare->setAccessibleName(QStringLiteral("Filter"));
    CHECK(unnamedControls(&window).isEmpty());
}

TEST_CASE("Every control of the main pages has a name a screen reader can say", "[a11y]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    MainWindow main(tdb.db());
    REQUIRE(uitest::showActive(main));
    Walk result;
    walk(main.centralWidget(), result);
    for (int i = 0; i < main.pageCount(); ++i) {
        main.showPage(i);
        walk(main.page(i), result);
    }
    result.unnamed.removeDuplicates();
    CHECK(result.unnamed == QStringList());
    CHECK(result.checked > 50); // search fields, filters, tables, buttons of every page
}

TEST_CASE("Every control of a person's profile has a name a screen reader can say", "[a11y]")
{
    test::TestDatabase tdb;
    const qint64 id = test::addPerson(tdb.db());
    RecordStore store(tdb.db());
    PeoplePage people(store);
    ProfileWindow* profile = people.openProfile(id);
    REQUIRE(uitest::showActive(*profile));
    Walk result;
    for (int i = 0; i < profile->tabs()->count(); ++i) {
        profile->tabs()->setCurrentIndex(i);
        walk(profile, result);
    }
    result.unnamed.removeDuplicates();
    CHECK(result.unnamed == QStringList());
    CHECK(result.checked > 50);
    profile->close();

    IntakeDialog* intake = people.newPerson();
    REQUIRE(uitest::showActive(*intake));
    CHECK(unnamedControls(intake) == QStringList());
    intake->reject();
}

TEST_CASE("High contrast in Settings turns the palette white on black at once, and back", "[a11y]")
{
    test::TestDatabase tdb;
    RecordStore store(tdb.db());
    Appearance::apply();
    CHECK(qobject_cast<FocusStyle*>(QApplication::style()));
    const QColor normalWindow = QApplication::palette().color(QPalette::Window);
    SettingsPage page(store);
    REQUIRE(uitest::showActive(page));
    QCheckBox* box = page.highContrastBox();
    CHECK_FALSE(box->isChecked());
    CHECK_FALSE(spokenName(box).isEmpty());

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(QApplication::palette().color(QPalette::WindowText) == QColor(Qt::white));
    const QColor yellow = Appearance::highContrastPalette().color(QPalette::Highlight);
    CHECK(uitest::waitFor([&] { return page.palette().color(QPalette::Highlight) == yellow; }));
    CHECK(Appearance::highContrast());
    CHECK(SettingsPage(store).highContrastBox()->isChecked()); // remembered
    // The line icons turn light, so they stay visible on black.
    const QImage icon = Appearance::icon(QStringLiteral("people")).pixmap(40).toImage();
    bool light = false;
    for (int y = 0; y < icon.height() && !light; ++y)
        for (int x = 0; x < icon.width() && !light; ++x)
            light = qAlpha(icon.pixel(x, y)) > 200 && qGray(icon.pixel(x, y)) > 200;
    CHECK(light);

    QTest::keyClick(box, Qt::Key_Space);
    CHECK(QApplication::palette().color(QPalette::Window) == normalWindow);
    CHECK_FALSE(Appearance::highContrast());
}

TEST_CASE("Every control of the main pages can be reached with the keyboard", "[a11y]")
{
    test::TestDatabase tdb;
    test::addPerson(tdb.db());
    MainWindow main(tdb.db());
    REQUIRE(uitest::showActive(main));
    QStringList unreachable;
    for (int i = 0; i < main.pageCount(); ++i) {
        main.showPage(i);
        QWidget* page = main.page(i);
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(page) || !w->isEnabled() || !interactive(w)) continue;
            // Scroll bars move with their view's keys; inner parts with their control.
            if (qobject_cast<QScrollBar*>(w) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                qobject_cast<QComboBox*>(w->parentWidget()) ||
                qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
                continue;
            if (!(w->focusPolicy() & Qt::TabFocus))
                unreachable << page->accessibleName() + QStringLiteral(": ") +
                                   QLatin1String(w->metaObject()->className()) +
                                   QStringLiteral(" ") + spokenName(w);
        }
    }
    CHECK(unreachable == QStringList());
    // The pages themselves: Ctrl+1 … Ctrl+0, and the sidebar takes the focus.
    CHECK(main.sidebar()->focusPolicy() & Qt::TabFocus);
}
