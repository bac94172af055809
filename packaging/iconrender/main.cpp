// phonefleet-iconrender: renders the one SVG icon into what each platform's packages want,
// at build time (packaging/CMakeLists.txt):
//   OUT/hicolor/NxN/apps/NAME.png     Linux (freedesktop icon theme), N = 16 ... 512
//   OUT/hicolor/scalable/apps/NAME.svg
//   OUT/NAME.ico                      Windows (PNG entries 16, 24, 32, 48, 64, 256)
//   OUT/NAME.iconset/icon_NxN[@2x].png  macOS (iconutil -c icns turns it into NAME.icns)
// Usage: phonefleet-iconrender SVG NAME OUT

#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {
bool fail(const QString& message)
{
    std::fprintf(stderr, "phonefleet-iconrender: %s\n", qPrintable(message));
    return false;
}

QImage render(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return true;
}

// An .ico whose entries are PNG images (Windows Vista and later read them at every size).
QByteArray ico(QSvgRenderer& svg, const QList<int>& sizes)
{
    QList<QByteArray> images;
    for (int size : sizes) {
        images.append(png(render(svg, size)));
    }
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << quint16(0) << quint16(1) << quint16(sizes.size());
    quint32 offset = 6 + 16 * sizes.size();
    for (int i = 0; i < sizes.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        s << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(images[i].size()) << offset;
        offset += images[i].size();
    }
    for (const QByteArray& image : images) {
        s.writeRawData(image.constData(), int(image.size()));
    }
    return out;
}
} // namespace

int main(int argc, char* argv[])
{
    // No window system is needed to paint into images.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: phonefleet-iconrender SVG NAME OUT\n");
        return 2;
    }
    const QString source = args[1];
    const QString name = args[2];
    const QDir out(args[3]);
    QSvgRenderer svg(source);
    if (!svg.isValid()) {
        fail(QStringLiteral("%1 is not an SVG image Qt can draw").arg(source));
        return 1;
    }
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = out.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name));
        if (!write(path, png(render(svg, size)))) {
            return 1;
        }
    }
    QFile original(source);
    if (!original.open(QIODevice::ReadOnly)
        || !write(out.filePath(QStringLiteral("hicolor/scalable/apps/%1.svg").arg(name)), original.readAll())) {
        return 1;
    }
    if (!write(out.filePath(name + QStringLiteral(".ico")), ico(svg, {16, 24, 32, 48, 64, 256}))) {
        return 1;
    }
    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = out.filePath(QStringLiteral("%1.iconset/icon_%2x%2").arg(name).arg(size));
        if (!write(base + QStringLiteral(".png"), png(render(svg, size)))
            || !write(base + QStringLiteral("@2x.png"), png(render(svg, 2 * size)))) {
            return 1;
        }
    }
    return 0;
}
