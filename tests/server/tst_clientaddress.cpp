// Who is calling behind a load balancer (http/clientaddress.h): a trusted proxy's
// X-Forwarded-For is believed, nobody else's, and a forged or malformed entry ends the trust.
#include "http/clientaddress.h"

#include <QTest>

using comptoir::server::clientAddress;

class TestClientAddress : public QObject {
    Q_OBJECT

    const std::vector<std::string> nginx{"127.0.0.1"};

private slots:
    void aDirectCallerIsItsPeer()
    {
        QCOMPARE(clientAddress("198.51.100.7", "", nginx), std::string("198.51.100.7"));
        // Not a proxy we trust: its header could say anything.
        QCOMPARE(clientAddress("198.51.100.7", "203.0.113.5", nginx), std::string("198.51.100.7"));
        QCOMPARE(clientAddress("127.0.0.1", "203.0.113.5", {}), std::string("127.0.0.1"));
    }

    void aTrustedProxyNamesTheCaller()
    {
        QCOMPARE(clientAddress("127.0.0.1", "203.0.113.5", nginx), std::string("203.0.113.5"));
        QCOMPARE(clientAddress("127.0.0.1", " 2001:db8::1 ", nginx), std::string("2001:db8::1"));
    }

    void onlyTheRightmostUntrustedHopCounts()
    {
        // The caller wrote the first entry itself, hoping to pass for someone else.
        QCOMPARE(clientAddress("127.0.0.1", "10.9.9.9, 203.0.113.5", nginx), std::string("203.0.113.5"));
        // Two proxies we trust in a row: the address the outer one saw.
        const std::vector<std::string> twoHops{"127.0.0.1", "192.0.2.10"};
        QCOMPARE(clientAddress("127.0.0.1", "10.9.9.9, 203.0.113.5, 192.0.2.10", twoHops),
                 std::string("203.0.113.5"));
        // Every hop trusted: the leftmost.
        QCOMPARE(clientAddress("127.0.0.1", "192.0.2.10", twoHops), std::string("192.0.2.10"));
    }

    void aMalformedHopEndsTheTrust()
    {
        QCOMPARE(clientAddress("127.0.0.1", "unknown", nginx), std::string("127.0.0.1"));
        QCOMPARE(clientAddress("127.0.0.1", "203.0.113.5,", nginx), std::string("127.0.0.1"));
        QCOMPARE(clientAddress("127.0.0.1", ",,,", nginx), std::string("127.0.0.1"));
        QCOMPARE(clientAddress("127.0.0.1", std::string(10000, '1'), nginx), std::string("127.0.0.1"));
        QCOMPARE(clientAddress("127.0.0.1", "203.0.113.5, <script>", nginx), std::string("127.0.0.1"));
    }
};

QTEST_APPLESS_MAIN(TestClientAddress)
#include "tst_clientaddress.moc"
