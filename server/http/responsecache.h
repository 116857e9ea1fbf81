#pragma once
// A bounded LRU cache of whole answers, each stamped with the data version it was computed at:
// an entry answers only while that version is current, so a write invalidates by moving the
// version on, never by finding entries. Used for catalog searches, which people repeat (every
// shopper typing "pul" asks the same question) and which cost milliseconds to compute.

#include <QtGlobal>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace comptoir::server {

class ResponseCache {
public:
    explicit ResponseCache(size_t budgetBytes) : m_budget(budgetBytes) {}

    [[nodiscard]] std::optional<std::string> find(const std::string& key, quint64 version);
    void store(const std::string& key, quint64 version, std::string body);

private:
    struct Entry {
        std::string key;
        quint64 version;
        std::string body;
    };
    void evictOverBudget();

    size_t m_budget;
    size_t m_bytes = 0;
    mutable std::mutex m_mutex;
    std::list<Entry> m_lru; // most recent first
    std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
};

} // namespace comptoir::server
