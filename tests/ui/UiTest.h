#pragma once

#include <functional>

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

namespace percorsi::uitest {

// Shows a top-level widget and makes it the active window, as a user's would be.
bool showActive(QWidget& window);
// Processes events until `done` holds or `timeoutMs` passes; says whether it held.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 2000);
// The text of a column in every row, for assertions that read like a table.
QStringList column(const QAbstractItemModel& model, int column);

} // namespace percorsi::uitest

namespace Catch {

// Failed assertions print Qt strings as text, not as {?}.
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& list)
    {
        return "{ " + list.join(QStringLiteral(", ")).toStdString() + " }";
    }
};

} // namespace Catch
