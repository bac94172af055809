#include "cryptocommands.h"

#include "cfgcrypto.h"
#include "commandline.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {
const char* const note = "3DES with a passphrase is the phones' compatibility format, not protection: serve cfg files "
                         "over HTTPS with per-device credentials to keep them secret.";

struct Common
{
    QCommandLineOption keyFile {QStringLiteral("key-file"),
                                QStringLiteral("File whose first line is the passphrase (no key is built in)."),
                                QStringLiteral("FILE")};
    QCommandLineOption digest {QStringLiteral("digest"),
                               QStringLiteral("Key derivation digest: md5 (phones, default) or sha256 (the openssl "
                                              "command line's default since 1.1)."),
                               QStringLiteral("md5|sha256"), QStringLiteral("md5")};
    QCommandLineOption output {{QStringLiteral("o"), QStringLiteral("output")},
                               QStringLiteral("Output file (default: FILE with .cfx or .cfg)."),
                               QStringLiteral("FILE")};
    QCommandLineOption force {QStringLiteral("force"), QStringLiteral("Overwrite an existing output file.")};
};

// Parses the options shared by the commands; returns false with the exit status in *status
// after printing --help (0) or saying what is wrong (2).
bool prepare(QCommandLineParser& parser, const Common& c, const QString& command, const QStringList& arguments,
             bool withFile, QByteArray* passphrase, CfgCrypto::Digest* digest, QTextStream& out, QTextStream& err,
             int* status)
{
    parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral("\n\n") + QLatin1String(note));
    parser.addOption(c.keyFile);
    parser.addOption(c.digest);
    if (withFile) {
        parser.addOptions({c.output, c.force});
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file."));
    }
    if (!CommandLine::parse(parser, command, arguments, {}, out, err, status)) {
        return false;
    }
    *status = 2; // from here on, every refusal is a usage error
    if (withFile && parser.positionalArguments().size() != 1) {
        err << command << ": give one FILE\n";
        return false;
    }
    const QString d = parser.value(c.digest).toLower();
    if (d != QLatin1String("md5") && d != QLatin1String("sha256")) {
        err << command << ": --digest is md5 or sha256\n";
        return false;
    }
    *digest = d == QLatin1String("md5") ? CfgCrypto::Digest::Md5 : CfgCrypto::Digest::Sha256;
    if (!parser.isSet(c.keyFile)) {
        err << command << ": --key-file is required; no key is built in\n";
        return false;
    }
    QString error;
    if (!CfgCrypto::readKeyFile(parser.value(c.keyFile), passphrase, &error)) {
        err << command << ": " << error << "\n";
        return false;
    }
    return true;
}

int transform(const QStringList& arguments, QTextStream& out, QTextStream& err, bool encrypting)
{
    const QString command =
        encrypting ? QStringLiteral("phonefleetctl encrypt") : QStringLiteral("phonefleetctl decrypt");
    QCommandLineParser parser;
    parser.setApplicationDescription(encrypting ? QStringLiteral("Encrypts FILE.cfg into FILE.cfx for the phones.")
                                                : QStringLiteral("Decrypts FILE.cfx back into FILE.cfg."));
    const Common c;
    QByteArray passphrase;
    CfgCrypto::Digest digest = CfgCrypto::Digest::Md5;
    int status = 2;
    if (!prepare(parser, c, command, arguments, true, &passphrase, &digest, out, err, &status)) {
        return status;
    }
    const QString input = parser.positionalArguments().first();
    const QFileInfo info(input);
    const QString output = parser.isSet(c.output)
        ? parser.value(c.output)
        : info.path() + u'/' + info.completeBaseName() + (encrypting ? QStringLiteral(".cfx") : QStringLiteral(".cfg"));
    if (QFileInfo(output).absoluteFilePath() == info.absoluteFilePath()) {
        err << command << ": the output would overwrite the input; use -o\n";
        return 2;
    }
    if (QFileInfo::exists(output) && !parser.isSet(c.force)) {
        err << command << ": " << output << " exists; use --force to overwrite it\n";
        return 2;
    }
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly)) {
        err << command << ": " << input << ": cannot read: " << in.errorString() << "\n";
        return 2;
    }
    QString error;
    const QByteArray data = in.readAll();
    const QByteArray result = encrypting ? CfgCrypto::encrypt(data, passphrase, digest, &error)
                                         : CfgCrypto::decrypt(data, passphrase, digest, &error);
    if (!error.isEmpty()) {
        err << command << ": " << input << ": " << error << "\n";
        return 1;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(result) != result.size() || !file.commit()) {
        err << command << ": " << output << ": cannot write: " << file.errorString() << "\n";
        return 2;
    }
    out << output << "\n";
    return 0;
}
} // namespace

namespace CryptoCommands {
int encrypt(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return transform(arguments, out, err, true);
}

int decrypt(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return transform(arguments, out, err, false);
}

int encryptPassword(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl encrypt-password");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads a secret from standard input (first line) and prints it encrypted as {\"<base64>\"}, "
                       "the form of an encrypted cfg value."));
    const Common c;
    QByteArray passphrase;
    CfgCrypto::Digest digest = CfgCrypto::Digest::Md5;
    int status = 2;
    if (!prepare(parser, c, command, arguments, false, &passphrase, &digest, out, err, &status)) {
        return status;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << command << ": cannot read standard input\n";
        return 2;
    }
    QByteArray secret = in.readLine(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r')) {
        secret.chop(1);
    }
    if (secret.isEmpty()) {
        err << command << ": no secret on standard input\n";
        return 2;
    }
    QString error;
    const QByteArray value = CfgCrypto::encryptValue(secret, passphrase, digest, &error);
    if (value.isEmpty()) {
        err << command << ": " << error << "\n";
        return 1;
    }
    out << value << "\n";
    return 0;
}
} // namespace CryptoCommands
