#pragma once

#include <QTableView>

class QKeyEvent;

namespace percorsi {

class RegisterModel;

// The register grid, keyboard first: arrows move; P, A and E (the letters of
// the current language) mark present, absent and excused and go to the next
// person; Space cycles the mark; M marks the whole session present; Enter or
// F2 edits the hours.
class RegisterView : public QTableView
{
    Q_OBJECT

public:
    explicit RegisterView(QWidget* parent = nullptr);
    void setRegister(RegisterModel* model);
    // Puts the cursor on the first person of a session.
    void goToSession(int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    int keyOf(const QKeyEvent* event) const;
    bool markCurrent(int key);
    void moveDown();

    RegisterModel* m_model = nullptr;
};

} // namespace percorsi
