#include "tests/bench/CoreBenchmarks.h"

#include <algorithm>
#include <ctime>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QStringList>

#include "core/reports/IndicatorEngine.h"
#include "core/search/PersonSearch.h"
#include "core/storage/AttendanceStore.h"
#include "core/storage/Database.h"
#include "core/storage/PathStore.h"
#include "tests/bench/BenchReport.h"

namespace percorsi::bench {

namespace {

double threadCpuMillis()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Names as operators type them: transliterations, accents left out, two words.
const char* const kQueries[] = {
    "mohamed",   "muhammad", "fatima",  "nguyen",  "ben salah", "aisha",     "ahmed ali",
    "okafor",    "quispe",   "hussein", "rahman",  "santos",    "kovalenko", "diallo",
    "el amrani", "yilmaz",   "abdi",    "tesfaye", "garcia",    "chen",      "mi-ss-0001",
};

constexpr int kSessionSize = 500;

// A path of 500 people with ten sessions; its id, or 0 when it cannot be made.
qint64 bigPath(Database& db, std::vector<qint64>& people, std::vector<qint64>& sessions)
{
    PathStore store(db);
    auto found = store.list(schema::def(Entity::Person),
                            {.field = nullptr, .equals = {}, .limit = kSessionSize});
    if (!found || found->size() < size_t(kSessionSize)) return 0;
    for (const Record& p : *found)
        people.push_back(p.id());
    const QDate start = db.today().addDays(-70);
    Record path(Entity::Path);
    path.with(u"name", QStringLiteral("Benchmark")).with(u"type", QStringLiteral("mentoring"));
    path.with(u"start_date", start).with(u"end_date", db.today());
    auto created = store.insert(path.with(u"capacity", kSessionSize));
    if (!created) return 0;
    SessionPlanner::Recurrence weekly{{start.dayOfWeek()}, start, db.today(),
                                      QTime(9, 30),        150,   {}};
    if (!store.addSessions(created->id(), weekly).ok() ||
        !store.enrolAll(created->id(), people, start).ok())
        return 0;
    auto held = store.sessions(created->id());
    for (const Record& s : held.value())
        sessions.push_back(s.id());
    return created->id();
}

std::vector<AttendanceStore::Mark> marks(const std::vector<qint64>& people, int variant)
{
    static const QString kStatus[] = {QStringLiteral("present"), QStringLiteral("absent"),
                                      QStringLiteral("excused")};
    std::vector<AttendanceStore::Mark> out;
    for (size_t i = 0; i < people.size(); ++i)
        out.push_back({people[i], kStatus[(i + size_t(variant)) % 3]});
    return out;
}

} // namespace

void benchmarkAttendance(Database& db, BenchReport& report, const QString& label)
{
    std::vector<qint64> people, sessions;
    if (bigPath(db, people, sessions) == 0 || sessions.size() < 5) return;
    AttendanceStore store(db);
    std::vector<double> first, changed;
    QElapsedTimer timer;
    for (qint64 session : sessions) {
        timer.start();
        const bool ok = store.saveSession(session, marks(people, 0)).ok();
        first.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const bool again = store.saveSession(session, marks(people, 1)).ok();
        changed.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ok || !again) return;
    }
    report.add(QStringLiteral("save a 500-row session, new rows, p50 (%1)").arg(label),
               percentile(first, 50), QStringLiteral("ms"), 50);
    report.add(QStringLiteral("save a 500-row session, every row changed, p50 (%1)").arg(label),
               percentile(changed, 50), QStringLiteral("ms"), 50);
    report.add(QStringLiteral("save a 500-row session, worst (%1)").arg(label),
               std::max(*std::max_element(first.begin(), first.end()),
                        *std::max_element(changed.begin(), changed.end())),
               QStringLiteral("ms"));
}

void benchmarkSearch(Database& db, BenchReport& report, const QString& label)
{
    PersonSearch search(db);
    std::vector<double> millis;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        for (const char* q : kQueries) {
            const QString query = QString::fromUtf8(q);
            for (int n = 1; n <= query.size(); ++n) {
                timer.start();
                auto hits = search.find(query.left(n), 50);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (round > 0) // the first round warms the cache
                    millis.push_back(ms);
                Q_UNUSED(hits);
            }
        }
    }
    const double budget = label.contains(QStringLiteral("1M")) ? 30 : 16;
    report.add(QStringLiteral("search per keystroke p50 (%1)").arg(label), percentile(millis, 50),
               QStringLiteral("ms"));
    report.add(QStringLiteral("search per keystroke p95 (%1)").arg(label), percentile(millis, 95),
               QStringLiteral("ms"), budget);
    report.add(QStringLiteral("search per keystroke p99 (%1)").arg(label), percentile(millis, 99),
               QStringLiteral("ms"));
}

void benchmarkDashboard(Database& db, BenchReport& report, const QString& label)
{
    IndicatorEngine engine(db);
    auto first = db.connection().scalar("SELECT min(id) FROM project");
    const qint64 project = first ? *first : 0;
    // Wall time and this thread's CPU time: on a shared machine the wall time
    // also counts the waits for a core, the CPU time only the work.
    const auto measure = [&](const ReportFilter& filter, const QString& name, std::optional<double> budget) {
        std::vector<double> millis, cpu;
        QElapsedTimer timer;
        for (int round = 0; round < 6; ++round) {
            const double cpuBefore = threadCpuMillis();
            timer.start();
            if (!engine.compute(filter).ok()) return;
            if (round > 0) { // the first round warms the cache
                millis.push_back(double(timer.nsecsElapsed()) / 1e6);
                cpu.push_back(threadCpuMillis() - cpuBefore);
            }
        }
        report.add(QStringLiteral("%1, p50 (%2)").arg(name, label), percentile(millis, 50),
                   QStringLiteral("ms"), budget);
        report.add(QStringLiteral("%1, CPU p50 (%2)").arg(name, label), percentile(cpu, 50),
                   QStringLiteral("ms"));
    };
    measure({.projectId = project}, QStringLiteral("dashboard, one project"), 100);
    measure({}, QStringLiteral("dashboard, every person"), 100);
    measure({.projectId = project, .funder = true}, QStringLiteral("funder report, one project"),
            std::nullopt);
}

} // namespace percorsi::bench
