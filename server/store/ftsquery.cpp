#include "store/ftsquery.h"

#include <QStringList>

namespace comptoir::server {

namespace {
// The terms a person typed, split where the FTS5 unicode61 tokenizer would (anything not a letter
// or digit), at most 16; the last one marked as a prefix when it is at least 2 characters long:
// it is still being typed, and a single character would match a large part of the catalog.
struct TypedTerm {
    QString text;
    bool prefix = false;
};

QList<TypedTerm> typedTerms(const QString& typed)
{
    QList<TypedTerm> terms;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            terms.append({current});
        current.clear();
    };
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            current += c;
        else
            flush();
    }
    flush();
    if (terms.size() > 16)
        terms = terms.mid(0, 16);
    if (!terms.isEmpty() && terms.last().text.size() >= 2)
        terms.last().prefix = true;
    return terms;
}
} // namespace

QString toFtsQuery(const QString& typed)
{
    QStringList quoted;
    for (const TypedTerm& t : typedTerms(typed))
        quoted.append(u"\""_qs + t.text + u"\""_qs + (t.prefix ? u"*"_qs : QString()));
    return quoted.join(u' ');
}

QString toTsQueryTerms(const QString& typed)
{
    QStringList quoted;
    for (const TypedTerm& t : typedTerms(typed))
        quoted.append(u"'"_qs + t.text + u"'"_qs + (t.prefix ? u":*"_qs : QString()));
    return quoted.join(u' ');
}

} // namespace comptoir::server
