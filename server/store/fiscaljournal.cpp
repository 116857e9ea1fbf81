#include "store/fiscaljournal.h"

#include "comptoir/canonicaljson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace comptoir::server::fiscal {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject hashedFields(const JournalEntry& e)
{
    return {{u"seq"_qs, double(e.seq)},
            {u"type"_qs, e.type},
            {u"at"_qs, e.at},
            {u"store_id"_qs, orNull(e.storeId)},
            {u"register_id"_qs, orNull(e.registerId)},
            {u"ref"_qs, e.ref},
            {u"data"_qs, e.data},
            {u"prev_hash"_qs, e.prevHash}};
}

} // namespace

QString genesisHash()
{
    return QString(64, u'0');
}

QString entryHash(const JournalEntry& entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(entry.prevHash.toUtf8());
    sha.addData(QByteArray::fromStdString(canonicalJson(hashedFields(entry))));
    return QString::fromLatin1(sha.result().toHex());
}

void seal(JournalEntry& entry, const FiscalKey& key)
{
    entry.hash = entryHash(entry);
    entry.signature = QString::fromLatin1(key.sign(entry.hash.toLatin1()).toBase64());
}

QJsonObject toJson(const JournalEntry& entry)
{
    QJsonObject json = hashedFields(entry);
    json.insert(u"hash"_qs, entry.hash);
    json.insert(u"signature"_qs, entry.signature);
    return json;
}

namespace {

constexpr size_t kRun = 4096; // entries a worker checks at a time; also the anchors' spacing

bool hashHolds(JournalVerifier::Item& item)
{
    item.entry.data = QJsonDocument::fromJson(item.dataJson).object();
    return entryHash(item.entry) == item.entry.hash;
}

bool signatureHolds(const FiscalKey& key, const JournalVerifier::Item& item)
{
    return key.verify(item.entry.hash.toLatin1(), QByteArray::fromBase64(item.entry.signature.toLatin1()));
}

// The lowest seq of a run (consecutive seqs, linked by prev_hash) whose hash or signature fails.
std::optional<qint64> firstBadInRun(JournalVerifier::Run& run, const FiscalKey& key,
                                    SignatureCheck signatures)
{
    if (signatures == SignatureCheck::Every) {
        for (JournalVerifier::Item& item : run)
            if (!hashHolds(item) || !signatureHolds(key, item))
                return item.entry.seq;
        return std::nullopt;
    }
    // Anchors: the run's entries up to its first bad hash are authentic when its last entry's
    // signature holds and every hash holds (each hash covers the previous one); otherwise every
    // signature before the first bad hash is checked, so the answer is the one `Every` gives.
    size_t badHash = 0;
    while (badHash < run.size() && hashHolds(run[badHash]))
        ++badHash;
    if (badHash == run.size() && signatureHolds(key, run.back()))
        return std::nullopt;
    for (size_t i = 0; i < badHash; ++i)
        if (!signatureHolds(key, run[i]))
            return run[i].entry.seq;
    return badHash < run.size() ? std::optional(run[badHash].entry.seq) : std::nullopt;
}

} // namespace

// One thread per core taking runs from a short queue (at most two runs a thread wait, so memory
// stays bounded however long the journal), and the lowest bad seq any of them found.
struct JournalVerifier::Workers {
    Workers(const FiscalKey& fiscalKey, SignatureCheck which) : key(fiscalKey), signatures(which)
    {
        const unsigned count = std::max(1u, std::thread::hardware_concurrency());
        capacity = 2 * count;
        for (unsigned i = 0; i < count; ++i)
            threads.emplace_back([this] { work(); });
    }
    ~Workers()
    {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
        }
        changed.notify_all();
        for (std::thread& t : threads)
            t.join();
    }
    void push(Run run)
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.size() < capacity; });
        queue.push_back(std::move(run));
        lock.unlock();
        changed.notify_all();
    }
    void drain()
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.empty() && busy == 0; });
    }
    void work()
    {
        for (;;) {
            Run run;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || !queue.empty(); });
                if (queue.empty())
                    return;
                run = std::move(queue.front());
                queue.pop_front();
                ++busy;
            }
            changed.notify_all();
            // A run wholly after a bad entry already found cannot lower the answer.
            if (run.front().entry.seq < firstBad.load())
                if (const auto bad = firstBadInRun(run, key, signatures))
                    lowerTo(*bad);
            run.clear();
            {
                const std::lock_guard lock(mutex);
                --busy;
            }
            changed.notify_all();
        }
    }
    void lowerTo(qint64 seq)
    {
        qint64 current = firstBad.load();
        while (seq < current && !firstBad.compare_exchange_weak(current, seq)) {
        }
    }

    const FiscalKey& key;
    const SignatureCheck signatures;
    size_t capacity = 2;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Run> queue;
    size_t busy = 0;
    bool stopping = false;
    std::atomic<qint64> firstBad{std::numeric_limits<qint64>::max()};
    std::vector<std::thread> threads;
};

JournalVerifier::JournalVerifier(const FiscalKey& key, SignatureCheck signatures)
    : m_workers(std::make_unique<Workers>(key, signatures))
{
    m_run.reserve(kRun);
}

JournalVerifier::~JournalVerifier() = default;

void JournalVerifier::check(JournalEntry entry, QByteArray dataJson)
{
    ++m_entries;
    if (m_chainBroken || m_workers->firstBad.load() < entry.seq)
        return;
    // A removed entry shows as a gap, an inserted one as a seq met twice: either way the journal
    // is broken at the seq expected here. The entry's own hash is the workers' to recompute.
    if (entry.seq != m_expectedSeq || entry.prevHash != m_prevHash) {
        m_chainBroken = m_expectedSeq;
        return;
    }
    ++m_expectedSeq;
    m_prevHash = entry.hash;
    m_run.push_back({std::move(entry), std::move(dataJson)});
    if (m_run.size() >= kRun)
        submit();
}

void JournalVerifier::submit()
{
    m_workers->push(std::move(m_run));
    m_run = Run();
    m_run.reserve(kRun);
}

void JournalVerifier::finish()
{
    if (!m_run.empty())
        submit();
    m_workers->drain();
}

std::optional<qint64> JournalVerifier::firstInvalidSeq() const
{
    const qint64 bad = m_workers->firstBad.load();
    const std::optional<qint64> badRun =
        bad == std::numeric_limits<qint64>::max() ? std::nullopt : std::optional(bad);
    if (m_chainBroken && badRun)
        return std::min(*m_chainBroken, *badRun);
    return m_chainBroken ? m_chainBroken : badRun;
}

} // namespace comptoir::server::fiscal
