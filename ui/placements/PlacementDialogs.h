#pragma once

#include <functional>

#include <QCoreApplication>

#include "core/domain/Record.h"

class QWidget;

namespace percorsi {

class PersonPicker;
class PlacementStore;
class RecordDialog;

// The forms of a placement wherever one is made: from the pipeline, from an
// employer, from her profile. They save through PlacementStore, so that an
// ended placement gets its follow-up.
class PlacementDialogs
{
    Q_DECLARE_TR_FUNCTIONS(PlacementDialogs)

public:
    using Done = std::function<void(const Record&)>;

    // Opens the form of a placement; `done` runs once it is saved.
    static RecordDialog* edit(PlacementStore& store, const Record& placement, QWidget* parent,
                              Done done);
    // Asks who, then opens the form of a new proposed placement that starts
    // from `preset` (an employer already chosen, for one).
    static PersonPicker* create(PlacementStore& store, const Record& preset, QWidget* parent,
                                Done done);
};

} // namespace percorsi
