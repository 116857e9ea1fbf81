#pragma once
// What the till's paper says, read back as a person would: a PDF's text through pdftotext, and an
// amount written the way the English receipts write it.

#include <QString>
#include <QtGlobal>

namespace comptoir::test {

// pdftotext's text of a PDF, spaces of every kind made plain; empty when it cannot be read.
[[nodiscard]] QString pdfText(const QString& path);
// `amount` cents of euros as the English console formats them ("€12.50").
[[nodiscard]] QString euros(qint64 amount);

} // namespace comptoir::test
