#pragma once

#include <QComboBox>

namespace percorsi {

class RecordStore;

// Chooses one desk, or every desk (id 0); this installation's desk first selected.
class DeskBox : public QComboBox
{
    Q_OBJECT

public:
    explicit DeskBox(RecordStore& store, QWidget* parent = nullptr);

    qint64 deskId() const { return currentData().toLongLong(); }
};

} // namespace percorsi
