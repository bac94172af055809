#pragma once

#include "builtinplaceholders.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

// The DHCP Option 160 half of System Settings: the URLs to put into the DHCP server (every new
// phone, each region's zero-touch folder, each phone's own file by model, and the same through
// the SBC's proxy), copied with a button, Ctrl+C or a double-click, and what a new phone of a
// model gets: the URL, dhcpoption160.cfg exactly as the server renders it, then its files.
class Option160Panel : public QWidget
{
    Q_OBJECT

public:
    explicit Option160Panel(QWidget* parent = nullptr);

    // What the panel shows from: where phones reach the server, the SBC proxy (empty: none),
    // the regions, and the dhcpoption160.cfg template as typed (empty: the shipped one).
    void show(const ServerContext& server, const QString& sbcProxy, const QStringList& regions,
              const QString& templateText);

    QTableWidget* urlTable() const { return m_urls; }
    QComboBox* modelBox() const { return m_model; }
    QPlainTextEdit* preview() const { return m_preview; }

public Q_SLOTS:
    void copySelectedUrl();

Q_SIGNALS:
    // A URL went to the clipboard.
    void copied(const QString& url);

private:
    void updatePreview();

    QTableWidget* m_urls;
    QComboBox* m_model;
    QPlainTextEdit* m_preview;
    ServerContext m_server;
    QString m_template;
};
