#include "store/pg/pgconnection.h"

#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <regex>

namespace comptoir::pg {

namespace {

constexpr Oid kByteaOid = 17;
constexpr Oid kTextOid = 25;
constexpr Oid kUnknownOid = 705;

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? char(x + 32) : x) == (y >= 'A' && y <= 'Z' ? char(y + 32) : y);
           });
}

// The word starting at `pos` (letters, digits, underscores).
std::string_view wordAt(std::string_view sql, size_t pos)
{
    size_t end = pos;
    while (end < sql.size() && isWordChar(sql[end]))
        ++end;
    return sql.substr(pos, end - pos);
}

size_t skipSpaces(std::string_view sql, size_t pos)
{
    while (pos < sql.size() && (sql[pos] == ' ' || sql[pos] == '\n' || sql[pos] == '\t' || sql[pos] == '\r'))
        ++pos;
    return pos;
}

std::string trimmed(const char* message)
{
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

// libpq prints the server's notices (e.g. "relation already exists, skipping") on stderr;
// nothing here acts on them, and the server's own log has them.
void ignoreNotice(void*, const char*) {}

} // namespace

PortedSql portSql(std::string_view in)
{
    PortedSql out;
    out.sql.reserve(in.size() + 16);
    size_t i = 0;
    while (i < in.size()) {
        const char c = in[i];
        const char next = i + 1 < in.size() ? in[i + 1] : '\0';
        if (c == '\'' || c == '"') { // a string or a quoted identifier; a doubled quote escapes
            size_t j = i + 1;
            while (j < in.size() && !(in[j] == c && !(j + 1 < in.size() && in[j + 1] == c)))
                j += in[j] == c ? 2 : 1;
            out.sql.append(in.substr(i, j + 1 - i));
            i = j + 1;
        } else if (c == '-' && next == '-') {
            const size_t end = std::min(in.find('\n', i), in.size());
            out.sql.append(in.substr(i, end - i));
            i = end;
        } else if (c == '/' && next == '*') {
            const size_t close = in.find("*/", i + 2);
            const size_t end = close == std::string_view::npos ? in.size() : close + 2;
            out.sql.append(in.substr(i, end - i));
            i = end;
        } else if (c == '?') {
            size_t j = i + 1;
            int number = 0;
            while (j < in.size() && in[j] >= '0' && in[j] <= '9')
                number = number * 10 + (in[j++] - '0');
            if (j == i + 1)
                number = out.parameterCount + 1;
            out.parameterCount = std::max(out.parameterCount, number);
            out.sql += '$';
            out.sql += std::to_string(number);
            i = j;
        } else if (isWordChar(c) && (i == 0 || !isWordChar(in[i - 1]))) {
            const std::string_view word = wordAt(in, i);
            const size_t after = skipSpaces(in, i + word.size());
            const std::string_view following = wordAt(in, after);
            if (equalsIgnoringCase(word, "NOT") && equalsIgnoringCase(following, "INDEXED")) {
                // SQLite's planner hint; PostgreSQL plans without it.
                i = skipSpaces(in, after + following.size());
            } else if (equalsIgnoringCase(word, "BEGIN") && (equalsIgnoringCase(following, "IMMEDIATE") ||
                                                             equalsIgnoringCase(following, "DEFERRED") ||
                                                             equalsIgnoringCase(following, "EXCLUSIVE"))) {
                // Locks are taken by the rows written (and the store's advisory lock).
                out.sql += "BEGIN";
                i = after + following.size();
            } else if (equalsIgnoringCase(word, "json_object") && after < in.size() && in[after] == '(') {
                // Same arguments (name, value, …), a json value: text where it is stored.
                out.sql += "json_build_object";
                i += word.size();
            } else {
                out.sql.append(word);
                i += word.size();
            }
        } else if (isWordChar(c)) {
            const std::string_view word = wordAt(in, i); // the rest of a word begun by a digit run
            out.sql.append(word);
            i += word.size();
        } else {
            out.sql += c;
            ++i;
        }
    }
    return out;
}

// A statement prepared on the server under `name`, with the parameter types PostgreSQL inferred.
struct Statement::Prepared {
    std::string name;
    std::vector<Oid> parameterTypes;
};

Statement::Statement(Connection& connection, const Prepared& prepared)
    : m_connection(connection), m_prepared(prepared), m_owned(prepared.parameterTypes.size()),
      m_values(prepared.parameterTypes.size(), nullptr), m_lengths(prepared.parameterTypes.size(), 0),
      m_formats(prepared.parameterTypes.size(), 0)
{
    for (size_t i = 0; i < m_formats.size(); ++i)
        m_formats[i] = prepared.parameterTypes[i] == kByteaOid ? 1 : 0;
}

Statement::~Statement()
{
    PQclear(m_result);
}

void Statement::setText(int index, std::string_view text, bool owned)
{
    if (index < 1 || size_t(index) > m_values.size())
        throw Error("08P01", "postgresql: parameter " + std::to_string(index) + " out of range");
    const size_t i = size_t(index - 1);
    // A text parameter is a C string on the wire: a NUL would cut it short without a word.
    if (m_formats[i] == 0 && std::memchr(text.data(), '\0', text.size()))
        throw Error("22021", "postgresql: text holds a NUL character");
    (void)owned; // PostgreSQL needs a terminated copy of text anyway
    m_owned[i].assign(text.data(), text.size());
    m_values[i] = m_owned[i].c_str();
    m_lengths[i] = int(text.size());
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    if (index < 1 || size_t(index) > m_values.size())
        throw Error("08P01", "postgresql: parameter " + std::to_string(index) + " out of range");
    m_values[size_t(index - 1)] = nullptr;
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    setText(index, std::string_view(buffer, size_t(end - buffer)), true);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    setText(index, std::string_view(buffer, size_t(end - buffer)), true);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    setText(index, text, true);
    return *this;
}

Statement& Statement::bindUnowned(int index, std::string_view text)
{
    setText(index, text, false);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    setText(index, std::string_view(utf8.constData(), size_t(utf8.size())), true);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes)
{
    if (index < 1 || size_t(index) > m_values.size())
        throw Error("08P01", "postgresql: parameter " + std::to_string(index) + " out of range");
    const size_t i = size_t(index - 1);
    if (m_formats[i] == 0) // the server expects text there: send the bytes as text
        return bind(index, std::string_view(bytes.constData(), size_t(bytes.size())));
    m_owned[i].assign(bytes.constData(), size_t(bytes.size()));
    m_values[i] = m_owned[i].data();
    m_lengths[i] = int(bytes.size());
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& textOrEmptyForNull)
{
    if (textOrEmptyForNull.isEmpty())
        return bind(index, nullptr);
    return bind(index, textOrEmptyForNull);
}

void Statement::run()
{
    PGresult* result = PQexecPrepared(m_connection.m_conn, m_prepared.name.c_str(), int(m_values.size()),
                                      m_values.data(), m_lengths.data(), m_formats.data(), 0);
    m_connection.check(result, PGRES_TUPLES_OK, PGRES_COMMAND_OK);
    m_connection.noteCommand(result);
    m_result = result;
    m_row = -1;
    m_decoded.assign(size_t(PQnfields(result)), std::nullopt);
}

bool Statement::step()
{
    if (!m_result)
        run();
    for (auto& d : m_decoded)
        d.reset();
    ++m_row;
    return m_row < PQntuples(m_result);
}

void Statement::exec()
{
    if (!m_result)
        run();
}

int Statement::parameterCount() const
{
    return int(m_values.size());
}

const char* Statement::rawValue(int column) const
{
    if (!m_result || m_row < 0 || m_row >= PQntuples(m_result) || column < 0 ||
        column >= PQnfields(m_result) || PQgetisnull(m_result, m_row, column))
        return nullptr;
    return PQgetvalue(m_result, m_row, column);
}

bool Statement::isBytea(int column) const
{
    return PQftype(m_result, column) == kByteaOid;
}

bool Statement::isNull(int column) const
{
    return rawValue(column) == nullptr;
}

// As SQLite converts: a boolean is 1 or 0, a decimal (SUM of bigint is numeric) is truncated.
qint64 Statement::int64(int column) const
{
    const char* value = rawValue(column);
    if (!value)
        return 0;
    const std::string_view s(value, size_t(PQgetlength(m_result, m_row, column)));
    if (s == "t")
        return 1;
    if (s == "f")
        return 0;
    qint64 n = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec == std::errc() && (end == s.data() + s.size() || (*end != '.' && *end != 'e' && *end != 'E')))
        return n;
    return qint64(real(column));
}

double Statement::real(int column) const
{
    const char* value = rawValue(column);
    if (!value)
        return 0;
    const std::string_view s(value, size_t(PQgetlength(m_result, m_row, column)));
    if (s == "t")
        return 1;
    if (s == "f")
        return 0;
    double d = 0;
    std::from_chars(s.data(), s.data() + s.size(), d);
    return d;
}

std::string_view Statement::textView(int column) const
{
    const char* value = rawValue(column);
    if (!value)
        return {};
    if (!isBytea(column))
        return {value, size_t(PQgetlength(m_result, m_row, column))};
    auto& decoded = m_decoded[size_t(column)];
    if (!decoded) {
        size_t length = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(value), &length);
        if (!bytes)
            throw Error("53200", "postgresql: out of memory decoding a bytea");
        decoded.emplace(reinterpret_cast<const char*>(bytes), length);
        PQfreemem(bytes);
    }
    return *decoded;
}

QString Statement::text(int column) const
{
    const std::string_view v = textView(column);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QByteArray Statement::blob(int column) const
{
    const std::string_view v = textView(column);
    return v.data() ? QByteArray(v.data(), qsizetype(v.size())) : QByteArray();
}

Connection::Connection(const std::string& url) : m_url(url)
{
    // The URL may name its own settings; the client encoding is ours (every text here is UTF-8).
    const char* keywords[] = {"dbname", "client_encoding", nullptr};
    const char* values[] = {url.c_str(), "UTF8", nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (!m_conn)
        throw Error("08001", "postgresql: out of memory opening a connection");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = "postgresql: cannot connect: " + trimmed(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Error("08001", message);
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

Connection::~Connection()
{
    PQfinish(m_conn);
}

void Connection::throwError(PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = trimmed(result ? PQresultErrorMessage(result) : "");
    if (message.empty())
        message = trimmed(PQerrorMessage(m_conn));
    PQclear(result);
    std::string sqlState = state ? state : "";
    if (sqlState.empty())
        sqlState = PQstatus(m_conn) == CONNECTION_BAD ? "08006" : "XX000";
    throw Error(sqlState, "postgresql: " + message);
}

void Connection::check(PGresult* result, ExecStatusType expected, ExecStatusType alsoExpected)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != expected && status != alsoExpected)
        throwError(result);
}

void Connection::noteCommand(PGresult* result)
{
    const std::string_view tag = PQcmdStatus(result);
    if (tag.starts_with("INSERT") || tag.starts_with("UPDATE") || tag.starts_with("DELETE") ||
        tag.starts_with("MERGE")) {
        const char* rows = PQcmdTuples(result);
        m_changes = std::strtoll(rows, nullptr, 10);
    }
}

PGresult* Connection::tryPrepare(const std::string& name, const std::string& sql, std::vector<Oid>& types)
{
    // A parameter nothing types (`SELECT ?`, or a number the SQL never uses) is text, as SQLite
    // would store it: named after each refusal, then prepared again.
    for (;;) {
        PGresult* result = PQprepare(m_conn, name.c_str(), sql.c_str(), int(types.size()), types.data());
        if (result && PQresultStatus(result) == PGRES_COMMAND_OK)
            return result;
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const char* message = result ? PQresultErrorMessage(result) : nullptr;
        const char* dollar = message ? std::strstr(message, "parameter $") : nullptr;
        const int index = dollar ? std::atoi(dollar + std::strlen("parameter $")) : 0;
        if (!state || std::strcmp(state, "42P18") != 0 || index < 1 || size_t(index) > types.size() ||
            types[size_t(index - 1)] != 0)
            return result;
        PQclear(result);
        types[size_t(index - 1)] = kTextOid;
    }
}

// The types PostgreSQL infers for the parameters of `sql` once each `$n IS [NOT] NULL` is set
// aside: the store's optional filters, `(?1 IS NULL OR kind = ?1)`, meet the parameter first
// where nothing types it, which PostgreSQL refuses ("could not determine data type"), although
// the next use says what it is.
std::vector<Oid> Connection::inferTypes(const std::string& sql, int parameterCount)
{
    static const std::regex nullTest(R"(\$([0-9]+)\s+IS\s+(NOT\s+)?NULL\b)", std::regex::icase);
    const std::string probe = std::regex_replace(sql, nullTest, "NULL IS $2NULL");
    std::vector<Oid> types(size_t(parameterCount), 0);
    PGresult* result = tryPrepare("", probe, types);
    const bool prepared = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!prepared)
        return std::vector<Oid>(size_t(parameterCount), 0);
    PGresult* description = PQdescribePrepared(m_conn, "");
    if (description && PQresultStatus(description) == PGRES_COMMAND_OK)
        for (int i = 0; i < PQnparams(description) && i < parameterCount; ++i)
            types[size_t(i)] =
                PQparamtype(description, i) == kUnknownOid ? kTextOid : PQparamtype(description, i);
    PQclear(description);
    return types;
}

const Statement::Prepared& Connection::cached(std::string_view sql)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end())
        return *it->second;
    const PortedSql ported = portSql(sql);
    auto prepared = std::make_unique<Statement::Prepared>();
    prepared->name = "comptoir_" + std::to_string(++m_nextStatement);
    std::vector<Oid> types(size_t(ported.parameterCount), 0);
    PGresult* result = tryPrepare(prepared->name, ported.sql, types);
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (state && (std::strcmp(state, "42P08") == 0 || std::strcmp(state, "42P18") == 0)) {
        PQclear(result);
        types = inferTypes(ported.sql, ported.parameterCount);
        result = tryPrepare(prepared->name, ported.sql, types);
    }
    check(result, PGRES_COMMAND_OK, PGRES_COMMAND_OK);
    PQclear(result);
    PGresult* description = PQdescribePrepared(m_conn, prepared->name.c_str());
    check(description, PGRES_COMMAND_OK, PGRES_COMMAND_OK);
    prepared->parameterTypes.resize(size_t(PQnparams(description)));
    for (int i = 0; i < PQnparams(description); ++i)
        prepared->parameterTypes[size_t(i)] = PQparamtype(description, i);
    PQclear(description);
    const auto& stored = m_statements.emplace(std::string(sql), std::move(prepared)).first->second;
    return *stored;
}

Statement Connection::prepare(std::string_view sql)
{
    return Statement(*this, cached(sql));
}

void Connection::execScript(const char* sql)
{
    PGresult* result = PQexec(m_conn, sql);
    check(result, PGRES_COMMAND_OK, PGRES_TUPLES_OK);
    noteCommand(result);
    PQclear(result);
}

bool Connection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool Connection::isOpen() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

void Connection::reconnect()
{
    m_statements.clear();
    m_changes = 0;
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        throw Error("08001", "postgresql: cannot connect again: " + trimmed(PQerrorMessage(m_conn)));
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

void Connection::listen(std::string_view channel)
{
    char* quoted = PQescapeIdentifier(m_conn, channel.data(), channel.size());
    if (!quoted)
        throwError(nullptr);
    const std::string sql = std::string("LISTEN ") + quoted;
    PQfreemem(quoted);
    execScript(sql.c_str());
}

void Connection::unlisten(std::string_view channel)
{
    char* quoted = PQescapeIdentifier(m_conn, channel.data(), channel.size());
    if (!quoted)
        throwError(nullptr);
    const std::string sql = std::string("UNLISTEN ") + quoted;
    PQfreemem(quoted);
    execScript(sql.c_str());
}

void Connection::notify(std::string_view channel, std::string_view payload)
{
    prepare("SELECT pg_notify(?, ?)").bind(1, channel).bind(2, payload).exec();
}

std::optional<Notification> Connection::takeNotification()
{
    PGnotify* n = PQnotifies(m_conn);
    if (!n)
        return std::nullopt;
    Notification out{n->relname ? n->relname : "", n->extra ? n->extra : "", n->be_pid};
    PQfreemem(n);
    return out;
}

std::optional<Notification> Connection::waitForNotification(std::chrono::milliseconds timeout)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (auto n = takeNotification()) // received along with an earlier result
            return n;
        if (!PQconsumeInput(m_conn))
            throwError(nullptr);
        if (auto n = takeNotification())
            return n;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (fd.fd < 0)
            throwError(nullptr);
        if (::poll(&fd, 1, int(std::min<qint64>(left.count(), 1 << 30))) < 0 && errno != EINTR)
            throw Error("58000", std::string("postgresql: poll: ") + std::strerror(errno));
    }
}

Transaction::Transaction(Connection& connection, const char* begin) : m_connection(connection)
{
    m_connection.execScript(begin);
}

Transaction::~Transaction()
{
    if (m_done || !m_connection.isOpen() || !m_connection.inTransaction())
        return;
    PQclear(PQexec(m_connection.handle(), "ROLLBACK"));
}

void Transaction::commit()
{
    // COMMIT of a failed transaction answers ROLLBACK without an error: say it.
    if (PQtransactionStatus(m_connection.handle()) == PQTRANS_INERROR)
        throw Error("25P02", "postgresql: the transaction failed earlier and was rolled back");
    m_connection.execScript("COMMIT");
    m_done = true;
}

} // namespace comptoir::pg
