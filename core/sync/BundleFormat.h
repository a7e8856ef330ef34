#pragma once

#include <QStringList>

#include "core/domain/Schema.h"

namespace percorsi::bundleformat {

// The names and limits of the bundle format (docs/bundle-format.md).
inline constexpr char kFormatName[] = "percorsi-bundle";
inline constexpr int kFormatVersion = 1;
inline constexpr char kManifest[] = "manifest.json";
inline constexpr char kTombstones[] = "tombstone";
inline constexpr char kConflicts[] = "conflict";

inline constexpr qint64 kMaxEntries = 64;
inline constexpr qint64 kMaxEntrySize = qint64(4) << 30;  // uncompressed bytes
inline constexpr qint64 kMaxTotalSize = qint64(16) << 30;
inline constexpr qint64 kMaxRatio = 200;                  // uncompressed / compressed
inline constexpr qint64 kMaxManifestSize = 1 << 20;

// The columns of an entity's file: uuid, desk, clock, clocks, synced fields.
QStringList columns(const EntityDef& def);
std::vector<bool> numericColumns(const EntityDef& def);
QStringList tombstoneColumns();
QStringList conflictColumns();

} // namespace percorsi::bundleformat
