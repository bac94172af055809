#include "mergedialog.h"

#include "cfgeditor.h"
#include "threewaymerge.h"
#include "windowfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const char* const fileKeys[] = {"globalFile", "deviceFile"};

QString dataOf(const QJsonObject& templ, const char* file)
{
    return templ.value(QLatin1String(file)).toObject().value(QStringLiteral("data")).toString();
}

QWidget* titled(const QString& title, const QString& text, const QString& name, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QPlainTextEdit* view = CfgEditor::readOnlyView(name, box);
    view->setPlainText(text);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(view, 1);
    return box;
}

} // namespace

MergeDialog::MergeDialog(const TemplateCache::Pending& edit, const QJsonObject& theirs, QWidget* parent)
    : QDialog(parent)
    , m_edit(edit)
    , m_theirs(theirs)
    , m_files(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_keepMine(new QPushButton(this))
    , m_keepTheirs(new QPushButton(this))
    , m_saveMerge(new QPushButton(tr("&Save the Merge"), this))
    , m_later(new QPushButton(tr("Decide &Later"), this))
{
    const QString name = edit.mine.value(QStringLiteral("name")).toString();
    setWindowTitle(tr("Template %1 Changed on the Server").arg(name));
    setObjectName(QStringLiteral("mergeDialog"));
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveMerge, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_files, 1);
    layout->addWidget(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::Mine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::Theirs); });
    connect(m_saveMerge, &QPushButton::clicked, this, [this] { choose(Choice::Merged); });
    connect(m_later, &QPushButton::clicked, this, [this] { choose(Choice::Later); });

    if (theirs.isEmpty()) {
        m_summary->setText(tr("Template %1 was deleted on the server while you edited it offline (saved %2). Add "
                              "your version as a new template, or drop it.")
                               .arg(name, QLocale().toString(edit.savedAt.toLocalTime(), QLocale::ShortFormat)));
        m_keepMine->setText(tr("&Add Mine as a New Template"));
        m_keepTheirs->setText(tr("&Drop Mine"));
        m_saveMerge->hide();
        for (int file = 0; file < 2; ++file) {
            m_files->addTab(titled(tr("Yours"), dataOf(edit.mine, fileKeys[file]), QStringLiteral("mine"), m_files),
                            file == 0 ? tr("Global File") : tr("Device File"));
        }
        WindowFit::resizeWithin(this, QSize(900, 600));
        return;
    }
    m_keepMine->setText(tr("Keep &Mine"));
    m_keepTheirs->setText(tr("Keep the &Server's"));
    for (int file = 0; file < 2; ++file) {
        m_files->addTab(fileTab(file), file == 0 ? tr("Global File") : tr("Device File"));
    }
    const int conflicts = m_conflicts[0] + m_conflicts[1];
    m_summary->setText(
        (conflicts > 0
             ? tr("Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. "
                  "Changed on both sides: %n place(s). Edit the merge below until no <<<<<<< marker is left, or "
                  "keep one side whole.",
                  nullptr, conflicts)
             : tr("Template %1 was changed on the server (now revision %2) while you edited revision %3 offline. "
                  "The changes do not touch the same lines: the merge below has both."))
            .arg(name)
            .arg(theirs.value(QStringLiteral("revision")).toInteger())
            .arg(edit.baseRevision));
    updateMergeState();
    WindowFit::resizeWithin(this, QSize(1300, 800));
}

QWidget* MergeDialog::fileTab(int file)
{
    const char* k = fileKeys[file];
    const QString base = dataOf(m_edit.base, k);
    const QString theirs = dataOf(m_theirs, k);
    const QString mine = dataOf(m_edit.mine, k);
    const ThreeWayMerge merge = ThreeWayMerge::merge(base, mine, theirs);
    m_conflicts[file] = merge.conflictCount();

    auto* tab = new QWidget(m_files);
    auto* sides = new QSplitter(Qt::Horizontal, tab);
    sides->addWidget(titled(tr("Base (revision %1, what you started from)").arg(m_edit.baseRevision), base,
                            QStringLiteral("base"), sides));
    sides->addWidget(
        titled(tr("The server's (revision %1)").arg(m_theirs.value(QStringLiteral("revision")).toInteger()), theirs,
               QStringLiteral("theirs"), sides));
    sides->addWidget(titled(tr("Yours"), mine, QStringLiteral("mine"), sides));
    auto* result = new CfgEditor(tab);
    result->setObjectName(QStringLiteral("merge"));
    result->setTemplateMode(true);
    result->setPlainText(merge.text(ThreeWayMerge::Side::Markers));
    m_results[file] = result;
    connect(result, &QPlainTextEdit::textChanged, this, &MergeDialog::updateMergeState);
    auto* vertical = new QSplitter(Qt::Vertical, tab);
    vertical->addWidget(sides);
    auto* bottom = new QWidget(vertical);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_mergeStates[file] = new QLabel(bottom);
    bottomLayout->addWidget(m_mergeStates[file]);
    bottomLayout->addWidget(result, 1);
    vertical->addWidget(bottom);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(vertical);
    return tab;
}

void MergeDialog::updateMergeState()
{
    bool markers = false;
    for (int file = 0; file < 2; ++file) {
        if (!m_results[file]) {
            continue;
        }
        const int left = ThreeWayMerge::conflictsLeft(m_results[file]->toPlainText());
        markers = markers || left > 0;
        m_mergeStates[file]->setText(left > 0 ? tr("The merge: %n conflict(s) to settle", nullptr, left)
                                         : m_conflicts[file] > 0 ? tr("The merge: every conflict settled")
                                                                 : tr("The merge: nothing to settle"));
    }
    m_saveMerge->setEnabled(!markers);
    m_saveMerge->setToolTip(markers ? tr("Settle every conflict first: no <<<<<<<, =======, ||||||| or >>>>>>> line "
                                         "may be left.")
                                    : QString());
}

void MergeDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Later) {
        reject();
    } else {
        accept();
    }
}

QJsonObject MergeDialog::body() const
{
    switch (m_choice) {
    case Choice::Mine:
        return m_edit.mine;
    case Choice::Merged: {
        // Fields: the side that changed them (mine when both did); files: the merge.
        QJsonObject merged = m_theirs;
        merged.remove(QStringLiteral("id"));
        merged.remove(QStringLiteral("revision"));
        for (auto it = m_edit.mine.begin(); it != m_edit.mine.end(); ++it) {
            if (it.key() != QLatin1String("globalFile") && it.key() != QLatin1String("deviceFile")
                && it.value() != m_edit.base.value(it.key())) {
                merged.insert(it.key(), it.value());
            }
        }
        for (int file = 0; file < 2; ++file) {
            QJsonObject f = m_edit.mine.value(QLatin1String(fileKeys[file])).toObject();
            f.insert(QStringLiteral("data"), m_results[file]->toPlainText());
            merged.insert(QLatin1String(fileKeys[file]), f);
        }
        return merged;
    }
    default:
        return {};
    }
}
