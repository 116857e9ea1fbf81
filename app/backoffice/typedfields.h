#pragma once
// What a manager types in the back office's forms, read once in C++ rather than in each view: an
// amount ("12,50") in minor units of the server's currency, a day ("2026-12-31") as the RFC 3339
// times of its start and end in local time, and a server time back as the local day it falls on.

#include <QObject>
#include <QQmlEngine>

namespace comptoir::app {

class TypedFields : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // Minor units, or -1 when `text` is not an amount.
    Q_INVOKABLE static qint64 amount(const QString& text, const QString& currency = u"EUR"_qs);
    // "" when `day` is not a date.
    Q_INVOKABLE static QString startOfDay(const QString& day);
    Q_INVOKABLE static QString endOfDay(const QString& day);
    // The local day of an RFC 3339 time, "" for none.
    Q_INVOKABLE static QString dayOf(const QString& time);
    // The local date and time of an RFC 3339 time, for a list ("07/12/2026 14:05").
    Q_INVOKABLE static QString localTime(const QString& time);
    // Where files the manager saves go unless they type another folder.
    Q_INVOKABLE static QString documentsFolder();
};

} // namespace comptoir::app
