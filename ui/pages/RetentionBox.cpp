#include "ui/pages/RetentionBox.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/storage/ProtectionSettings.h"
#include "ui/profile/EraseDialog.h"

namespace percorsi {

RetentionBox::RetentionBox(Database& db, QWidget* parent)
    : QGroupBox(tr("Retention of closed cases"), parent), m_db(db), m_months(new QSpinBox(this)),
      m_table(new QTableWidget(0, 3, this)), m_erase(new QPushButton(tr("&Erase…"), this))
{
    m_months->setRange(1, 600);
    m_months->setValue(ProtectionSettings(db).retentionMonths());
    m_months->setSuffix(tr(" months after exit"));
    m_months->setAccessibleName(tr("Retention period"));
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Name"), tr("Exit date")});
    m_table->setAccessibleName(tr("Closed cases past the retention period"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Keep closed cases for"), m_months);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_erase, 0, Qt::AlignLeading);
    connect(m_months, &QSpinBox::valueChanged, this, &RetentionBox::saveMonths);
    connect(m_erase, &QPushButton::clicked, this, &RetentionBox::eraseSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_erase->setEnabled(m_table->currentRow() >= 0); });
}

void RetentionBox::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    if (!m_loaded) reload();
}

void RetentionBox::reload()
{
    m_loaded = true;
    m_table->setRowCount(0);
    auto due = ProtectionSettings(m_db).dueForErasure();
    const std::vector<ProtectionSettings::DueCase> cases =
        due ? *due : std::vector<ProtectionSettings::DueCase>{};
    m_table->setRowCount(int(cases.size()));
    const QLocale locale;
    for (int row = 0; row < int(cases.size()); ++row) {
        const auto& c = cases[size_t(row)];
        auto* number = new QTableWidgetItem(c.caseNumber);
        number->setData(Qt::UserRole, c.personId);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, new QTableWidgetItem(c.name));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(locale.toString(c.exitDate, QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
    m_erase->setEnabled(m_table->currentRow() >= 0);
}

EraseDialog* RetentionBox::eraseSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) return nullptr;
    const QTableWidgetItem* number = m_table->item(row, 0);
    const qint64 personId = number->data(Qt::UserRole).toLongLong();
    auto* dialog =
        new EraseDialog(m_db, personId, number->text(), m_table->item(row, 1)->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EraseDialog::erased, this, [this](qint64 id) {
        reload();
        emit personErased(id);
    });
    dialog->open();
    return dialog;
}

void RetentionBox::saveMonths(int months)
{
    ProtectionSettings(m_db).setRetentionMonths(months);
    reload();
}

} // namespace percorsi
