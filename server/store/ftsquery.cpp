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
        // The last term is still being typed, so it is a prefix; a single character would match
        // a large part of the catalog for nothing, so it waits for a second one.
        if (i == terms.size() - 1 && terms[i].size() >= 2)
            q += u'*';
        quoted.append(q);
    }
    return quoted.join(u' ');
}

} // namespace comptoir::server
