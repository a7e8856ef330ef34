#pragma once

#include <QString>

namespace percorsi {

// What the coordinator writes into the progress summary before printing it.
struct ReportNarrative
{
    QString summary;      // the period in a few lines
    QString achievements; // what went well
    QString difficulties; // what did not, and why
    QString nextSteps;    // what comes next
    bool isEmpty() const
    {
        return summary.isEmpty() && achievements.isEmpty() && difficulties.isEmpty() &&
               nextSteps.isEmpty();
    }
};

} // namespace percorsi
