#include "ctl.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonefleetctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Ctl::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
