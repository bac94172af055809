#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

// Runs work (password hashing: slow on purpose) on the thread pool and hands its result back on
// context's thread, so that a login or a new password never holds up the phones that thread
// also answers. Nothing is delivered if context is gone by then.
//
// Safe by construction: the worker touches only a QPromise (a thread-safe shared state), never
// a QObject. The result arrives through a QFutureWatcher that is context's child, made and
// deleted on context's thread: if context is deleted first, the watcher goes with it and done()
// never runs. (Checking a QPointer on the worker thread, as this once did, races with the
// deletion it checks for.) Call it on context's thread.
//
// What done() uses may go before context does (a serving thread's services at shutdown, while
// the thread's object lives on): abandonOffThreadResults() first, and nothing queued arrives.
inline const char* offThreadWatcherName()
{
    return "runOffThread";
}

template <class T>
void runOffThread(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    if (!context || context->thread() != QThread::currentThread()) {
        qFatal("runOffThread: called off the context's thread"); // a programming error, never input
    }
    auto promise = std::make_shared<QPromise<T>>();
    auto* watcher = new QFutureWatcher<T>(context);
    watcher->setObjectName(QLatin1String(offThreadWatcherName()));
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
        const QFuture<T> future = watcher->future();
        watcher->deleteLater();
        if (future.resultCount() > 0) {
            done(future.result());
        }
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

// Drops every result on its way to context: its watchers are deleted (with the events queued
// for them), and the work still running finishes into nothing.
inline void abandonOffThreadResults(QObject* context)
{
    qDeleteAll(
        context->findChildren<QFutureWatcherBase*>(QLatin1String(offThreadWatcherName()), Qt::FindDirectChildrenOnly));
}
