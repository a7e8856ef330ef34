#pragma once

#include <optional>

#include <QStringList>

namespace percorsi::cli {

// --lang CODE (or --lang=CODE): the language of percorsi-cli's messages, a
// global option accepted before or after the command name. Without it the
// system locale's language is used, else English, as in the GUI.
class LanguageOption
{
public:
    // Takes --lang out of `arguments` and loads the language. An exit code
    // when --lang is misused (after a message saying which codes exist).
    static std::optional<int> apply(QStringList* arguments);

private:
    // The code given with --lang, or an empty string; false when it lacks its value.
    static bool take(QStringList* arguments, QString* code);
};

} // namespace percorsi::cli
