#pragma once

#include <map>

#include "ui/profile/RecordsTab.h"

namespace percorsi {

// Her enrolments in paths, each with the share of recorded sessions she attended.
class PathsTab : public RecordsTab
{
    Q_OBJECT

public:
    PathsTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
    void reload() override;

private:
    static RecordColumn rateColumn(const std::map<qint64, QString>* rates);

    std::map<qint64, QString> m_rates; // enrolment id -> "75% (6 of 8)"
};

} // namespace percorsi
