// ZipArchive: what it writes reads back, archives of another writer read, and hand-built
// hostile archives are refused with a sentence that names the problem (and the entry).
#include "ziparchive.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {
// One entry of a hand-built archive, every field as it goes into the bytes.
struct Raw
{
    QByteArray name;
    QByteArray body; // as the archive holds it
    quint32 crc = 0;
    quint32 size = 0; // declared unpacked size
    quint16 flags = 0;
    quint16 method = 0;
    qint64 offset = -1; // of its local header; -1: where it is written
    bool local = true;  // whether to write its local header at all
};

// CRC-32 bit by bit, independent of zlib and of the code under test.
quint32 crc32Of(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data) {
        crc ^= static_cast<uchar>(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

// A little-endian field of 2 or 4 bytes.
QByteArray le(quint32 v, int bytes)
{
    QByteArray out;
    for (int k = 0; k < bytes; ++k) {
        out.append(static_cast<char>((v >> (8 * k)) & 0xFF));
    }
    return out;
}

void patch(QByteArray* a, qsizetype pos, quint32 v, int bytes)
{
    a->replace(pos, bytes, le(v, bytes));
}

quint32 get32(const QByteArray& a, qsizetype pos)
{
    quint32 v = 0;
    for (int k = 3; k >= 0; --k) {
        v = (v << 8) | static_cast<uchar>(a.at(pos + k));
    }
    return v;
}

Raw stored(const QByteArray& name, const QByteArray& data)
{
    Raw r;
    r.name = name;
    r.body = data;
    r.crc = crc32Of(data);
    r.size = static_cast<quint32>(data.size());
    return r;
}

// Deflated by the writer under test (its bytes are checked against zlib by the round trip).
Raw deflated(const QByteArray& name, const QByteArray& data)
{
    const QByteArray a = ZipArchive::write({ZipEntry {QStringLiteral("x"), data, {}}});
    Raw r = stored(name, data);
    r.method = 8;
    r.body = a.mid(31, get32(a, 18));
    return r;
}

// Written at 00:00:00 on 1980-01-01, no extra field.
QByteArray localRecord(const Raw& r)
{
    return le(0x04034b50, 4) + le(20, 2) + le(r.flags, 2) + le(r.method, 2) + le(0, 2) + le((1 << 5) | 1, 2)
        + le(r.crc, 4) + le(static_cast<quint32>(r.body.size()), 4) + le(r.size, 4)
        + le(static_cast<quint32>(r.name.size()), 2) + le(0, 2) + r.name + r.body;
}

QByteArray handBuilt(const QVector<Raw>& entries)
{
    QByteArray out;
    QByteArray directory;
    for (const Raw& r : entries) {
        const qint64 offset = r.offset >= 0 ? r.offset : out.size();
        if (r.local) {
            out += localRecord(r);
        }
        // Made by, the local header's fields, comment, disk, attributes, offset, name.
        directory += le(0x02014b50, 4) + le(20, 2) + localRecord(r).mid(4, 26) + le(0, 2) + le(0, 2) + le(0, 2)
            + le(0, 4) + le(static_cast<quint32>(offset), 4) + r.name;
    }
    const auto count = static_cast<quint32>(entries.size());
    return out + directory + le(0x06054b50, 4) + le(0, 4) + le(count, 2) + le(count, 2)
        + le(static_cast<quint32>(directory.size()), 4) + le(static_cast<quint32>(out.size()), 4) + le(0, 2);
}

QByteArray compressible(qsizetype size)
{
    QByteArray data;
    for (int i = 0; data.size() < size; ++i) {
        data += QStringLiteral("00041300%1,Desk %1,Zürich\n").arg(i % 10000, 4, 10, QLatin1Char('0')).toUtf8();
    }
    data.truncate(size);
    return data;
}

QString readError(const QByteArray& archive, const ZipLimits& limits = {})
{
    QVector<ZipEntry> entries {ZipEntry {}};
    QString error;
    if (ZipArchive::read(archive, &entries, &error, limits)) {
        return QStringLiteral("(read)");
    }
    return entries.isEmpty() ? error : QStringLiteral("(entries left after a failure)");
}
} // namespace

class TestZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void writtenFormat();
    void otherWriter();
    void storedByHand();
    void refused_data();
    void refused();
    void tooManyEntries();
    void zipBomb();
    void sizeLimits();
    void isZip();
};

void TestZip::roundTrip()
{
    QByteArray binary(4096, '\0');
    QRandomGenerator random(42);
    for (char& c : binary) {
        c = static_cast<char>(random.bounded(256));
    }
    const QDateTime when(QDate(2024, 5, 17), QTime(10, 30, 42), Qt::UTC);
    const QVector<ZipEntry> entries {
        {QStringLiteral("empty.txt"), QByteArray(), when},
        {QStringLiteral("firmware/blob.bin"), binary, when.addDays(-400)},
        {QStringLiteral("Devices.csv"), compressible(1024 * 1024), when.addSecs(-3600)},
        {QStringLiteral("Téléphones/Zürich ☎.csv"), QByteArray("mac,name\n"), when.addYears(20)},
    };
    const QByteArray archive = ZipArchive::write(entries);
    QVERIFY(archive.size() < 256 * 1024); // the megabyte was deflated
    QVector<ZipEntry> read;
    QString error;
    QVERIFY2(ZipArchive::read(archive, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(read.at(i).name, entries.at(i).name);
        QCOMPARE(read.at(i).data, entries.at(i).data);
        QCOMPARE(read.at(i).modified, entries.at(i).modified);
        QCOMPARE(read.at(i).modified.timeSpec(), Qt::UTC);
    }
}

void TestZip::writtenFormat()
{
    const QByteArray one = ZipArchive::write({ZipEntry {QStringLiteral("a.csv"), compressible(5000), {}}});
    QVERIFY(one.startsWith("PK\x03\x04"));
    QCOMPARE(static_cast<int>(one.at(7)) & 0x08, 0x08); // flag bit 11: UTF-8 names
    QCOMPARE(static_cast<int>(one.at(8)), 8);           // deflated
    QCOMPARE(get32(one, 14), crc32Of(compressible(5000)));
    QCOMPARE(get32(one, 22), 5000u);
    const QByteArray tiny = ZipArchive::write({ZipEntry {QStringLiteral("b"), QByteArray("xy"), {}}});
    QCOMPARE(static_cast<int>(tiny.at(8)), 0); // stored: deflating does not shrink it
    QCOMPARE(tiny.mid(31, 2), QByteArray("xy"));
    QVector<ZipEntry> read;
    QString error;
    QVERIFY2(ZipArchive::read(tiny, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).modified, QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC)); // invalid time
    const QDateTime odd(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(ZipArchive::read(ZipArchive::write({ZipEntry {QStringLiteral("c"), QByteArray(), odd}}), &read, &error));
    QCOMPARE(read.at(0).modified, odd.addSecs(-1)); // DOS time counts two seconds

    const QByteArray empty = ZipArchive::write({});
    QCOMPARE(empty.size(), 22);
    QVERIFY(empty.startsWith("PK\x05\x06"));
    QVERIFY2(ZipArchive::read(empty, &read, &error), qPrintable(error));
    QVERIFY(read.isEmpty());
}

// Written by Python's zipfile: a folder entry, deflated and stored files, a name with a
// backslash (no UTF-8 flag) and a UTF-8 one.
void TestZip::otherWriter()
{
    const QByteArray archive = QByteArray::fromHex(
        "504b0304140000000000c053b15800000000000000000000000005000000646f63732f504b0304140000000800d553b158f6"
        "2a912b19000000680100000f000000646f63732f726561646d652e7478740bc8c8cf4b75cb494d2d51284a4d4cc94de50a18"
        "15a1810800504b0304140000000000a320432aac24bbe00c0000000c0000000e0000004261636b5c736c6173682e74787473"
        "746f726564206173206973504b03041400000808007dbf9f65d21220d51c000000630000001000000054c3a96cc3a970686f"
        "6e65732e637376cb4d4cd6c94bcc4de5323030303134360001431d97d4e26caa890000504b01021403140000000000c053b1"
        "58000000000000000000000000050000000000000000000000800100000000646f63732f504b01021403140000000800d553"
        "b158f62a912b19000000680100000f0000000000000000000000800123000000646f63732f726561646d652e747874504b01"
        "021403140000000000a320432aac24bbe00c0000000c0000000e00000000000000000000008001690000004261636b5c736c"
        "6173682e747874504b010214031400000808007dbf9f65d21220d51c000000630000001000000000000000000000008001a1"
        "00000054c3a96cc3a970686f6e65732e637376504b05060000000004000400ea000000eb0000000000");
    QVERIFY(ZipArchive::isZip(archive));
    QVector<ZipEntry> read;
    QString error;
    QVERIFY2(ZipArchive::read(archive, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0).name, QStringLiteral("docs/readme.txt"));
    QCOMPARE(read.at(0).data, QByteArray("PhoneFleet readme\n").repeated(20));
    QCOMPARE(read.at(0).modified, QDateTime(QDate(2024, 5, 17), QTime(10, 30, 42), Qt::UTC));
    QCOMPARE(read.at(1).name, QStringLiteral("Back/slash.txt"));
    QCOMPARE(read.at(1).data, QByteArray("stored as is"));
    QCOMPARE(read.at(2).name, QStringLiteral("Téléphones.csv"));
    QCOMPARE(read.at(2).data, QByteArray("mac,name\n") + QByteArray("000413000001,Desk\n").repeated(5));
    QCOMPARE(read.at(2).modified, QDateTime(QDate(2030, 12, 31), QTime(23, 59, 58), Qt::UTC));
}

void TestZip::storedByHand()
{
    QCOMPARE(crc32Of("hello, world\n"), 0xf4247453u); // as zlib.crc32 says
    Raw latin1 = stored("caf\xe9.txt", "hello, world\n");
    const QByteArray archive = handBuilt({stored("folder/", QByteArray()), latin1, stored("folder/b", "B")});
    QVector<ZipEntry> read;
    QString error;
    QVERIFY2(ZipArchive::read(archive, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).name, QStringLiteral("café.txt")); // no UTF-8 flag: Latin-1
    QCOMPARE(read.at(0).data, QByteArray("hello, world\n"));
    QCOMPARE(read.at(0).modified, QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(read.at(1).name, QStringLiteral("folder/b"));
    QCOMPARE(read.at(1).data, QByteArray("B"));
}

void TestZip::refused_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("message");
    const QByteArray text = compressible(300);
    const QByteArray good = handBuilt({stored("a.txt", "alpha"), deflated("b.csv", text)});
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("the file is empty, not a ZIP archive");
    QTest::newRow("garbage") << QByteArray("name,mac\nDesk,000413000001\n").repeated(40)
                             << QStringLiteral("the file is not a ZIP archive");
    QTest::newRow("truncated") << good.left(good.size() - 30) << QStringLiteral("the archive is truncated");
    QByteArray outside = good;
    patch(&outside, outside.size() - 6, 0x7FFFFFF0, 4); // the central directory's offset
    QTest::newRow("directory outside") << outside << QStringLiteral("central directory lies outside the file");
    QByteArray data = good;
    data.remove(40, 20); // the first entry's data runs into the second's header
    QTest::newRow("bytes missing") << data << QStringLiteral("damaged");

    Raw badCrc = stored("c.txt", "checked");
    badCrc.crc ^= 1;
    QTest::newRow("bad crc") << handBuilt({badCrc})
                             << QStringLiteral("entry 'c.txt' is damaged: its checksum (CRC-32) does not match");
    Raw small = deflated("small.csv", text);
    small.size = 100;
    QTest::newRow("declared smaller") << handBuilt({small})
                                      << QStringLiteral("entry 'small.csv' is damaged: it unpacks to more than the "
                                                        "100 bytes its header declares");
    Raw large = deflated("large.csv", text);
    large.size = 301;
    QTest::newRow("declared larger") << handBuilt({large}) << QStringLiteral("300 bytes, fewer than the 301");
    Raw cut = deflated("cut.csv", text);
    cut.body.chop(cut.body.size() / 2);
    QTest::newRow("deflate cut short") << handBuilt({cut}) << QStringLiteral("compressed data ends early");
    Raw junk = stored("junk.csv", text);
    junk.method = 8;
    junk.size = 1000;
    QTest::newRow("deflate invalid") << handBuilt({junk}) << QStringLiteral("its compressed data is invalid");

    QTest::newRow("dot dot") << handBuilt({stored("../evil", "x")})
                             << QStringLiteral("entry '../evil' has '..' in its name");
    QTest::newRow("dot dot inside") << handBuilt({stored("a/../../evil", "x")}) << QStringLiteral("'..'");
    QTest::newRow("dot dot backslash") << handBuilt({stored("a\\..\\evil", "x")})
                                       << QStringLiteral("entry 'a/../evil' has '..'");
    QTest::newRow("absolute") << handBuilt({stored("/etc/passwd", "x")})
                              << QStringLiteral("entry '/etc/passwd' has an absolute name");
    QTest::newRow("drive") << handBuilt({stored("C:\\Windows\\x.dll", "x")})
                           << QStringLiteral("entry 'C:/Windows/x.dll' has an absolute name");
    QTest::newRow("control") << handBuilt({stored("a\x01.txt", "x")}) << QStringLiteral("a control character");
    QTest::newRow("nul") << handBuilt({stored(QByteArray("a\0b", 3), "x")}) << QStringLiteral("a control character");
    QTest::newRow("empty name") << handBuilt({stored("ok", "x"), stored("", "x")})
                                << QStringLiteral("entry 2 of the archive has an empty name");
    Raw badUtf8 = stored("caf\xe9", "x");
    badUtf8.flags = 0x0800;
    QTest::newRow("bad utf-8") << handBuilt({badUtf8}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("duplicate") << handBuilt({stored("same.txt", "1"), stored("b", "2"), stored("same.txt", "3")})
                               << QStringLiteral("entry 'same.txt' appears twice in the archive");
    QTest::newRow("duplicate by backslash")
        << handBuilt({stored("d/same.txt", "1"), stored("d\\same.txt", "3")}) << QStringLiteral("appears twice");
    Raw secret = stored("Templates.csv", "x");
    secret.flags = 0x0001;
    QTest::newRow("encrypted") << handBuilt(
        {secret}) << QStringLiteral("entry 'Templates.csv' is encrypted: export the archive without a password");
    Raw bzip2 = stored("x.bz2", "x");
    bzip2.method = 12;
    QTest::newRow("method 12") << handBuilt({bzip2})
                               << QStringLiteral("entry 'x.bz2' uses compression method 12 (bzip2), which is not "
                                                 "supported");
    Raw sizes = stored("big.iso", "x");
    sizes.size = 0xFFFFFFFF;
    QTest::newRow("zip64 entry") << handBuilt({sizes}) << QStringLiteral("entry 'big.iso' is in the ZIP64 format");
    QByteArray count = handBuilt({stored("a", "x")});
    patch(&count, count.size() - 12, 0xFFFF, 2);
    patch(&count, count.size() - 14, 0xFFFF, 2);
    QTest::newRow("zip64 count") << count << QStringLiteral("the archive is in the ZIP64 format");
    QByteArray locator = handBuilt({stored("a", "x")});
    locator.insert(locator.size() - 22, QByteArray("PK\x06\x07", 4) + QByteArray(16, '\0'));
    QTest::newRow("zip64 locator") << locator << QStringLiteral("ZIP64");
    QByteArray disks = handBuilt({stored("a", "x")});
    patch(&disks, disks.size() - 18, 1, 2);
    QTest::newRow("multi-disk") << disks << QStringLiteral("spans several disks");

    Raw inner = stored("inner", "payload");
    Raw outer = stored("outer", localRecord(inner)); // the whole of inner's bytes
    inner.offset = 30 + 5;                           // inside outer's data
    inner.local = false;
    QTest::newRow("overlap") << handBuilt({outer, inner})
                             << QStringLiteral("entries 'outer' and 'inner' overlap in the archive");
    Raw stray = stored("stray", "x");
    stray.offset = 1;
    QTest::newRow("no local header") << handBuilt({stray}) << QStringLiteral("its local header is missing");
    Raw renamed = stored("renamed", "x");
    QByteArray otherName = handBuilt({renamed});
    otherName[30] = 'R'; // the local header's copy of the name
    QTest::newRow("local name differs") << otherName << QStringLiteral("local header gives another name");
}

void TestZip::refused()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, message);
    const QString error = readError(archive);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestZip::tooManyEntries()
{
    QVector<ZipEntry> five;
    for (int i = 0; i < 5; ++i) {
        five.append(ZipEntry {QStringLiteral("file%1.txt").arg(i), QByteArray::number(i), {}});
    }
    const QByteArray archive = ZipArchive::write(five);
    ZipLimits limits;
    limits.maxEntries = 4;
    QCOMPARE(readError(archive, limits), QStringLiteral("the archive has 5 entries; at most 4 are allowed"));
    limits.maxEntries = 5;
    QCOMPARE(readError(archive, limits), QStringLiteral("(read)"));
}

void TestZip::zipBomb()
{
    const QByteArray zeros(10 * 1024 * 1024, '\0');
    const QByteArray archive = ZipArchive::write({ZipEntry {QStringLiteral("zeros.bin"), zeros, {}}});
    QVERIFY(archive.size() < 20 * 1024);
    QCOMPARE(readError(archive),
             QStringLiteral("entry 'zeros.bin' is compressed more than 200 to 1, which is "
                            "refused as a likely ZIP bomb"));
    ZipLimits limits;
    limits.maxRatio = 2000;
    limits.maxEntrySize = 1024 * 1024;
    QCOMPARE(readError(archive, limits),
             QStringLiteral("entry 'zeros.bin' unpacks to 10485760 bytes, more than the "
                            "1 MiB allowed for one file"));
    // A header that understates the size: unpacking stops there.
    QByteArray lying = archive;
    patch(&lying, 22, 1000, 4);
    patch(&lying, lying.size() - 22 - 9 - 46 + 24, 1000, 4);
    QCOMPARE(readError(lying),
             QStringLiteral("entry 'zeros.bin' is damaged: it unpacks to more than the 1000 bytes "
                            "its header declares"));
    limits.maxEntrySize = zeros.size();
    QVector<ZipEntry> read;
    QString error;
    QVERIFY2(ZipArchive::read(archive, &read, &error, limits), qPrintable(error));
    QCOMPARE(read.size(), 1);
    QVERIFY(read.at(0).data == zeros);
}

void TestZip::sizeLimits()
{
    const QVector<ZipEntry> three {
        {QStringLiteral("1.csv"), compressible(400 * 1024), {}},
        {QStringLiteral("2.csv"), compressible(400 * 1024), {}},
        {QStringLiteral("3.csv"), compressible(400 * 1024), {}},
    };
    const QByteArray archive = ZipArchive::write(three);
    ZipLimits limits;
    limits.maxTotalSize = 1024 * 1024;
    QCOMPARE(readError(archive, limits),
             QStringLiteral("the archive unpacks to more than the 1 MiB allowed in all (at entry '3.csv')"));
    limits.maxTotalSize = 1200 * 1024;
    QCOMPARE(readError(archive, limits), QStringLiteral("(read)"));
}

void TestZip::isZip()
{
    QVERIFY(ZipArchive::isZip(ZipArchive::write({ZipEntry {QStringLiteral("a"), "b", {}}})));
    QVERIFY(ZipArchive::isZip(ZipArchive::write({})));
    QVERIFY(!ZipArchive::isZip(QByteArray()));
    QVERIFY(!ZipArchive::isZip("PK"));
    QVERIFY(!ZipArchive::isZip("mac,name\n"));
    QVERIFY(!ZipArchive::isZip(QByteArray("\x1f\x8b\x08\x00", 4))); // gzip
}

QTEST_APPLESS_MAIN(TestZip)

#include "tst_zip.moc"
