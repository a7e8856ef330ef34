#include "core/i18n/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace percorsi {

namespace {

QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;

QTranslator* loaded(const QString& file, const QString& dir = {})
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, dir)) return translator;
    delete translator;
    return nullptr;
}

} // namespace

const QStringList& Translator::codes()
{
    static const QStringList all = {
        QStringLiteral("en"), QStringLiteral("it"), QStringLiteral("es"), QStringLiteral("ca"),
        QStringLiteral("nl"), QStringLiteral("sv"), QStringLiteral("fr"), QStringLiteral("ar"),
    };
    return all;
}

bool Translator::isAvailable(const QString& code)
{
    return codes().contains(code);
}

QString Translator::systemCode()
{
    const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return isAvailable(code) ? code : QStringLiteral("en");
}

bool Translator::load(const QString& code)
{
    const QLocale locale(code);
    QLocale::setDefault(locale);
    const bool english = code == QLatin1String("en");
    QTranslator* app = english ? nullptr : loaded(resourcePath(code));
    // Qt's own dialogs and context menus (Cancel, Copy, Select All …).
    QTranslator* qt = english ? nullptr
                              : loaded(QStringLiteral("qtbase_") + code,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(g_qt, qt);
    replace(g_app, app);
    return english || app;
}

QString Translator::resourcePath(const QString& code)
{
    return QStringLiteral(":/percorsi/i18n/percorsi_%1.qm").arg(code);
}

void Translator::replace(QTranslator*& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot) QCoreApplication::installTranslator(slot);
}

} // namespace percorsi
