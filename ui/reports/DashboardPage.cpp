#include "ui/reports/DashboardPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/reports/IndicatorEngine.h"
#include "core/reports/ReportExport.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorQueries.h"
#include "core/storage/RecordStore.h"
#include "ui/reports/DashboardCharts.h"
#include "ui/reports/DashboardWorker.h"
#include "ui/reports/ProjectsDialog.h"
#include "ui/reports/ReportPreview.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1StringView(name));
    return b;
}

} // namespace

DashboardPage::DashboardPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_project(new QComboBox(this)), m_desk(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_summary(new QLabel(this)),
      m_worker(new DashboardWorker(store.database().path(), this))
{
    connect(m_worker, &DashboardWorker::finished, this, &DashboardPage::computed);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setAccessibleName(tr("Key figures"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Dashboard"),
                                     tr("People reached, activities and outcomes of a project "
                                        "against its targets, for a period and a desk."),
                                     nullptr, this));
    layout->addLayout(createFilters());
    layout->addWidget(m_summary);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(createCharts());
    layout->addWidget(scroll, 1);
    m_filling = true; // computed when first shown, not while the window is assembled
    fillChoices();
    m_filling = false;
}

QLayout* DashboardPage::createFilters()
{
    m_project->setAccessibleName(tr("Project"));
    m_desk->setAccessibleName(tr("Desk"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto* row = new QHBoxLayout;
    const auto labelled = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("&Project:"), m_project);
    labelled(tr("F&rom:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&Desk:"), m_desk);
    row->addStretch(1);
    auto* projects = button(tr("Projects and tar&gets…"), "editProjects", this);
    auto* preview = button(tr("Progress &summary…"), "previewReport", this);
    auto* exporter = button(tr("E&xport…"), "exportReport", this);
    for (QPushButton* b : {projects, preview, exporter})
        row->addWidget(b);
    connect(projects, &QPushButton::clicked, this, &DashboardPage::editProjects);
    connect(preview, &QPushButton::clicked, this, &DashboardPage::previewReport);
    connect(exporter, &QPushButton::clicked, this, &DashboardPage::exportReport);
    connect(m_project, &QComboBox::currentIndexChanged, this, &DashboardPage::projectChanged);
    connect(m_desk, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    return row;
}

QWidget* DashboardPage::createCharts()
{
    auto* area = new QWidget(this);
    auto* grid = new QGridLayout(area);
    const std::vector<std::function<QChart*(const Indicators&)>> builders = {
        DashboardCharts::reachedOverTime,     DashboardCharts::byDesk,
        DashboardCharts::byGenderAndAge,      DashboardCharts::attendanceByPathType,
        DashboardCharts::referrals,           DashboardCharts::placementsFunnel,
        DashboardCharts::needsAndEmpowerment, DashboardCharts::followups};
    for (size_t i = 0; i < builders.size(); ++i) {
        auto* view = new QChartView(area);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        grid->addWidget(view, int(i / 2), int(i % 2));
        m_charts.emplace_back(view, builders[i]);
    }
    return area;
}

void DashboardPage::fillChoices()
{
    IndicatorQueries q(m_store.database());
    const qint64 project = m_project->currentData().toLongLong();
    const qint64 desk = m_desk->currentData().toLongLong();
    m_project->clear();
    m_project->addItem(tr("All people"), qint64(0));
    if (auto projects = q.projects())
        for (const auto& p : *projects)
            m_project->addItem(p.name, p.id);
    m_desk->clear();
    m_desk->addItem(tr("All desks"), qint64(0));
    if (auto desks = q.desks())
        for (const auto& d : *desks)
            m_desk->addItem(d.name, d.id);
    // The newest project is what a coordinator looks at first.
    const int kept = m_project->findData(project);
    m_project->setCurrentIndex(kept > 0 ? kept : (m_project->count() > 1 ? 1 : 0));
    m_desk->setCurrentIndex(std::max(0, m_desk->findData(desk)));
}

void DashboardPage::reload()
{
    m_filling = true;
    fillChoices();
    m_filling = false;
    projectChanged();
}

// A new project shows its whole duration; all people show the last twelve months.
void DashboardPage::projectChanged()
{
    if (m_filling) return;
    const QDate today = m_store.today();
    QDate from = today.addYears(-1).addDays(1), to = today;
    if (const qint64 id = m_project->currentData().toLongLong()) {
        Indicators dates;
        IndicatorQueries(m_store.database()).project(id, dates);
        from = dates.from.isValid() ? dates.from : from;
        to = dates.to.isValid() ? dates.to : to;
    }
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    refresh();
}

ReportFilter DashboardPage::filter() const
{
    return {.projectId = m_project->currentData().toLongLong(),
            .from = m_from->date(),
            .to = m_to->date(),
            .deskId = m_desk->currentData().toLongLong()};
}

void DashboardPage::refresh()
{
    if (m_filling || !isVisible()) return;
    // The figures shown stay until the new ones arrive; the cursor says they are coming.
    setCursor(Qt::BusyCursor);
    m_worker->compute(filter(), m_store.today(), ++m_request);
}

void DashboardPage::computed(quint64 request, const Indicators& indicators, const QString& error)
{
    if (request != m_request) return; // overtaken by a newer filter
    m_shown = request;
    unsetCursor();
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    m_indicators = indicators;
    m_summary->setText(summaryText());
    updateCharts();
}

QString DashboardPage::summaryText() const
{
    const Indicators& in = m_indicators;
    const QLocale locale;
    return tr("%1 people reached · %2 hours delivered, %3 attended · attendance %4% · "
              "completion %5% · %6 placements started, %7 hired · %8 follow-ups due")
        .arg(locale.toString(in.people), locale.toString(in.hoursDelivered, 'f', 0),
             locale.toString(in.hoursAttended, 'f', 0),
             locale.toString(100 * in.attendance.value(), 'f', 0),
             locale.toString(100 * in.completionRate(), 'f', 0),
             locale.toString(in.placements.started), locale.toString(in.placements.hired),
             locale.toString(in.followups.due));
}

void DashboardPage::updateCharts()
{
    for (auto& [view, build] : m_charts) {
        QChart* old = view->chart();
        view->setChart(build(m_indicators));
        delete old;
    }
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // records, projects and desks may have changed on other pages
}

void DashboardPage::editProjects()
{
    ProjectsDialog dialog(m_store, this);
    dialog.exec();
    reload();
}

void DashboardPage::previewReport()
{
    ReportFilter f = filter();
    f.funder = true;
    auto computed = IndicatorEngine(m_store.database()).compute(f);
    if (!computed) {
        QMessageBox::warning(this, tr("Progress summary"), computed.error().message());
        return;
    }
    ReportPreview preview(*computed, this);
    preview.exec();
}

void DashboardPage::exportReport()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the progress summary"), tr("progress-summary.xlsx"),
        tr("Spreadsheets (*.xlsx);;CSV files (*.csv)"));
    if (file.isEmpty()) return;
    ReportFilter f = filter();
    f.funder = true;
    auto computed = IndicatorEngine(m_store.database()).compute(f);
    QSaveFile out(file);
    Status st = computed ? Status() : Status(computed.error());
    if (st.ok() && !out.open(QIODevice::WriteOnly)) st = Error::io(out.errorString());
    if (st.ok())
        st = file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
                 ? ReportExport::writeCsv(&out, *computed)
                 : ReportExport::writeXlsx(&out, *computed);
    if (st.ok() && !out.commit()) st = Error::io(out.errorString());
    if (!st.ok())
        QMessageBox::warning(this, tr("Export"),
                             tr("%1 could not be written: %2").arg(file, st.error().message()));
}

} // namespace percorsi
