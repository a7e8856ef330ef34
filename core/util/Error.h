#pragma once

#include <QList>
#include <QString>

namespace percorsi {

// What went wrong, in words for the person in front of the screen, plus the
// kind of fault so that front ends can choose an exit code or a dialog.
class Error
{
public:
    enum class Kind {
        Invalid,  // bad input or data: nothing was written
        NotFound, // the record or file asked for does not exist
        Denied,   // the current user may not do this
        Io,       // the file or database could not be read or written
        Conflict, // the operation collides with existing data (uniqueness)
    };

    struct FieldMessage
    {
        QString field;
        QString message;
    };

    Error() = default;
    Error(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    static Error invalid(const QString& message) { return {Kind::Invalid, message}; }
    static Error io(const QString& message) { return {Kind::Io, message}; }
    static Error notFound(const QString& message) { return {Kind::NotFound, message}; }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QList<FieldMessage>& fieldMessages() const { return m_fields; }
    void addField(const QString& field, const QString& message);

private:
    Kind m_kind = Kind::Invalid;
    QString m_message;
    QList<FieldMessage> m_fields;
};

} // namespace percorsi
