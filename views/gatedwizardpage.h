#pragma once

#include <QWizardPage>

#include <functional>

// A wizard page whose Next follows a condition its wizard keeps (a file read, a choice made, an
// answer from the server); recheck() when the condition may have changed.
class GatedWizardPage : public QWizardPage
{
public:
    explicit GatedWizardPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};
