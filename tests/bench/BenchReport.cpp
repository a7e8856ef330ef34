#include "tests/bench/BenchReport.h"

#include <algorithm>
#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace percorsi::bench {

void BenchReport::add(const Figure& figure)
{
    m_figures.push_back(figure);
}

void BenchReport::add(const QString& name, double value, const QString& unit,
                      std::optional<double> budget, std::optional<double> baseline)
{
    Figure f;
    f.name = name;
    f.value = value;
    f.unit = unit;
    f.budget = budget;
    f.baseline = baseline;
    m_figures.push_back(f);
}

bool BenchReport::passes(const Figure& f)
{
    if (!f.budget)
        return true;
    return f.lowerIsBetter ? f.value <= *f.budget : f.value >= *f.budget;
}

QString BenchReport::table() const
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                      .arg(QStringLiteral("figure"), -62)
                      .arg(QStringLiteral("value"), 12)
                      .arg(QStringLiteral("budget"), 12)
                      .arg(QStringLiteral("baseline"), 12)
                      .arg(QStringLiteral("ratio"), 8)
                      .arg(QStringLiteral("pass"));
    for (const Figure& f : m_figures) {
        const QString budget = f.budget ? QStringLiteral("%1%2").arg(f.lowerIsBetter ? QStringLiteral("<=") : QStringLiteral(">="))
                                              .arg(*f.budget, 0, 'g', 4)
                                        : QStringLiteral("-");
        const QString baseline = f.baseline ? QString::number(*f.baseline, 'g', 4) : QStringLiteral("-");
        const QString ratio = f.baseline && *f.baseline > 0
                                  ? QString::number(f.value / *f.baseline, 'f', 2)
                                  : QStringLiteral("-");
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(f.name, -62)
                   .arg(QStringLiteral("%1 %2").arg(f.value, 0, 'g', 4).arg(f.unit), 12)
                   .arg(budget, 12)
                   .arg(baseline, 12)
                   .arg(ratio, 8)
                   .arg(f.budget ? (passes(f) ? QStringLiteral("yes") : QStringLiteral("NO"))
                                 : QStringLiteral("-"));
    }
    return out;
}

bool BenchReport::writeJson(const QString& path, QString* error) const
{
    QJsonArray array;
    for (const Figure& f : m_figures) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("value"), f.value},
                      {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("budget"), f.budget ? QJsonValue(*f.budget) : QJsonValue()},
                      {QStringLiteral("pass"), passes(f)}};
        if (f.baseline) {
            o.insert(QStringLiteral("baseline"), *f.baseline);
            o.insert(QStringLiteral("ratio"), *f.baseline > 0 ? f.value / *f.baseline : 0.0);
        }
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        array.append(o);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(array).toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool BenchReport::appendJson(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        Figure f;
        f.name = o.value(QStringLiteral("name")).toString();
        f.value = o.value(QStringLiteral("value")).toDouble();
        f.unit = o.value(QStringLiteral("unit")).toString();
        if (o.value(QStringLiteral("budget")).isDouble()) f.budget = o.value(QStringLiteral("budget")).toDouble();
        if (o.contains(QStringLiteral("baseline"))) f.baseline = o.value(QStringLiteral("baseline")).toDouble();
        f.note = o.value(QStringLiteral("note")).toString();
        m_figures.push_back(f);
    }
    return true;
}

double percentile(std::vector<double> sample, double p)
{
    if (sample.empty())
        return 0;
    std::sort(sample.begin(), sample.end());
    const double rank = p / 100.0 * double(sample.size() - 1);
    const size_t lo = size_t(std::floor(rank));
    const size_t hi = std::min(lo + 1, sample.size() - 1);
    return sample[lo] + (sample[hi] - sample[lo]) * (rank - double(lo));
}

} // namespace percorsi::bench
