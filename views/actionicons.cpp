#include "actionicons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace ActionIcons {

QIcon themed(const QString& name)
{
    static const QHash<QString, QStyle::StandardPixmap> fallbacks = {
        {QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder},
        {QStringLiteral("document-new"), QStyle::SP_FileIcon},
        {QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("edit-delete"), QStyle::SP_TrashIcon},
        {QStringLiteral("edit-copy"), QStyle::SP_FileLinkIcon},
        {QStringLiteral("edit-undo"), QStyle::SP_ArrowBack},
        {QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("document-save"), QStyle::SP_DialogSaveButton},
        {QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton},
        {QStringLiteral("document-open"), QStyle::SP_DirOpenIcon},
        {QStringLiteral("document-import"), QStyle::SP_ArrowDown},
        {QStringLiteral("document-export"), QStyle::SP_ArrowUp},
        {QStringLiteral("document-preview"), QStyle::SP_FileDialogInfoView},
        {QStringLiteral("view-refresh"), QStyle::SP_BrowserReload},
        {QStringLiteral("system-reboot"), QStyle::SP_MediaSkipBackward},
        {QStringLiteral("mail-send"), QStyle::SP_MessageBoxInformation},
        {QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning},
        {QStringLiteral("dialog-password"), QStyle::SP_DialogYesButton},
        {QStringLiteral("go-home"), QStyle::SP_DirHomeIcon},
        {QStringLiteral("phone"), QStyle::SP_ComputerIcon},
        {QStringLiteral("preferences-desktop-locale"), QStyle::SP_DesktopIcon},
    };
    const auto it = fallbacks.constFind(name);
    if (it == fallbacks.cend() || !qApp) {
        return QIcon::fromTheme(name);
    }
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(it.value()));
}

} // namespace ActionIcons
