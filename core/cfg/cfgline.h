#pragma once

#include <QtGlobal>

// One physical line of a cfg file, as offsets into the document's bytes so that a 100 MB
// file costs a few dozen bytes per line and writing it back reproduces it exactly.
struct CfgLine
{
    enum class Kind : quint8 {
        Blank,    // empty or only spaces/tabs
        Comment,  // first non-blank character is ';'
        Include,  // "include <file or URL>"
        KeyValue, // "key=value"
        Invalid,  // none of the above
    };

    qsizetype offset = 0;     // start of the line in the buffer it lives in
    qsizetype length = 0;     // bytes, without the line ending
    qsizetype keyBegin = 0;   // KeyValue: first byte of the key (after leading blanks); Include: of the target
    qsizetype keyLength = 0;  // KeyValue: bytes up to '=' (trailing blanks included); Include: target length
    qsizetype separator = -1; // KeyValue: position of '='
    quint8 eolLength = 0;     // 0 (last line without newline), 1 ("\n") or 2 ("\r\n")
    Kind kind = Kind::Blank;
    bool edited = false; // text lives in the document's edit buffer
};
