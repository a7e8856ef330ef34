#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace percorsi {

class RecordStore;
class RegisterModel;
class RegisterView;

// The Attendance page: choose a path, record its sessions in the register
// grid, save (Ctrl+S), print the sign-in sheet of the current session.
class AttendancePage : public QWidget
{
    Q_OBJECT

public:
    explicit AttendancePage(RecordStore& store, QWidget* parent = nullptr);

    // Shows the register of a path with the cursor on today's session (or the next).
    void openPath(qint64 pathId);
    void reloadPaths();
    bool save();
    RegisterModel* model() const { return m_model; }
    RegisterView* view() const { return m_view; }
    QComboBox* pathBox() const { return m_paths; }
    QString statusText() const;

    // Shows the print preview of the current session's sign-in sheet.
    void printSheet();

protected:
    // Paths created or renamed elsewhere appear when the page is shown again.
    void showEvent(QShowEvent* event) override;

private:
    void pathChosen(int index);
    void updateState();

    RecordStore& m_store;
    QComboBox* m_paths;
    RegisterModel* m_model;
    RegisterView* m_view;
    QPushButton* m_save;
    QPushButton* m_print;
    QLabel* m_status;
};

} // namespace percorsi
