package com.careflow.certify;

import com.careflow.domain.catalog.ServiceCategory;

/**
 * The identity side of a certificate: what Keycloak knows about a provider. Both operations are idempotent, since
 * jobs arrive at least once.
 */
interface ProviderDirectory {

    /** The group of a category's certified providers. */
    static String groupPath(ServiceCategory category) {
        return "/certified/" + category.name();
    }

    /** Realm role {@code provider} and membership of {@link #groupPath}. */
    void grant(String userId, ServiceCategory category);

    /** Leaves the category's group; the provider role stays (other categories may still be certified). */
    void revoke(String userId, ServiceCategory category);
}
