#include "templatexml.h"

#include "phonemodels.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {
bool readFileConfig(QXmlStreamReader& xml, TemplateFile* file, QString* kind)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (name == QLatin1String("type")) {
            *kind = text.trimmed();
        } else if (name == QLatin1String("name")) {
            file->name = text.trimmed();
        } else if (name == QLatin1String("destinationDir")) {
            file->destinationDir = text.trimmed();
        } else if (name == QLatin1String("encrypt_mode")) {
            file->encryptMode = text.trimmed().toInt();
        } else if (name == QLatin1String("data")) {
            file->data = text;
        }
        // <profile> (global|user) follows from the type; other elements are ignored.
    }
    return !xml.hasError();
}
} // namespace

namespace TemplateXml {
bool looksLikeXml(const QByteArray& data)
{
    QByteArray head = data.left(512).trimmed();
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.mid(3);
    }
    return head.startsWith("<?xml") || head.startsWith("<ipphonetamplate");
}

bool read(const QByteArray& data, PhoneTemplate* out, QString* error)
{
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("ipphonetamplate")) {
        *error = xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                                : QStringLiteral("not a template XML: the root element is not <ipphonetamplate>");
        return false;
    }
    PhoneTemplate t;
    bool haveGlobal = false;
    bool haveDevice = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("type")) {
            t.name = xml.readElementText().trimmed();
            t.model = PhoneModels::normalise(t.name);
        } else if (xml.name() == QLatin1String("description")) {
            t.description = xml.readElementText().trimmed();
        } else if (xml.name() == QLatin1String("file_config")) {
            TemplateFile file;
            QString kind;
            if (!readFileConfig(xml, &file, &kind)) {
                break;
            }
            if (kind == QLatin1String("global_file")) {
                t.globalFile = file;
                haveGlobal = true;
            } else if (kind == QLatin1String("file")) {
                t.deviceFile = file;
                haveDevice = true;
            } else {
                *error = QStringLiteral("line %1: a <file_config> of unknown type '%2' (global_file or file)")
                             .arg(xml.lineNumber())
                             .arg(kind);
                return false;
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (t.name.isEmpty()) {
        *error = QStringLiteral("the template has no <type> (its name, such as audiocodes_430HD)");
        return false;
    }
    if (!haveDevice && !haveGlobal) {
        *error = QStringLiteral("the template has no <file_config>");
        return false;
    }
    *out = t;
    return true;
}

QByteArray write(const PhoneTemplate& t)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(-1); // tabs, as the vendor's exports
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ipphonetamplate"));
    xml.writeTextElement(QStringLiteral("type"), t.name);
    xml.writeTextElement(QStringLiteral("description"), t.description);
    const struct
    {
        const TemplateFile* file;
        const char* type;
        const char* profile;
    } files[] = {{&t.globalFile, "global_file", "global"}, {&t.deviceFile, "file", "user"}};
    for (const auto& f : files) {
        xml.writeStartElement(QStringLiteral("file_config"));
        xml.writeTextElement(QStringLiteral("type"), QLatin1String(f.type));
        xml.writeTextElement(QStringLiteral("profile"), QLatin1String(f.profile));
        xml.writeTextElement(QStringLiteral("encrypt_mode"), QString::number(f.file->encryptMode));
        xml.writeTextElement(QStringLiteral("name"), f.file->name);
        xml.writeTextElement(QStringLiteral("destinationDir"), f.file->destinationDir);
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeCDATA(f.file->data);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
} // namespace TemplateXml
