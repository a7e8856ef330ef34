#include "core/reports/CodeCounts.h"

#include <QString>

namespace percorsi {

void CodeCounts::add(QByteArrayView code)
{
    if (m_last < m_counts.size() && m_counts[m_last].first == code) {
        ++m_counts[m_last].second;
        return;
    }
    for (size_t i = 0; i < m_counts.size(); ++i) {
        if (m_counts[i].first == code) {
            ++m_counts[i].second;
            m_last = i;
            return;
        }
    }
    m_last = m_counts.size();
    m_counts.emplace_back(code.toByteArray(), 1);
}

void CodeCounts::addTo(Tally& tally) const
{
    for (const auto& [code, n] : m_counts)
        tally[QString::fromUtf8(code)] += n;
}

} // namespace percorsi
