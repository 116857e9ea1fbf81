#pragma once
// What the shop's search field suggests under it as the customer types: categories whose name
// begins with the words, brands, then product names, from the cache's search index (so it works
// offline). Each keystroke reads a few rows, never ranks the whole catalog.

#include "app/catalog/cachelistmodel.h"

namespace comptoir::app {

class SearchSuggestionModel : public CacheListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, TextRole, TargetRole };

    explicit SearchSuggestionModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QString& text() const { return m_text; }
    void setText(const QString& text);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    static constexpr int kPerKind = 3;

signals:
    void textChanged();
    void countChanged();

private:
    void reload() override;
    QString m_text;
    QList<SearchSuggestion> m_rows;
};

} // namespace comptoir::app
