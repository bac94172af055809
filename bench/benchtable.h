#pragma once

#include <QString>

#include <cstdio>

// One row of scripts/bench's table: what was measured, PhoneFleet's figure, the peer's or the
// limit's figure from the same run, the ratio, and the goal ("-" where there is none).
// scripts/bench collects the BENCH| lines of every benchmark into one table.
inline void benchRow(const QString& what, const QString& ours, const QString& peer, const QString& ratio,
                     const QString& goal)
{
    const auto field = [](const QString& s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    std::printf("BENCH|%s|%s|%s|%s|%s\n", qPrintable(field(what)), qPrintable(field(ours)), qPrintable(field(peer)),
                qPrintable(field(ratio)), qPrintable(field(goal)));
    std::fflush(stdout);
}
