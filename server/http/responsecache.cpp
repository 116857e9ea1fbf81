#include "http/responsecache.h"

namespace comptoir::server {

std::optional<std::string> ResponseCache::find(const std::string& key, quint64 version)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(key);
    if (it == m_index.end() || it->second->version != version)
        return std::nullopt;
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return it->second->body;
}

void ResponseCache::store(const std::string& key, quint64 version, std::string body)
{
    const size_t size = key.size() + body.size();
    if (size > m_budget / 8)
        return; // one huge answer must not flush everything else
    std::lock_guard lock(m_mutex);
    if (const auto it = m_index.find(key); it != m_index.end()) {
        m_bytes -= it->second->key.size() + it->second->body.size();
        m_lru.erase(it->second);
        m_index.erase(it);
    }
    m_lru.push_front(Entry{key, version, std::move(body)});
    m_index.emplace(key, m_lru.begin());
    m_bytes += size;
    evictOverBudget();
}

void ResponseCache::evictOverBudget()
{
    while (m_bytes > m_budget && !m_lru.empty()) {
        const Entry& last = m_lru.back();
        m_bytes -= last.key.size() + last.body.size();
        m_index.erase(last.key);
        m_lru.pop_back();
    }
}

} // namespace comptoir::server
