#pragma once

#include <optional>
#include <vector>

#include <QString>

namespace percorsi::bench {

// The figures of one benchmark run: printed as a table and written as JSON
// (an array of objects with name, value, unit, budget, baseline, ratio, pass).
class BenchReport
{
public:
    struct Figure
    {
        QString name;
        double value = 0;
        QString unit;
        std::optional<double> budget;   // the budget of DESIGN.md, in `unit`
        bool lowerIsBetter = true;
        std::optional<double> baseline; // what the value is compared with, if anything
        QString note;
    };

    void add(const Figure& figure);
    void add(const QString& name, double value, const QString& unit,
             std::optional<double> budget = {}, std::optional<double> baseline = {});
    QString table() const;
    bool writeJson(const QString& path, QString* error) const;
    // Adds the figures of a file written by writeJson (e.g. by a child process).
    bool appendJson(const QString& path, QString* error);
    static bool passes(const Figure& figure);

private:
    std::vector<Figure> m_figures;
};

// Percentiles of a sample, p in [0, 100].
double percentile(std::vector<double> sample, double p);

} // namespace percorsi::bench
