#pragma once

#include <functional>

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace percorsi {

class CodeBox;

// Asks when a placement ended and how: hired, completed, or interrupted and
// why. The caller writes the ending; a refusal comes back here.
class EndPlacementDialog : public QDialog
{
    Q_OBJECT

public:
    EndPlacementDialog(const QString& placement, const QDate& today, QWidget* parent = nullptr);

    QDate endDate() const;
    QString outcome() const;
    QString note() const;
    QDateEdit* dateEdit() const { return m_date; }
    CodeBox* outcomeBox() const { return m_outcome; }
    QLineEdit* noteEdit() const { return m_note; }
    QString errorText() const;
    // Runs at OK: returns an error message to show, or empty to close the dialog.
    void setApply(std::function<QString()> apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    QDateEdit* m_date;
    CodeBox* m_outcome;
    QLineEdit* m_note;
    QLabel* m_error;
    std::function<QString()> m_apply;
};

} // namespace percorsi
