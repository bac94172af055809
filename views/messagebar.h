#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A message across the top of the window that does not block anything (a failed request, a
// notice about the keychain): coloured by kind, with an icon and a close button; the next
// message replaces it. Information closes itself after a while; warnings and errors stay.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
    quint64 m_shown = 0;
};
