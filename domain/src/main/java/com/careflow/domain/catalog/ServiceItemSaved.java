package com.careflow.domain.catalog;

/** A catalog item was created or replaced. */
public record ServiceItemSaved(String serviceId) {
}
