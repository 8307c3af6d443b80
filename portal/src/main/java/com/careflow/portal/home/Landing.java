package com.careflow.portal.home;

import static com.careflow.portal.security.Roles.ADMIN;
import static com.careflow.portal.security.Roles.ANALYST;
import static com.careflow.portal.security.Roles.FINANCE;
import static com.careflow.portal.security.Roles.REVIEWER;

import java.util.Optional;

import org.springframework.security.core.Authentication;

import com.careflow.portal.security.Roles;

/**
 * Where staff start when they sign in or open the home page: the page of their work, not the marketing home page,
 * which stays for customers, providers and visitors. The first matching role wins (an admin who also reviews lands
 * on operations).
 */
final class Landing {

    /** The admin's operations overview: what waits, counted. */
    static final String OPERATIONS = "/operations";
    /** The reviewers' task inbox; finance's too, its only work page until payouts exist. */
    static final String TASKS = "/tasks";
    /** The analyst workspace: every deployed process and decision, each opening its diagram. */
    static final String ANALYST_WORKSPACE = "/analyst";

    private Landing() {
    }

    static Optional<String> of(Authentication user) {
        if (Roles.holdsAnyOf(user, ADMIN)) {
            return Optional.of(OPERATIONS);
        }
        if (Roles.holdsAnyOf(user, REVIEWER, FINANCE)) {
            return Optional.of(TASKS);
        }
        if (Roles.holdsAnyOf(user, ANALYST)) {
            return Optional.of(ANALYST_WORKSPACE);
        }
        return Optional.empty();
    }
}
