#pragma once

#include <memory>

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace percorsi {

class DeskBox;
class FollowupStore;
class FollowupsDueView;
class PersonPicker;
class PipelineView;
class PlacementStore;
class RecordDialog;
class RecordStore;

// Placements of a desk: the pipeline by stage, and the follow-ups due six
// months after a placement ended or a person left the programme.
class PlacementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementsPage(RecordStore& store, QWidget* parent = nullptr);
    ~PlacementsPage() override;

    PipelineView* pipeline() const { return m_pipeline; }
    FollowupsDueView* followups() const { return m_followups; }
    QTabWidget* tabs() const { return m_tabs; }
    DeskBox* deskBox() const { return m_desk; }
    PersonPicker* newPlacement();
    RecordDialog* editPlacement(qint64 placementId);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateTabTitles();

    std::unique_ptr<PlacementStore> m_placements;
    std::unique_ptr<FollowupStore> m_followupStore;
    DeskBox* m_desk;
    QPushButton* m_new;
    QTabWidget* m_tabs;
    PipelineView* m_pipeline;
    FollowupsDueView* m_followups;
};

} // namespace percorsi
