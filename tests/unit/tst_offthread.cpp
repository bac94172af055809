// runOffThread (server/api/offthread.h): the result comes back on the context's thread, and
// never once the context is gone, however the deletion and the work's end interleave.
#include "offthread.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QtTest>

class TestOffThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheContextThread();
    void nothingArrivesOnceTheContextIsGone();
    void abandonedResultsNeverArrive();
};

void TestOffThread::deliversOnTheContextThread()
{
    QObject context;
    QThread* worker = nullptr;
    QThread* deliveredOn = nullptr;
    int result = 0;
    runOffThread<int>(
        &context,
        [&worker] {
            worker = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            deliveredOn = QThread::currentThread();
            result = value;
        });
    QTRY_COMPARE(result, 42);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QTRY_COMPARE(context.children().size(), 0); // the watcher is gone too
}

void TestOffThread::nothingArrivesOnceTheContextIsGone()
{
    // Deleted while the work runs, and deleted after the work finished but before its result
    // was delivered: done() runs in neither case.
    for (const bool finishFirst : {false, true}) {
        QAtomicInt delivered = 0;
        QSemaphore started;
        QSemaphore release;
        auto* context = new QObject;
        runOffThread<int>(
            context,
            [&] {
                started.release();
                release.acquire();
                return 1;
            },
            [&delivered](int) { delivered.storeRelaxed(1); });
        started.acquire();
        if (finishFirst) {
            release.release();
            QThreadPool::globalInstance()->waitForDone();
            delete context; // the result is queued, not yet delivered
        } else {
            delete context;
            release.release();
            QThreadPool::globalInstance()->waitForDone();
        }
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCOMPARE(delivered.loadRelaxed(), 0);
    }
}

void TestOffThread::abandonedResultsNeverArrive()
{
    // A serving thread deletes its services while its own object lives on: the results on their
    // way (finished, queued) are dropped, not delivered to what is gone.
    QObject context;
    QObject unrelated(&context);
    unrelated.setObjectName(QStringLiteral("runOffThread-not"));
    int delivered = 0;
    for (int i = 0; i < 3; ++i) {
        runOffThread<int>(
            &context, [] { return 1; }, [&delivered](int) { ++delivered; });
    }
    QThreadPool::globalInstance()->waitForDone(); // every result is queued now
    abandonOffThreadResults(&context);
    QTest::qWait(50);
    QCOMPARE(delivered, 0);
    QCOMPARE(context.children().size(), 1); // only what was not runOffThread's
    runOffThread<int>(
        &context, [] { return 2; }, [&delivered](int v) { delivered += v; });
    QTRY_COMPARE(delivered, 2); // later work arrives as before
}

QTEST_GUILESS_MAIN(TestOffThread)
#include "tst_offthread.moc"
