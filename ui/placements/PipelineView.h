#pragma once

#include <map>

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace percorsi {

class EndPlacementDialog;
class PlacementStore;
class StageList;

// The placements of a desk in columns by stage: proposed, interview, started,
// ended. A placement moves forward or back with Ctrl+Right and Ctrl+Left, or
// by dragging it to another column; ending one asks for its end date and
// outcome. The focus follows the placement moved.
class PipelineView : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineView(PlacementStore& store, QWidget* parent = nullptr);

    void setDesk(qint64 deskId);
    void reload();
    StageList* column(const QString& stage) const;
    QString columnTitle(const QString& stage) const;
    // Moves a placement one stage forward (1) or back (-1), or to a stage.
    void step(qint64 placementId, int step);
    void moveTo(qint64 placementId, const QString& stage);
    // The dialog asking how a placement ended, while it is open.
    EndPlacementDialog* endDialog() const { return m_endDialog; }
    QString errorText() const;

signals:
    void openRequested(qint64 placementId);
    void changed();

private:
    void addColumn(const QString& stage, QHBoxLayout* layout);
    void askEnding(qint64 placementId);
    void moved(qint64 placementId, const QString& stage);
    void showError(const QString& message);

    PlacementStore& m_store;
    qint64 m_deskId = 0;
    std::map<QString, StageList*> m_columns;
    std::map<QString, QLabel*> m_titles;
    QLabel* m_error;
    EndPlacementDialog* m_endDialog = nullptr;
};

} // namespace percorsi
