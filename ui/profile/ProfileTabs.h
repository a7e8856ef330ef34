#pragma once

#include "ui/profile/RecordsTab.h"

namespace percorsi {

// The profile tabs that are a list of her records and nothing more; each
// says which records, which columns and which fields its form has.

// Her individual plan: goals by domain with their status.
class PlanTab : public RecordsTab
{
    Q_OBJECT

public:
    PlanTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
};

// Individual support: legal, psychological, social, mediation, coaching.
class SupportTab : public RecordsTab
{
    Q_OBJECT

public:
    SupportTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
};

// Referrals to services of the directory, and how they went.
class ReferralsTab : public RecordsTab
{
    Q_OBJECT

public:
    ReferralsTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
};

// Internships, vouchers and jobs, with their follow-up.
class PlacementsTab : public RecordsTab
{
    Q_OBJECT

public:
    PlacementsTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
};

// The purposes she consented to, on which legal basis, and withdrawals.
class ConsentsTab : public RecordsTab
{
    Q_OBJECT

public:
    ConsentsTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
};

// Helpers for the specs of the tabs.
RecordColumn profileColumn(const char* field, int widthChars = 14);

} // namespace percorsi
