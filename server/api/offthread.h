#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

// Runs work (password hashing: slow on purpose) on the thread pool and hands its result back on
// context's thread, so that a login or a new password never holds up the phones that thread
// also answers. Nothing is delivered if context is gone by then.
template <class T>
void runOffThread(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> target(context);
    QThreadPool::globalInstance()->start([target, work = std::move(work), done = std::move(done)] {
        T result = work();
        if (target) {
            QMetaObject::invokeMethod(
                target.data(), [done, result] { done(result); }, Qt::QueuedConnection);
        }
    });
}
