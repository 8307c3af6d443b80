package com.careflow.domain.catalog;

/** What kind of service an item is; providers are certified per category. */
public enum ServiceCategory {
    COMPANION_ESCORT, ONLINE_CONSULTATION, HOME_CARE, HEALTH_CHECK, COURSE
}
