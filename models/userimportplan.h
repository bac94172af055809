#pragma once

#include "usercsv.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// A users+devices CSV read for the import wizard, before anything is sent: every line with what
// it holds and what is wrong with it (the checks the file alone allows: UserCsv::read), and the
// good lines in batches the server imports one by one (each all or nothing), so that a big file
// shows progress and one refused line does not hold back the others.
class UserImportPlan
{
public:
    struct Line
    {
        int line = 0; // in the file; 1 is the header
        QString name;
        QString displayName;
        QString region;
        QStringList macs;
        QString problem; // empty for a good line
        QString warning; // imported otherwise than written (a vendor password, a phone that moved)
    };

    static constexpr int batchRows = 500;

    static UserImportPlan read(const QByteArray& data);

    // Wrong with the file as a whole (no header, not CSV): nothing in it can be imported.
    QString fileProblem() const { return m_fileProblem; }
    const QVector<Line>& lines() const { return m_lines; }
    int goodCount() const { return static_cast<int>(m_good.size()); }
    int badCount() const { return static_cast<int>(m_lines.size()) - goodCount(); }
    int warningCount() const;
    const QVector<UserCsvRow>& goodRows() const { return m_good; }
    // The good lines from..from+count as a file to send.
    QByteArray batch(int from, int count) const;

    // The server's refusal of a batch file ({"errors":[{"line":3,...}]}): which of the batch's
    // rows (0-based, of from..from+count) each refused line is.
    static int rowOfBatchLine(const QByteArray& batchFile, int line);

private:
    QString m_fileProblem;
    QVector<Line> m_lines;
    QVector<UserCsvRow> m_good;
};
