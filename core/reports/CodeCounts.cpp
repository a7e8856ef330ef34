#include "core/reports/CodeCounts.h"

#include <QString>

namespace percorsi {

void CodeCounts::add(QByteArrayView code)
{
    for (auto& [seen, n] : m_counts) {
        if (seen == code) {
            ++n;
            return;
        }
    }
    m_counts.emplace_back(code.toByteArray(), 1);
}

void CodeCounts::addTo(Tally& tally) const
{
    for (const auto& [code, n] : m_counts)
        tally[QString::fromUtf8(code)] += n;
}

} // namespace percorsi
