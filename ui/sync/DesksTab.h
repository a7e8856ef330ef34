#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace percorsi {

class RecordStore;
class RecordTableModel;
class RecordTableView;

// The desks this database knows, this one marked, and the digest of the
// content: two desks that hold the same data show the same digest.
class DesksTab : public QWidget
{
    Q_OBJECT

public:
    explicit DesksTab(RecordStore& store, QWidget* parent = nullptr);

    RecordTableModel* desks() const { return m_model; }
    QString digest() const;

public slots:
    void computeDigest();
    void reload();

private:
    QWidget* createDigestBox();

    RecordStore& m_store;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    QLineEdit* m_digest = nullptr;
    QPushButton* m_compute = nullptr;
};

} // namespace percorsi
