#pragma once

#include <QWidget>

#include "core/storage/PersonQuery.h"

class QCheckBox;
class QComboBox;

namespace percorsi {

class RecordStore;

// The filters of the People page: status, desk, path, operator, open needs
// and alerts, in one row. Emits changed() whenever one of them changes.
class PeopleFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleFilterBar(RecordStore& store, QWidget* parent = nullptr);

    PersonQuery::Filter filter() const;
    QComboBox* statusBox() const { return m_status; }
    QComboBox* deskBox() const { return m_desk; }
    QComboBox* pathBox() const { return m_path; }
    QComboBox* operatorBox() const { return m_operator; }
    QCheckBox* needsBox() const { return m_needs; }
    QCheckBox* alertsBox() const { return m_alerts; }

signals:
    void changed();

private:
    QComboBox* combo(const QString& accessibleName, const QString& anyText);
    void fillRecords(QComboBox* box, RecordStore& store, const char* entity);

    QComboBox* m_status;
    QComboBox* m_desk;
    QComboBox* m_path;
    QComboBox* m_operator;
    QCheckBox* m_needs;
    QCheckBox* m_alerts;
};

} // namespace percorsi
