#include "app/cli/LanguageOption.h"

#include <QTextStream>

#include "app/cli/CommandContext.h"
#include "core/i18n/Translator.h"

namespace percorsi::cli {

std::optional<int> LanguageOption::apply(QStringList* arguments)
{
    QString code;
    const bool complete = take(arguments, &code);
    if (complete && (code.isEmpty() || Translator::isAvailable(code))) {
        Translator::load(code.isEmpty() ? Translator::systemCode() : code);
        return std::nullopt;
    }
    // The complaint itself speaks the system's language.
    Translator::load(Translator::systemCode());
    const QString codes = Translator::codes().join(QLatin1String(", "));
    QTextStream err(stderr);
    err << "percorsi-cli: "
        << (complete ? Cli::tr("unknown language '%1'; available: %2").arg(code, codes)
                     : Cli::tr("--lang needs a language code: %1").arg(codes))
        << '\n';
    return Usage;
}

bool LanguageOption::take(QStringList* arguments, QString* code)
{
    const QString option = QStringLiteral("--lang");
    const QString prefix = option + QLatin1Char('=');
    // After "--" every argument is positional, even one that reads --lang.
    for (qsizetype i = 1; i < arguments->size() && arguments->at(i) != QLatin1String("--");) {
        const QString argument = arguments->at(i);
        if (argument == option) {
            if (i + 1 >= arguments->size()) return false;
            *code = arguments->at(i + 1);
            arguments->remove(i, 2);
        } else if (argument.startsWith(prefix)) {
            *code = argument.mid(prefix.size());
            arguments->removeAt(i);
        } else {
            ++i;
        }
    }
    return true;
}

} // namespace percorsi::cli
