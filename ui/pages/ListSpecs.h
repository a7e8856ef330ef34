#pragma once

#include <vector>

#include <QCoreApplication>

#include "ui/pages/RecordListPage.h"

namespace percorsi {

// What each list page shows: its entity, columns, order and wording.
class ListSpecs
{
    Q_DECLARE_TR_FUNCTIONS(ListSpecs)

public:
    static RecordListPage::Spec paths();
    static RecordListPage::Spec sessions();
    static RecordListPage::Spec services();
    static RecordListPage::Spec employers();
    static RecordListPage::Spec events();

    static std::vector<RecordColumn> peopleColumns();
    static std::vector<RecordColumn> deskColumns(qint64 localDeskId);

    // "1 record", "1,234 records": the number in the locale's format.
    static QString count(qint64 n, const QString& one, const QString& many);
};

} // namespace percorsi
