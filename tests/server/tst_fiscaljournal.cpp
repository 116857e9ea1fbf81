// The fiscal journal (API.md "Fiscal journal"): each money event appends a chained, signed entry
// that the test checks on its own (its own SHA-256 of the canonical fields, its own Ed25519 check
// with the served public key), and every way of altering the database file (an entry changed,
// removed, inserted, two swapped) is found at the right seq by /fiscal/verify and by
// `comptoir-server --verify-journal`.
#include "cashdrawers.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "pgcluster.h"
#include "testserver.h"

#include "comptoir/sqlite.h"
#include "databaseprobe.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>

using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;

// The test's own reading of the seal: SHA-256 over prev_hash and the first eight fields. Its
// canonical JSON is QJsonDocument's compact form of an object (keys sorted), which is RFC 8785's
// for what the journal holds (integers, ASCII keys): written apart from the server's encoder.
QString expectedHash(const QJsonObject& entry)
{
    QJsonObject fields;
    for (const char* key : {"seq", "type", "at", "store_id", "register_id", "ref", "data", "prev_hash"})
        fields.insert(QLatin1String(key), entry.value(QLatin1String(key)));
    return QString::fromLatin1(
        QCryptographicHash::hash(entry.value(u"prev_hash"_qs).toString().toUtf8() +
                                     QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

bool signatureHolds(const QByteArray& publicKey, const QString& hash, const QString& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                                size_t(publicKey.size()));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const QByteArray message = hash.toLatin1();
    const QByteArray sig = QByteArray::fromBase64(signature.toLatin1());
    const bool ok =
        key && ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(sig.constData()), size_t(sig.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

struct VerifyRun {
    int exitCode = -1;
    QByteArray out;
};

// signatures: --verify-journal-signatures (every, anchors), or the default when empty.
VerifyRun verifyJournalFiles(const QString& dataDir, const QString& signatures = {})
{
    QProcess p;
    QStringList arguments{u"--verify-journal"_qs, u"--data-dir"_qs, dataDir};
    if (!signatures.isEmpty())
        arguments << u"--verify-journal-signatures"_qs << signatures;
    p.start(QString::fromLatin1(COMPTOIR_SERVER_BINARY), arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
}

} // namespace

class TestFiscalJournal : public QObject {
    Q_OBJECT

    TestServer m_server;
    DemoAccounts m_accounts;
    RegisteredCustomer m_customer;
    int m_keys = 0;
    QJsonArray m_entries; // the journal after the events of recordsEveryMoneyEvent

    httplib::Headers nextKey() { return idempotencyKey("fiscal-" + std::to_string(++m_keys)); }

    QJsonArray journal(const std::string& query = {})
    {
        const Reply r = m_server.client().get("/api/v1/fiscal/journal?limit=200" + query, m_accounts.manager);
        return r.status == 200 ? r.json().value(u"items"_qs).toArray() : QJsonArray();
    }

    // A customer's pickup order at Paris paid by card: its id and its payment's id.
    std::pair<QString, QString> paidOrder(qint64 quantity)
    {
        auto c = m_server.client();
        const PaidByCard paid = placeAndPayByCard(
            c,
            {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, quantity}}}},
             {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}},
            m_customer.token, [this] { return nextKey(); });
        return {paid.orderId, paid.paymentId};
    }

    // A copy of the stopped server's data folder, for one way of tampering.
    QString copyOfData(QTemporaryDir& into)
    {
        for (const QString& name : QDir(m_server.dataDir()).entryList(QDir::Files))
            if (!QFile::copy(QDir(m_server.dataDir()).filePath(name), into.filePath(name)))
                return {};
        return into.path();
    }

    // Runs `sql` on the copy's database, around the triggers that refuse it through SQLite: whoever
    // edits the file can drop them too.
    static void tamper(const QString& dataDir, const std::string& sql)
    {
        comptoir::sqlite::Connection c(QDir(dataDir).filePath(u"comptoir.db"_qs).toStdString(),
                                       comptoir::sqlite::Durability::Full);
        c.execScript("DROP TRIGGER fiscal_journal_no_update; DROP TRIGGER fiscal_journal_no_delete;");
        c.execScript(sql.c_str());
    }

    void expectBrokenAt(const QString& dataDir, qint64 seq)
    {
        // Checking only the anchors' signatures names the same seq.
        for (const QString& signatures : {QString(), u"anchors"_qs}) {
            const VerifyRun run = verifyJournalFiles(dataDir, signatures);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.contains("seq " + QByteArray::number(seq) + "\n"), run.out.constData());
        }
        // And the running server says the same.
        TestServer again{TestServer::Options{false, {}, dataDir}};
        QVERIFY2(again.start(), qPrintable(again.lastError()));
        const Reply r = again.client().get("/api/v1/fiscal/verify", m_accounts.manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"valid"_qs).toBool(), false);
        QCOMPARE(r.json().value(u"first_invalid_seq"_qs).toInteger(), seq);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        m_customer = registerCustomer(m_server, u"fiscal@example.fr"_qs, u"Fiscal"_qs, u"a-long-secret"_qs);
        QVERIFY(!m_customer.token.empty());
    }

    void theKeyIsPrivateAndItsPublicHalfServed()
    {
        const QString keyFile = QDir(m_server.dataDir()).filePath(u"fiscal-key.pem"_qs);
        QVERIFY(QFile::exists(keyFile));
        QCOMPARE(QFile::permissions(keyFile) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        const Reply r = m_server.client().get("/api/v1/fiscal/key");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"algorithm"_qs).toString(), u"Ed25519"_qs);
        QCOMPARE(QByteArray::fromBase64(r.json().value(u"public_key"_qs).toString().toLatin1()).size(), 32);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray secret = key.readAll().split('\n').value(1);
        QVERIFY(!secret.isEmpty());
        QVERIFY(!m_server.standardError().contains(secret));
    }

    void onlyManagersReadAndVerify()
    {
        auto c = m_server.client();
        for (const std::string path : {"/api/v1/fiscal/journal", "/api/v1/fiscal/verify"}) {
            QCOMPARE(c.get(path).status, 401);
            QCOMPARE(c.get(path, m_customer.token).status, 403);
            QCOMPARE(c.get(path, m_accounts.staffParis).status, 403);
            QCOMPARE(c.get(path, m_accounts.manager).status, 200);
        }
        QCOMPARE(c.get("/api/v1/fiscal/journal?since=-1", m_accounts.manager).status, 400);
        QCOMPARE(c.get("/api/v1/fiscal/journal?since=abc", m_accounts.manager).status, 400);
        QCOMPARE(c.get("/api/v1/fiscal/journal?limit=0", m_accounts.manager).status, 400);
    }

    void recordsEveryMoneyEvent()
    {
        const auto [sold, soldPayment] = paidOrder(2);
        const auto [refunded, refundedPayment] = paidOrder(1);
        const auto [cancelled, cancelledPayment] = paidOrder(1);
        QVERIFY(!soldPayment.isEmpty() && !refundedPayment.isEmpty() && !cancelledPayment.isEmpty());
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/payments/" + refundedPayment.toStdString() + "/refunds",
                        {{u"amount"_qs, eur(500)}, {u"reason"_qs, u"damaged"_qs}}, m_accounts.manager,
                        nextKey())
                     .status,
                 201);
        QCOMPARE(c.post(orderPath(cancelled) + "/cancel", QJsonObject{}, m_accounts.manager).status, 200);
        const QString drawer =
            openDrawer(m_server, m_accounts.manager, m_accounts.staffParis, u"loc_paris"_qs);
        QVERIFY(!drawer.isEmpty());
        QCOMPARE(
            c.post("/api/v1/cash-sessions/" + drawer.toStdString() + "/movements",
                   {{u"kind"_qs, u"out"_qs}, {u"amount"_qs, eur(1000)}, {u"reason"_qs, u"bank deposit"_qs}},
                   m_accounts.staffParis, nextKey())
                .status,
            201);

        m_entries = journal();
        QStringList types;
        for (const QJsonValue& v : m_entries)
            types << v[u"type"_qs].toString() + u':' + v[u"ref"_qs].toString().left(3);
        // Three sales; the refund; the cancellation with the refund of its payment; the movement.
        QCOMPARE(types.count(u"sale:"_qs + sold.left(3)), 3);
        QCOMPARE(types.filter(u"refund:"_qs).size(), 2);
        QCOMPARE(types.filter(u"cancellation:"_qs).size(), 1);
        QCOMPARE(types.filter(u"cash_movement:"_qs).size(), 1);
        QCOMPARE(m_entries.size(), 7);

        // The sale's figures reconcile with the order, by VAT rate.
        const QJsonObject order = orderOnServer(c, sold, m_accounts.manager);
        for (const QJsonValue& v : m_entries) {
            const QJsonObject e = v.toObject();
            if (e[u"ref"_qs].toString() != sold)
                continue;
            const QJsonObject data = e[u"data"_qs].toObject();
            QCOMPARE(data[u"total"_qs].toInteger(), totalOf(order));
            qint64 byRate = 0, tax = 0;
            for (const QJsonValue& t : data[u"totals"_qs].toArray()) {
                byRate += t[u"total"_qs].toInteger();
                tax += t[u"tax"_qs].toInteger();
                QCOMPARE(t[u"base"_qs].toInteger() + t[u"tax"_qs].toInteger(), t[u"total"_qs].toInteger());
            }
            QCOMPARE(byRate, totalOf(order));
            QCOMPARE(tax, amountOf(order[u"totals"_qs][u"tax"_qs]));
            QCOMPARE(e[u"store_id"_qs].toString(), u"loc_paris"_qs);
        }
        QCOMPARE(m_entries.last()[u"register_id"_qs].isString(), true); // the drawer's till
    }

    void eachEntryIsChainedAndSigned()
    {
        const QByteArray publicKey = QByteArray::fromBase64(
            m_server.client().get("/api/v1/fiscal/key").json().value(u"public_key"_qs).toString().toLatin1());
        QString previous(64, u'0');
        qint64 seq = 0;
        QVERIFY(!m_entries.isEmpty());
        for (const QJsonValue& v : m_entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e[u"seq"_qs].toInteger(), ++seq);
            QCOMPARE(e[u"prev_hash"_qs].toString(), previous);
            QCOMPARE(e[u"hash"_qs].toString(), expectedHash(e));
            QVERIFY(signatureHolds(publicKey, e[u"hash"_qs].toString(), e[u"signature"_qs].toString()));
            QVERIFY(!signatureHolds(publicKey, previous, e[u"signature"_qs].toString()));
            previous = e[u"hash"_qs].toString();
        }
        const Reply verify = m_server.client().get("/api/v1/fiscal/verify", m_accounts.manager);
        QCOMPARE(verify.json().value(u"valid"_qs).toBool(), true);
        QCOMPARE(verify.json().value(u"entries"_qs).toInteger(), seq);
        QVERIFY(verify.json().value(u"first_invalid_seq"_qs).isNull());
        // Paged by seq, and by store.
        QCOMPARE(journal("&since=5").size(), int(seq - 5));
        QCOMPARE(journal("&store_id=loc_lyon").size(), 0);
    }

    // The database's own triggers refuse it, on SQLite and on PostgreSQL alike.
    void sqliteRefusesChangesToTheJournal()
    {
        DatabaseProbe db(m_server);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        QVERIFY(!db.exec(u"UPDATE fiscal_journal SET ref = 'x' WHERE seq = 1"_qs));
        QVERIFY2(db.lastError().contains(u"append-only"_qs), qPrintable(db.lastError()));
        QVERIFY(!db.exec(u"DELETE FROM fiscal_journal WHERE seq = 2"_qs));
        QCOMPARE(db.number(u"SELECT COUNT(*) FROM fiscal_journal WHERE seq <= 2 AND ref <> 'x'"_qs), 2);
    }

    void everyAlterationIsFoundAtItsSeq()
    {
        if (postgresBackendRequested())
            QSKIP("each alteration here is made in a copy of the SQLite file; on PostgreSQL, "
                  "tst_cluster::theJournalOfSeveralServersProvesItself alters an entry and finds it");
        m_server.stop();
        const VerifyRun intact = verifyJournalFiles(m_server.dataDir());
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(intact.out.contains("7 entries"));
        const VerifyRun intactAtAnchors = verifyJournalFiles(m_server.dataDir(), u"anchors"_qs);
        QCOMPARE(intactAtAnchors.exitCode, 0);
        QVERIFY(intactAtAnchors.out.contains("7 entries"));

        // An amount changed (a sale made smaller).
        QTemporaryDir changed;
        QVERIFY(!copyOfData(changed).isEmpty());
        tamper(changed.path(),
               "UPDATE fiscal_journal SET data = replace(data, '\"total\":', '\"total\":1') WHERE seq = 3");
        expectBrokenAt(changed.path(), 3);

        // Changed and its hash recomputed: the signature still gives it away. (The first field
        // the hash covers is enough: the chain from there on is rewritten too.)
        QTemporaryDir rehashed;
        QVERIFY(!copyOfData(rehashed).isEmpty());
        tamper(rehashed.path(), "UPDATE fiscal_journal SET ref = 'ord_forged' WHERE seq = 4");
        {
            comptoir::sqlite::Connection c(QDir(rehashed.path()).filePath(u"comptoir.db"_qs).toStdString(),
                                           comptoir::sqlite::Durability::Full);
            auto st = c.prepare(
                "SELECT seq, type, at, store_id, register_id, ref, data, prev_hash FROM fiscal_journal "
                "WHERE seq >= 4 ORDER BY seq");
            QString previous;
            {
                auto p = c.prepare("SELECT hash FROM fiscal_journal WHERE seq = 3");
                QVERIFY(p.step());
                previous = p.text(0);
            }
            QList<std::pair<qint64, QString>> rewritten;
            while (st.step()) {
                const QJsonObject e{{u"seq"_qs, st.int64(0)},
                                    {u"type"_qs, st.text(1)},
                                    {u"at"_qs, st.text(2)},
                                    {u"store_id"_qs, st.isNull(3) ? QJsonValue() : QJsonValue(st.text(3))},
                                    {u"register_id"_qs, st.isNull(4) ? QJsonValue() : QJsonValue(st.text(4))},
                                    {u"ref"_qs, st.text(5)},
                                    {u"data"_qs, QJsonDocument::fromJson(st.blob(6)).object()},
                                    {u"prev_hash"_qs, previous}};
                previous = expectedHash(e);
                rewritten.append({st.int64(0), previous});
            }
            for (qsizetype i = 0; i < rewritten.size(); ++i) {
                auto u = c.prepare("UPDATE fiscal_journal SET prev_hash = ?, hash = ? WHERE seq = ?");
                u.bind(1, i == 0 ? QString() : rewritten[i - 1].second);
                u.bind(2, rewritten[i].second).bind(3, rewritten[i].first).exec();
            }
            c.prepare("UPDATE fiscal_journal SET prev_hash = (SELECT hash FROM fiscal_journal WHERE seq = 3) "
                      "WHERE seq = 4")
                .exec();
        }
        expectBrokenAt(rehashed.path(), 4);

        // An entry removed: the chain breaks where it was.
        QTemporaryDir removed;
        QVERIFY(!copyOfData(removed).isEmpty());
        tamper(removed.path(), "DELETE FROM fiscal_journal WHERE seq = 5");
        expectBrokenAt(removed.path(), 5);

        // An entry inserted in front of the fourth, the ones after moved up one.
        QTemporaryDir inserted;
        QVERIFY(!copyOfData(inserted).isEmpty());
        tamper(inserted.path(), "UPDATE fiscal_journal SET seq = seq + 100 WHERE seq >= 4;"
                                "UPDATE fiscal_journal SET seq = seq - 99 WHERE seq >= 100;"
                                "INSERT INTO fiscal_journal SELECT 4, type, at, store_id, register_id, "
                                "'ord_ghost', data, prev_hash, "
                                "hash, signature FROM fiscal_journal WHERE seq = 3;");
        expectBrokenAt(inserted.path(), 4);

        // Two entries swapped.
        QTemporaryDir swapped;
        QVERIFY(!copyOfData(swapped).isEmpty());
        tamper(swapped.path(), "UPDATE fiscal_journal SET seq = -2 WHERE seq = 2;"
                               "UPDATE fiscal_journal SET seq = 2 WHERE seq = 6;"
                               "UPDATE fiscal_journal SET seq = 6 WHERE seq = -2;");
        expectBrokenAt(swapped.path(), 2);

        // No key, no check (and none made up).
        QTemporaryDir keyless;
        QVERIFY(!copyOfData(keyless).isEmpty());
        QVERIFY(QFile::remove(keyless.filePath(u"fiscal-key.pem"_qs)));
        QCOMPARE(verifyJournalFiles(keyless.path()).exitCode, 2);
        QVERIFY(!QFile::exists(keyless.filePath(u"fiscal-key.pem"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestFiscalJournal)
#include "tst_fiscaljournal.moc"
