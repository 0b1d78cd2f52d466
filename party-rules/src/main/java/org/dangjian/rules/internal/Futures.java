package org.dangjian.rules.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a pool, with the worker's own exception rethrown as it was. */
final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code f}; a worker's RuntimeException or Error is rethrown unwrapped, so a
     * rule's failure reaches the caller as the same typed exception whichever thread ran it.
     */
    static <T> T join(Future<T> f, String doing) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
