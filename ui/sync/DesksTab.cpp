#include "ui/sync/DesksTab.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/sync/Digest.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

DesksTab::DesksTab(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store),
      m_model(new RecordTableModel(store, schema::def(Entity::Desk),
                                   ListSpecs::deskColumns(store.database().localDeskId()), this)),
      m_view(new RecordTableView(this))
{
    m_model->setOrder("name", false);
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(tr("Known desks"));
    // Desks are few: the list stays short and the digest sits right below it.
    m_view->limitHeightToRows(qBound(4, int(m_model->totalCount()), 12));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(createDigestBox());
    layout->addStretch(1);
}

QString DesksTab::digest() const
{
    return m_digest->text();
}

void DesksTab::reload()
{
    m_model->reload();
    m_digest->clear();
}

QWidget* DesksTab::createDigestBox()
{
    auto* box = new QGroupBox(tr("Content digest"), this);
    auto* note = new QLabel(tr("Two desks that hold the same content show the same digest."), box);
    note->setWordWrap(true);
    m_digest = new QLineEdit(box);
    m_digest->setReadOnly(true);
    m_digest->setPlaceholderText(tr("Not computed yet"));
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_digest->setAccessibleName(tr("Content digest"));
    m_compute = new QPushButton(tr("&Compute digest"), box);
    m_compute->setObjectName(QStringLiteral("computeDigest"));
    m_compute->setAccessibleName(tr("Compute the content digest"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_digest, 1);
    row->addWidget(m_compute);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addLayout(row);

    connect(m_compute, &QPushButton::clicked, this, &DesksTab::computeDigest);
    return box;
}

void DesksTab::computeDigest()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto digest = Digest::compute(m_store.database());
    QApplication::restoreOverrideCursor();
    if (digest)
        m_digest->setText(*digest);
    else
        m_digest->setText(tr("Cannot compute the digest: %1").arg(digest.error().message()));
}

} // namespace percorsi
