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

protected:
    // An ended placement gets its follow-up in the same transaction.
    Result<Record> save(const Record& record) override;
};

// Her follow-ups six months after leaving or after a placement: they are
// scheduled by the application; opening one records the situation found.
class FollowupsTab : public RecordsTab
{
    Q_OBJECT

public:
    FollowupsTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
};

// Self-entrepreneurship: her business ideas, the training followed, the
// stage reached and the support given.
class VenturesTab : public RecordsTab
{
    Q_OBJECT

public:
    VenturesTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
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
