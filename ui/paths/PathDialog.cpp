#include "ui/paths/PathDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "core/domain/Codes.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

PathDialog::PathDialog(RecordStore& store, const Record& path, QWidget* parent)
    : QDialog(parent), m_store(store), m_path(path), m_saved(path), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_project(new QComboBox(this)), m_trainer(new QComboBox(this)),
      m_others(new QLineEdit(this)), m_start(new QDateEdit(this)), m_end(new QDateEdit(this)),
      m_hours(new QDoubleSpinBox(this)), m_capacity(new QSpinBox(this)),
      m_place(new QLineEdit(this)), m_threshold(new QSpinBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(path.id() ? tr("Edit path") : tr("New path"));
    for (const Code& c : codes::set(u"path_type"))
        m_type->addItem(QCoreApplication::translate("Codes", c.label), QString::fromLatin1(c.code));
    addChoices(m_project, Entity::Project);
    addChoices(m_trainer, Entity::User, "trainer");
    for (QDateEdit* e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_hours->setRange(0, 5000);
    m_capacity->setRange(0, 1000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Trainer:"), m_trainer);
    form->addRow(tr("&Other trainers:"), m_others);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("Planned &hours:"), m_hours);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("Attendance for a ce&rtificate:"), m_threshold);
    for (int i = 0; i < form->rowCount(); ++i) {
        auto* label = qobject_cast<QLabel*>(form->itemAt(i, QFormLayout::LabelRole)->widget());
        QWidget* field = form->itemAt(i, QFormLayout::FieldRole)->widget();
        if (label && field) field->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PathDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fill(path);
}

void PathDialog::addChoices(QComboBox* box, Entity entity, const char* role)
{
    box->addItem(tr("(none)"), qint64(0));
    auto all = m_store.list(schema::def(entity));
    if (!all) return;
    for (const Record& r : all.value()) {
        if (role && r.text(u"role") != QLatin1StringView(role)) continue;
        box->addItem(r.text(entity == Entity::User ? u"full_name" : u"name"), r.id());
    }
}

void PathDialog::fill(const Record& p)
{
    m_name->setText(p.text(u"name"));
    m_type->setCurrentIndex(std::max(0, m_type->findData(p.text(u"type"))));
    m_project->setCurrentIndex(std::max(0, m_project->findData(p.integer(u"project_id"))));
    m_trainer->setCurrentIndex(std::max(0, m_trainer->findData(p.integer(u"trainer_id"))));
    m_others->setText(p.text(u"other_trainers"));
    const QDate today = m_store.today();
    m_start->setDate(p.isNull(u"start_date") ? today : p.date(u"start_date"));
    m_end->setDate(p.isNull(u"end_date") ? today.addMonths(3) : p.date(u"end_date"));
    m_hours->setValue(p.value(u"planned_hours").toDouble());
    m_capacity->setValue(int(p.integer(u"capacity")));
    m_place->setText(p.text(u"place"));
    m_threshold->setValue(
        p.isNull(u"attendance_threshold") ? 75 : int(p.integer(u"attendance_threshold")));
}

Record PathDialog::collect() const
{
    auto orNull = [](qint64 v) { return v ? QVariant(v) : QVariant(); };
    Record p = m_path;
    p.with(u"name", m_name->text().trimmed()).with(u"type", m_type->currentData());
    p.with(u"project_id", orNull(m_project->currentData().toLongLong()));
    p.with(u"trainer_id", orNull(m_trainer->currentData().toLongLong()));
    p.with(u"other_trainers", m_others->text().trimmed());
    p.with(u"start_date", m_start->date().toString(Qt::ISODate));
    p.with(u"end_date", m_end->date().toString(Qt::ISODate));
    p.with(u"planned_hours", m_hours->value() > 0 ? QVariant(m_hours->value()) : QVariant());
    p.with(u"capacity", orNull(m_capacity->value()));
    p.with(u"place", m_place->text().trimmed());
    return p.with(u"attendance_threshold", m_threshold->value());
}

void PathDialog::accept()
{
    Record p = collect();
    auto done = p.id() ? m_store.update(p) : m_store.insert(p);
    if (!done) {
        m_error->setText(done.error().message());
        return;
    }
    m_saved = done.value();
    QDialog::accept();
}

QString PathDialog::errorText() const
{
    return m_error->text();
}

} // namespace percorsi
