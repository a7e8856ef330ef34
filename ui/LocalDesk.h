#pragma once

#include <optional>

#include <QCoreApplication>

#include "core/domain/Record.h"

namespace percorsi {

class RecordStore;

// This installation's desk, as the window title, status bar and pages name it.
class LocalDesk
{
    Q_DECLARE_TR_FUNCTIONS(LocalDesk)

public:
    static std::optional<Record> read(RecordStore& store);
    // "San Siro", or a note that there is no desk yet.
    static QString name(RecordStore& store);
    // "San Siro (MI-SS)".
    static QString nameAndCode(RecordStore& store);
};

} // namespace percorsi
