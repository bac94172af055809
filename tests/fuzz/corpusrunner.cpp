// Runs every file of a corpus folder through a fuzz target once: the fuzz targets' regression
// test, built with any compiler (libFuzzer itself needs clang, see tests/fuzz/README.md).
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char* argv[])
{
    QTextStream out(stdout);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly)) {
                out << "cannot read " << info.filePath() << "\n";
                return 1;
            }
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()),
                                   static_cast<size_t>(data.size()));
            ++files;
        }
    }
    out << files << " passed, 0 failed\n";
    return files > 0 ? 0 : 1;
}
