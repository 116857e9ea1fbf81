#include "store/ftsquery.h"

#include <QStringList>

namespace comptoir::server {

QString toFtsQuery(const QString& typed)
{
    QStringList terms;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            terms.append(current);
        current.clear();
    };
    // Split where the FTS5 unicode61 tokenizer would: anything not a letter or digit.
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            current += c;
        else
            flush();
    }
    flush();
    if (terms.size() > 16)
        terms = terms.mid(0, 16);
    QStringList quoted;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QString q = u"\""_qs + terms[i] + u"\""_qs;
        if (i == terms.size() - 1)
            q += u'*';
        quoted.append(q);
    }
    return quoted.join(u' ');
}

} // namespace comptoir::server
