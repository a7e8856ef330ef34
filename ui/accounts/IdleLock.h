#pragma once

#include <functional>

#include <QObject>

class QTimer;

namespace percorsi {

// Watches the application's keyboard and mouse input and asks for the window
// to lock after an idle time. The clock is injectable so that tests need not wait.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, any origin

    explicit IdleLock(int idleMinutes, QObject* parent = nullptr, Clock clock = {});

    void setIdleMinutes(int minutes);
    int idleMinutes() const { return int(m_idleMs / 60000); }
    void setClock(Clock clock);
    // Counts from now again (input, or the window unlocked).
    void touch();
    // Emits lockRequested once when the idle time has passed; the timer calls it.
    void check();

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Clock m_clock;
    qint64 m_idleMs;
    qint64 m_lastInput = 0;
    bool m_locked = false;
    QTimer* m_timer;
};

} // namespace percorsi
