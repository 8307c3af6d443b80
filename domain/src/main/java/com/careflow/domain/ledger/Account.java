package com.careflow.domain.ledger;

/** One account of the ledger: a kind, and for {@link AccountKind#PROVIDER_PAYABLE} the provider it is owed to. */
public record Account(AccountKind kind, String providerId) {

    public Account {
        if (kind == null) {
            throw new IllegalArgumentException("An account needs a kind");
        }
        boolean perProvider = kind == AccountKind.PROVIDER_PAYABLE;
        if (perProvider && (providerId == null || providerId.isBlank())) {
            throw new IllegalArgumentException("A provider payable account needs the provider's id");
        }
        if (!perProvider && providerId != null) {
            throw new IllegalArgumentException(kind + " is one account for the platform, not per provider");
        }
    }

    public static Account of(AccountKind kind) {
        return new Account(kind, null);
    }

    public static Account providerPayable(String providerId) {
        return new Account(AccountKind.PROVIDER_PAYABLE, providerId);
    }

    @Override
    public String toString() {
        return providerId == null ? kind.name() : kind + "[" + providerId + "]";
    }
}
