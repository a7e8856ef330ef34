#include "ui/forms/RecordDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/storage/RecordStore.h"
#include "ui/forms/RecordForm.h"

namespace percorsi {

RecordDialog::RecordDialog(RecordStore& store, const Record& record, const QString& title,
                           std::vector<const char*> fields, QWidget* parent)
    : QDialog(parent), m_store(store),
      m_form(new RecordForm(store, record.def(), std::move(fields), this)),
      m_error(new QLabel(this)), m_saved(record)
{
    setWindowTitle(title);
    m_form->setRecord(record);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, qMin(640, m_form->sizeHint().height() + 120));
}

QString RecordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordDialog::accept()
{
    const Record edited = m_form->record();
    auto result = m_saver ? m_saver(edited)
                          : edited.id() ? m_store.update(edited) : m_store.insert(edited);
    if (!result) {
        if (!m_form->showErrors(result.error())) {
            m_error->setText(result.error().message());
            m_error->show();
        }
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace percorsi
