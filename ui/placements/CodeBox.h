#pragma once

#include <QComboBox>

namespace percorsi {

// A combo box of one code set, labelled in the user's language; the current
// code is its data (empty for the blank first entry when `blank`).
class CodeBox : public QComboBox
{
    Q_OBJECT

public:
    CodeBox(const char* set, bool blank, QWidget* parent = nullptr);

    QString code() const { return currentData().toString(); }
    void setCode(const QString& code);
};

} // namespace percorsi
