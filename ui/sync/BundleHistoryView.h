#pragma once

#include <QTableWidget>

namespace percorsi {

class RecordStore;

// The bundles this desk has sent and received, newest first.
class BundleHistoryView : public QTableWidget
{
    Q_OBJECT

public:
    explicit BundleHistoryView(RecordStore& store, QWidget* parent = nullptr);

public slots:
    void reload();

private:
    QString deskName(const QString& uuid);

    RecordStore& m_store;
};

} // namespace percorsi
