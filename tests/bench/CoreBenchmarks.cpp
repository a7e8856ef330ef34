#include "tests/bench/CoreBenchmarks.h"

#include <vector>

#include <QElapsedTimer>
#include <QStringList>

#include "core/search/PersonSearch.h"
#include "tests/bench/BenchReport.h"

namespace percorsi::bench {

namespace {

// Names as operators type them: transliterations, accents left out, two words.
const char* const kQueries[] = {
    "mohamed",  "muhammad", "fatima",   "nguyen",     "ben salah", "aisha",   "ahmed ali",
    "okafor",   "quispe",   "hussein",  "rahman",     "santos",    "kovalenko", "diallo",
    "el amrani", "yilmaz",  "abdi",     "tesfaye",    "garcia",    "chen",    "mi-ss-0001",
};

} // namespace

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

} // namespace percorsi::bench
