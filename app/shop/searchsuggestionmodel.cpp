#include "app/shop/searchsuggestionmodel.h"

#include "app/core/applog.h"

namespace comptoir::app {

SearchSuggestionModel::SearchSuggestionModel(QObject* parent)
    : CacheListModel({u"product"_qs, u"category"_qs}, parent)
{
}

int SearchSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SearchSuggestion& row = m_rows[index.row()];
    switch (role) {
    case KindRole:
        switch (row.kind) {
        case SearchSuggestion::Kind::Category:
            return u"category"_qs;
        case SearchSuggestion::Kind::Brand:
            return u"brand"_qs;
        case SearchSuggestion::Kind::Product:
            break;
        }
        return u"product"_qs;
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case TargetRole:
        return row.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchSuggestionModel::roleNames() const
{
    return {{KindRole, "kind"}, {TextRole, "label"}, {TargetRole, "target"}};
}

void SearchSuggestionModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    const bool sameSearch = ftsQuery(text) == ftsQuery(m_text);
    m_text = text;
    emit textChanged();
    if (!sameSearch)
        reload();
}

void SearchSuggestionModel::reload()
{
    QList<SearchSuggestion> rows;
    if (CatalogReader* reader = catalog()) {
        try {
            rows = reader->suggestions(m_text, kPerKind);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "suggestions:" << e.what();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace comptoir::app
