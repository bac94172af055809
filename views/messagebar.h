#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A message across the top of the window that does not block anything (a failed request, a
// notice about the keychain): coloured by kind, with an icon and a close button; the next
// message replaces it. Information closes itself after a while; warnings and errors stay.
// It takes a fixed place: one line high whatever the text (a longer one is cut short, whole in
// the tooltip and behind "More…"), and its room stays when it hides, so nothing below it moves
// under the pointer when a message comes or goes.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }
    // Shown when the text does not fit on the line: opens it whole.
    QToolButton* moreButton() const { return m_more; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitText();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_more;
    QToolButton* m_close;
    QString m_full;
    Kind m_kind = Kind::Information;
    quint64 m_shown = 0;
};
