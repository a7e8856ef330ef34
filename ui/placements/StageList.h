#pragma once

#include <QListWidget>

namespace percorsi {

// One column of the placements pipeline: the placements at one stage. A
// placement leaves it by Ctrl+Right or Ctrl+Left (the next or previous
// stage) or by dragging it onto another column; Enter opens it.
class StageList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    StageList(const QString& stage, QWidget* parent = nullptr);

    QString stage() const { return m_stage; }
    qint64 currentPlacement() const;
    bool select(qint64 placementId);
    // What a drag of `item` carries.
    QMimeData* dragData(QListWidgetItem* item) const;

signals:
    void stepRequested(qint64 placementId, int step);
    void dropped(qint64 placementId, const QString& stage);
    void openRequested(qint64 placementId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    Qt::DropActions supportedDropActions() const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QString m_stage;
};

} // namespace percorsi
