#include <catch2/catch.hpp>

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTest>

#include "core/reports/IndicatorEngine.h"
#include "core/storage/RecordStore.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/RecordTableModel.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/ProjectsDialog.h"
#include "ui/reports/ReportPreview.h"
#include "ui/widgets/RecordTableView.h"

using namespace percorsi;

namespace {

struct Fixture
{
    test::TestDatabase tdb;
    test::ReportFixture data{tdb.db()};
    RecordStore store{tdb.db()};
};

void choose(QComboBox* box, const QString& text)
{
    const int index = box->findText(text);
    REQUIRE(index >= 0);
    box->setFocus();
    // From the first item down with the keyboard, as a user would.
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    REQUIRE(box->currentText() == text);
}

// The figures of the latest filter, computed on the worker thread, are shown.
bool settled(const DashboardPage& page)
{
    return uitest::waitFor([&] { return !page.isComputing(); }, 10000);
}

} // namespace

TEST_CASE("The dashboard recomputes its figures and charts when a filter changes", "[dashboard]")
{
    Fixture f;
    DashboardPage page(f.store);
    REQUIRE(uitest::showActive(page));
    choose(page.projectBox(), QStringLiteral("Women Together"));
    CHECK(page.fromEdit()->date() == QDate(2026, 1, 1)); // the project's own period
    CHECK(page.toEdit()->date() == QDate(2026, 12, 31));
    REQUIRE(settled(page));
    CHECK(page.indicators().people == 6);
    CHECK(page.summaryText().startsWith(u"6 people reached"));
    const auto views = page.findChildren<QChartView*>();
    CHECK(views.size() == 8);
    for (QChartView* view : views)
        CHECK(view->chart() != nullptr);

    choose(page.deskBox(), QStringLiteral("San Siro"));
    REQUIRE(settled(page));
    CHECK(page.indicators().people == 5);
    page.fromEdit()->setDate(QDate(2026, 3, 1));
    page.toEdit()->setDate(QDate(2026, 3, 31));
    REQUIRE(settled(page));
    CHECK(page.indicators().people == 3);         // Fatima, Karim, Alex; Olena is at Raval
    CHECK_FALSE(page.indicators().filter.funder); // the dashboard is for the team
}

TEST_CASE("The dashboard shows the figures of the latest filter, computed while the window "
          "stays responsive",
          "[dashboard]")
{
    Fixture f;
    DashboardPage page(f.store);
    REQUIRE(uitest::showActive(page));
    REQUIRE(settled(page));
    const quint64 before = page.shownRequest();
    // Three filters in a row without waiting: the window goes on at once, and
    // what is shown in the end is the last one, whatever finished first.
    choose(page.projectBox(), QStringLiteral("Women Together"));
    choose(page.deskBox(), QStringLiteral("San Siro"));
    page.fromEdit()->setDate(QDate(2026, 3, 1));
    page.toEdit()->setDate(QDate(2026, 3, 31));
    CHECK(page.isComputing());
    REQUIRE(settled(page));
    CHECK(page.shownRequest() > before);
    CHECK(page.indicators().filter.deskId != 0);
    CHECK(page.indicators().from == QDate(2026, 3, 1));
    CHECK(page.indicators().to == QDate(2026, 3, 31));
    CHECK(page.indicators().people == 3);

    // The worker reads the same figures as the writing connection.
    auto direct = IndicatorEngine(f.tdb.db()).compute(page.filter());
    REQUIRE(direct.ok());
    CHECK(direct->people == page.indicators().people);
    CHECK(direct->byGender == page.indicators().byGender);
}

TEST_CASE("The progress summary takes the narrative and saves an A4 PDF from its preview",
          "[dashboard]")
{
    Fixture f;
    auto computed =
        IndicatorEngine(f.tdb.db()).compute({.projectId = f.data.project, .funder = true});
    REQUIRE(computed.ok());
    ReportPreview preview(*computed);
    REQUIRE(uitest::showActive(preview));
    preview.summaryEdit()->setFocus();
    QTest::keyClicks(preview.summaryEdit(), QStringLiteral("A good first half."));
    CHECK(preview.narrative().summary == u"A good first half.");

    QPrinter printer;
    auto dialog = preview.createPreview(printer);
    dialog->show();
    auto* widget = dialog->findChild<QPrintPreviewWidget*>();
    REQUIRE(widget);
    widget->updatePreview();
    CHECK(widget->pageCount() == 4); // cover and targets, charts, ESF+ table, narrative
    dialog->close();

    const QString file = f.tdb.dir() + QStringLiteral("/summary.pdf");
    ReportPreview::chooseFile = [&](QWidget*, const QString&) { return file; };
    QTest::mouseClick(preview.findChild<QPushButton*>(QStringLiteral("saveAsPdf")), Qt::LeftButton);
    QFile pdf(file);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
}

TEST_CASE("Projects and their targets are added and edited from the dashboard", "[dashboard]")
{
    Fixture f;
    ProjectsDialog dialog(f.store);
    REQUIRE(uitest::showActive(dialog));
    REQUIRE(dialog.projects()->recordModel()->rowCount() == 2);
    dialog.projects()->setCurrentIndex(dialog.projects()->recordModel()->index(0, 0));
    const qint64 project = dialog.currentProject();
    const int before = dialog.targets()->recordModel()->rowCount();

    RecordDialog* target = dialog.addTarget();
    REQUIRE(target);
    auto* indicator = qobject_cast<QComboBox*>(target->form()->editor("indicator"));
    REQUIRE(indicator);
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("completions")));
    auto* value = qobject_cast<QLineEdit*>(target->form()->editor("target"));
    REQUIRE(value);
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("25"));
    target->accept();
    REQUIRE(
        uitest::waitFor([&] { return dialog.targets()->recordModel()->rowCount() == before + 1; }));
    auto saved = f.store.list(schema::def(Entity::ProjectTarget),
                              {.field = "project_id", .equals = project});
    REQUIRE(saved.ok());
    bool found = false;
    for (const Record& r : *saved)
        found = found || (r.text("indicator") == u"completions" && r.integer("target") == 25);
    CHECK(found);
}
