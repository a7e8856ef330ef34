#pragma once

#include <QString>

namespace percorsi {

// Folds a name for search: compatibility decomposition (NFKD), combining marks
// removed, case folded, and the letters that do not decompose mapped by hand
// (ß->ss, ø->o, æ->ae, ł->l, đ->d, ı->i …). Punctuation becomes a space, runs
// of spaces collapse. "Nguyễn" -> "nguyen", "Fátima" -> "fatima", "Müller" -> "muller".
class NameFolding
{
public:
    static QString fold(const QString& name);
};

} // namespace percorsi
