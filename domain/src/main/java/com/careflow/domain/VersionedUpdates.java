package com.careflow.domain;

import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One change to a versioned aggregate (@Version) that others change concurrently (workers, the portal): load, change,
 * save; a lost race reloads and applies the change again to the fresh copy, a few times before giving up.
 */
public final class VersionedUpdates {

    private static final int SAVE_ATTEMPTS = 3;

    private VersionedUpdates() {
    }

    /** {@code change} returns false when the aggregate already is as wanted (nothing saved then). */
    public static <T> T update(Supplier<T> load, Predicate<T> change, UnaryOperator<T> save) {
        for (int attempt = 1; ; attempt++) {
            T aggregate = load.get();
            if (!change.test(aggregate)) {
                return aggregate;
            }
            try {
                return save.apply(aggregate);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
