#pragma once

#include <functional>

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace percorsi {

class CodeBox;

// Records the situation found at a follow-up: on which day, employed,
// self-employed, job searching, in education or training, or inactive, and
// whether it improved. The caller writes it; a refusal comes back here.
class SituationDialog : public QDialog
{
    Q_OBJECT

public:
    SituationDialog(const QString& who, const QDate& today, QWidget* parent = nullptr);

    QDate doneOn() const;
    QString situation() const;
    bool improved() const;
    QString note() const;
    QDateEdit* dateEdit() const { return m_date; }
    CodeBox* situationBox() const { return m_situation; }
    QCheckBox* improvedBox() const { return m_improved; }
    QString errorText() const;
    // Runs at OK: returns an error message to show, or empty to close the dialog.
    void setApply(std::function<QString()> apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    QDateEdit* m_date;
    CodeBox* m_situation;
    QCheckBox* m_improved;
    QLineEdit* m_note;
    QLabel* m_error;
    std::function<QString()> m_apply;
};

} // namespace percorsi
