#include "databaseprobe.h"

#include "pgcluster.h"
#include "store/pg/pgconnection.h"
#include "testserver.h"

#include <QProcess>
#include <sqlite3.h>

namespace comptoir::test {

// What both backends do for the probe: run one statement with its values, keep the first row's
// first column and the rows changed.
class DatabaseProbe::Engine {
public:
    struct Outcome {
        bool row = false;
        bool null = true;
        qint64 number = 0;
        QByteArray bytes; // text as UTF-8, or a blob's bytes
        qint64 changes = 0;
    };
    virtual ~Engine() = default;
    [[nodiscard]] virtual bool isOpen() const = 0;
    // Nothing on failure, with the reason in `error`.
    virtual std::optional<Outcome> run(const QByteArray& sql, const Values& values, bool asBlob,
                                       QString& error) = 0;
};

namespace {

// The data folder's SQLite file, opened read-write (never created) with the busy timeout the
// tests used: the server holds it open in WAL mode, readers and a short writer wait their turn.
class SqliteEngine final : public DatabaseProbe::Engine {
public:
    explicit SqliteEngine(const QString& path, QString& error)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            error = u"cannot open %1: %2"_qs.arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
            sqlite3_close(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~SqliteEngine() override { sqlite3_close(m_db); }
    [[nodiscard]] bool isOpen() const override { return m_db != nullptr; }

    std::optional<Outcome> run(const QByteArray& sql, const DatabaseProbe::Values& values, bool asBlob,
                               QString& error) override
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return std::nullopt;
        }
        for (size_t i = 0; i < values.size(); ++i) {
            const int index = int(i) + 1;
            const DatabaseProbe::Value& v = values[i];
            if (std::holds_alternative<qint64>(v)) {
                sqlite3_bind_int64(st, index, std::get<qint64>(v));
            } else if (std::holds_alternative<QString>(v)) {
                const QByteArray utf8 = std::get<QString>(v).toUtf8();
                sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else if (std::holds_alternative<QByteArray>(v)) {
                const QByteArray& b = std::get<QByteArray>(v);
                sqlite3_bind_blob(st, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_null(st, index);
            }
        }
        Outcome out;
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            out.row = true;
            out.null = sqlite3_column_type(st, 0) == SQLITE_NULL;
            out.number = sqlite3_column_int64(st, 0);
            const void* data = asBlob ? sqlite3_column_blob(st, 0) : sqlite3_column_text(st, 0);
            out.bytes = QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(st, 0));
        } else if (rc != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(st);
            return std::nullopt;
        }
        sqlite3_finalize(st);
        out.changes = sqlite3_changes64(m_db);
        return out;
    }

private:
    sqlite3* m_db = nullptr;
};

// The server's PostgreSQL database, through the server's own libpq layer: the same porting of
// SQLite's SQL as the store's.
class PostgresEngine final : public DatabaseProbe::Engine {
public:
    explicit PostgresEngine(const QString& url, QString& error)
    {
        try {
            m_connection = std::make_unique<pg::Connection>(url.toStdString());
        } catch (const pg::Error& e) {
            error = u"cannot open %1: %2"_qs.arg(url, QString::fromUtf8(e.what()));
        }
    }
    [[nodiscard]] bool isOpen() const override { return m_connection && m_connection->isOpen(); }

    std::optional<Outcome> run(const QByteArray& sql, const DatabaseProbe::Values& values, bool asBlob,
                               QString& error) override
    {
        try {
            pg::Statement st = m_connection->prepare(std::string_view(sql.constData(), size_t(sql.size())));
            for (size_t i = 0; i < values.size(); ++i) {
                const int index = int(i) + 1;
                const DatabaseProbe::Value& v = values[i];
                if (std::holds_alternative<qint64>(v))
                    st.bind(index, std::get<qint64>(v));
                else if (std::holds_alternative<QString>(v))
                    st.bind(index, std::get<QString>(v));
                else if (std::holds_alternative<QByteArray>(v))
                    st.bindBlob(index, std::get<QByteArray>(v));
                else
                    st.bind(index, nullptr);
            }
            Outcome out;
            if (st.step()) {
                out.row = true;
                out.null = st.isNull(0);
                if (!out.null) {
                    out.bytes = asBlob ? st.blob(0) : st.text(0).toUtf8();
                    // A number column, or text that is one (SQLite reads '12' as 12 too).
                    out.number = st.int64(0);
                }
            }
            out.changes = m_connection->changes();
            return out;
        } catch (const pg::Error& e) {
            error = QString::fromUtf8(e.what());
            // A failed statement outside a transaction leaves the session usable.
            return std::nullopt;
        }
    }

private:
    std::unique_ptr<pg::Connection> m_connection;
};

} // namespace

DatabaseProbe::DatabaseProbe(const TestServer& server)
    : m_postgres(!server.databaseUrl().isEmpty()), m_url(server.databaseUrl())
{
    if (m_postgres)
        m_engine = std::make_unique<PostgresEngine>(server.databaseUrl(), m_error);
    else
        m_engine = std::make_unique<SqliteEngine>(server.databasePath(), m_error);
}

DatabaseProbe::~DatabaseProbe() = default;

bool DatabaseProbe::isOpen() const
{
    return m_engine->isOpen();
}

std::optional<DatabaseProbe::Cell> DatabaseProbe::cell(const QString& sql, const Values& values, Read read)
{
    if (!isOpen())
        return std::nullopt;
    const auto out = m_engine->run(sql.toUtf8(), values, read == Read::Blob, m_error);
    if (!out || !out->row)
        return std::nullopt;
    return Cell{out->null, out->number, out->bytes};
}

std::optional<qint64> DatabaseProbe::number(const QString& sql, const Values& values)
{
    const auto found = cell(sql, values, Read::Number);
    if (!found || found->null)
        return std::nullopt;
    return found->number;
}

std::optional<QString> DatabaseProbe::text(const QString& sql, const Values& values)
{
    const auto found = cell(sql, values, Read::Text);
    if (!found || found->null)
        return std::nullopt;
    return QString::fromUtf8(found->bytes);
}

std::optional<QByteArray> DatabaseProbe::blob(const QString& sql, const Values& values)
{
    const auto found = cell(sql, values, Read::Blob);
    if (!found || found->null)
        return std::nullopt;
    return found->bytes;
}

std::optional<qint64> DatabaseProbe::exec(const QString& sql, const Values& values)
{
    if (!isOpen())
        return std::nullopt;
    const auto out = m_engine->run(sql.toUtf8(), values, false, m_error);
    if (!out)
        return std::nullopt;
    return out->changes;
}

QByteArray DatabaseProbe::dump()
{
    if (!m_postgres) {
        m_error = u"no pg_dump of a SQLite database"_qs;
        return {};
    }
    QProcess p;
    p.start(PgCluster::shared().binDir() + u"/pg_dump"_qs, {u"--dbname"_qs, m_url});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"pg_dump failed: "_qs + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace comptoir::test
