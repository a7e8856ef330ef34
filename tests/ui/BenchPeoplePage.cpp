#include <algorithm>
#include <cstdio>

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTest>

#include "core/demo/DemoGenerator.h"
#include "core/security/Authenticator.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "tests/ui/UiTest.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/PeopleFilterBar.h"
#include "ui/pages/PeoplePage.h"
#include "ui/widgets/RecordTableView.h"

using namespace percorsi;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char* what, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times[size_t(q * double(times.size() - 1))]; };
    std::printf("%-40s n=%zu  p50 %.2f ms  p95 %.2f ms  max %.2f ms\n", what, times.size(),
                at(0.5), at(0.95), times.back());
}

} // namespace

// Not a timed test: run by hand against a large demo database, e.g.
//   PERCORSI_BENCH_DB=/tmp/100k.percorsi ui_tests "[.bench]"
TEST_CASE("People page at scale", "[.bench]")
{
    const QString path = qEnvironmentVariable("PERCORSI_BENCH_DB");
    if (path.isEmpty())
        return;
    auto db = Database::open(path, {});
    REQUIRE(db.ok());
    REQUIRE(Authenticator(**db).signIn(QStringLiteral("admin"), DemoGenerator::demoPassword()).ok());
    RecordStore store(**db);

    std::vector<double> open;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        PeoplePage page(store);
        page.resize(1366, 700);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.view()->viewport()->repaint();
        open.push_back(ms(t));
    }
    report("open People page to first paint", open);

    PeoplePage page(store);
    page.resize(1366, 700);
    REQUIRE(uitest::showActive(page));
    const QStringList queries = {QStringLiteral("fatima diallo"), QStringLiteral("mohamed"),
                                 QStringLiteral("nguyen thi"), QStringLiteral("ah"),
                                 QStringLiteral("sara h"), QStringLiteral("MI-SS-0001")};
    std::vector<double> keys;
    for (const QString& q : queries) {
        for (int n = 1; n <= q.size(); ++n) {
            page.searchField()->setText(q.left(n));
            QElapsedTimer t;
            t.start();
            page.search();
            page.view()->viewport()->repaint();
            keys.push_back(ms(t));
            if (qEnvironmentVariableIsSet("PERCORSI_BENCH_VERBOSE"))
                std::printf("  %-16s %8.2f ms\n", qPrintable(q.left(n)), keys.back());
        }
        page.searchField()->clear();
        page.search();
    }
    report("keystroke to results painted", keys);

    std::vector<double> scroll;
    page.view()->setFocus();
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(page.view(), Qt::Key_PageDown);
        page.view()->viewport()->repaint();
        scroll.push_back(ms(t));
    }
    report("page down (with fetches)", scroll);

    std::vector<double> sorts;
    for (int column : {1, 2, 7, 0}) {
        QElapsedTimer t;
        t.start();
        page.view()->horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder);
        page.view()->viewport()->repaint();
        sorts.push_back(ms(t));
    }
    report("sort by a column", sorts);

    std::vector<double> filters;
    for (int i = 1; i < page.filterBar()->statusBox()->count(); ++i) {
        QElapsedTimer t;
        t.start();
        page.filterBar()->statusBox()->setCurrentIndex(i);
        page.view()->viewport()->repaint();
        filters.push_back(ms(t));
    }
    report("filter by status", filters);
    QElapsedTimer t;
    t.start();
    page.filterBar()->statusBox()->setCurrentIndex(0);
    page.filterBar()->alertsBox()->setChecked(true);
    page.view()->viewport()->repaint();
    report("filter by alerts", {ms(t)});
}
