#include "ui/profile/EraseDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/Erasure.h"
#include "core/util/SystemUser.h"

namespace percorsi {

EraseDialog::EraseDialog(Database& db, qint64 personId, const QString& caseNumber,
                         const QString& name, QWidget* parent)
    : QDialog(parent), m_db(db), m_personId(personId), m_caseNumber(caseNumber),
      m_typed(new QLineEdit(this)), m_erase(nullptr), m_error(new QLabel(this))
{
    setWindowTitle(tr("Erase %1").arg(caseNumber));
    auto* warning = new QLabel(
        tr("<p><b>Erase %1 (%2) and all her records?</b></p>"
           "<p>Her details, screenings, plan, paths and attendance, support, referrals, "
           "placements, follow-ups and consents are removed from this computer for good, and "
           "from every desk that receives the next bundle. This cannot be undone. Export her "
           "data first if she asked for a copy.</p>"
           "<p>Type the case number <b>%1</b> to confirm.</p>")
            .arg(caseNumber.toHtmlEscaped(), name.toHtmlEscaped()),
        this);
    warning->setWordWrap(true);
    m_typed->setAccessibleName(tr("Case number to confirm"));
    m_typed->setPlaceholderText(caseNumber);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase for good"), QDialogButtonBox::DestructiveRole);
    m_erase->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_erase, &QPushButton::clicked, this, &EraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_erase->setEnabled(text.trimmed() == m_caseNumber); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_typed);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void EraseDialog::accept()
{
    if (m_typed->text().trimmed() != m_caseNumber) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = Erasure(m_db).erasePerson(m_personId, systemUserName());
    QApplication::restoreOverrideCursor();
    if (!st.ok()) {
        m_error->setText(st.error().message());
        m_error->show();
        return;
    }
    emit erased(m_personId);
    QDialog::accept();
}

} // namespace percorsi
