#pragma once

#include <functional>

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace percorsi {

// Asks why and when a case closes, and where she went on leaving. The
// profile writes the closing; a refusal comes back here under the fields.
class CloseCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloseCaseDialog(const QDate& today, QWidget* parent = nullptr);

    QString reason() const;
    QDate exitDate() const;
    QString exitSituation() const;
    void showError(const QString& message);
    // Runs at OK: returns an error message to show, or empty to close the dialog.
    void setApply(std::function<QString()> apply) { m_apply = std::move(apply); }
    void accept() override;
    QComboBox* reasonBox() const { return m_reason; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
    QComboBox* m_situation;
    QLabel* m_error;
    std::function<QString()> m_apply;
};

} // namespace percorsi
