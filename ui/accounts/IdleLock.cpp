#include "ui/accounts/IdleLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

namespace percorsi {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

IdleLock::IdleLock(int idleMinutes, QObject* parent, Clock clock)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock(monotonicMs)),
      m_idleMs(qint64(idleMinutes) * 60000), m_timer(new QTimer(this))
{
    touch();
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer->start();
}

void IdleLock::setIdleMinutes(int minutes)
{
    m_idleMs = qint64(minutes) * 60000;
}

void IdleLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    touch();
}

void IdleLock::touch()
{
    m_lastInput = m_clock();
    m_locked = false;
}

void IdleLock::check()
{
    if (m_locked || m_clock() - m_lastInput < m_idleMs) return;
    m_locked = true;
    emit lockRequested();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked) m_lastInput = m_clock();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace percorsi
