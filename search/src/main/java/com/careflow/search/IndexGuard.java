package com.careflow.search;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Keeps this JVM's outbox indexer away from index builds: while a build runs, changes wait in the outbox and are
 * applied to the new index after its alias swap (written to the old one meanwhile, they would be lost with it).
 */
@Component
class IndexGuard {

    private final ReentrantLock lock = new ReentrantLock();

    /** Runs {@code work} unless a build holds the guard; answers whether it ran. */
    boolean unlessBuilding(Runnable work) {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Runs a build once the indexer's current batch is done, keeping the indexer out until it ends. */
    <T> T building(Supplier<T> build) {
        lock.lock();
        try {
            return build.get();
        } finally {
            lock.unlock();
        }
    }
}
