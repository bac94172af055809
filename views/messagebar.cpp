#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_more(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText); // server and phone texts are never markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Any width: the text is cut to what fits (fitText), never wrapped onto a second line.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_more->setText(tr("More…"));
    m_more->setAutoRaise(true);
    m_more->setToolTip(tr("Show the whole message"));
    m_more->hide();
    connect(m_more, &QToolButton::clicked, this, [this] {
        QMessageBox box(m_kind == Kind::Error         ? QMessageBox::Critical
                            : m_kind == Kind::Warning ? QMessageBox::Warning
                                                      : QMessageBox::Information,
                        window()->windowTitle(), m_full, QMessageBox::Close, this);
        box.setTextFormat(Qt::PlainText);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    });
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_more);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    // One line, whatever the message; and the same room when there is none.
    const int line = std::max({fontMetrics().height(), 20, m_close->sizeHint().height(), m_more->sizeHint().height()});
    setFixedHeight(line + layout->contentsMargins().top() + layout->contentsMargins().bottom() + 2 * frameWidth());
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void MessageBar::show(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xe3, 0xf2, 0xfd);
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xff, 0xf3, 0xe0);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfd, 0xec, 0xea);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(p);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_full = text;
    QWidget::show();
    fitText();
    const quint64 shown = ++m_shown;
    if (kind == Kind::Information) {
        QTimer::singleShot(8000, this, [this, shown] {
            if (shown == m_shown) {
                hide();
            }
        });
    }
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_full;
}

void MessageBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitText();
}

void MessageBar::fitText()
{
    // Line breaks read as spaces on the one line; the whole text is in the tooltip and "More…".
    // The room is worked out from the bar's own width: the label's follows only when the layout
    // runs again, after "More…" came or went.
    const QString oneLine = QString(m_full).replace(u'\n', u' ');
    const QFontMetrics metrics(m_text->font());
    const QMargins margins = layout()->contentsMargins();
    const int spacing = qMax(0, layout()->spacing());
    int room = contentsRect().width() - margins.left() - margins.right() - m_icon->sizeHint().width()
        - m_close->sizeHint().width() - 2 * spacing - 4;
    const bool fits = metrics.horizontalAdvance(oneLine) <= room;
    if (!fits) {
        room -= m_more->sizeHint().width() + spacing;
    }
    m_more->setVisible(!fits);
    m_text->setText(fits ? oneLine : metrics.elidedText(oneLine, Qt::ElideRight, qMax(0, room)));
    m_text->setToolTip(fits ? QString() : Qt::convertFromPlainText(m_full)); // server text is never markup
}
