package com.careflow.domain.certification;

import java.util.List;

/** What an uploaded document is; every application needs a {@link #LICENCE} and an {@link #ID_CARD}. */
public enum DocumentKind {
    LICENCE, ID_CARD, QUALIFICATION, OTHER;

    public static final List<DocumentKind> REQUIRED = List.of(LICENCE, ID_CARD);
}
