#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>

#include "core/reports/Indicators.h"

namespace percorsi {

// Counts by code (gender, status …) over many rows with few distinct codes,
// without building a string for each row: the codes seen are kept as UTF-8
// and searched in order, the code of the row before first (rows in the order
// of an index come grouped by code).
class CodeCounts
{
public:
    void add(QByteArrayView code);
    // Adds the counts to a tally keyed by the codes as text.
    void addTo(Tally& tally) const;

private:
    std::vector<std::pair<QByteArray, qint64>> m_counts;
    size_t m_last = 0; // the index of the code counted last
};

} // namespace percorsi
