package com.careflow.search;

import java.util.Arrays;
import java.util.List;

/** Requests that look across all types name every alias. */
final class Aliases {

    private Aliases() {
    }

    static List<String> all(IndexDefinitions definitions) {
        return Arrays.stream(SearchType.values()).map(type -> definitions.of(type).alias()).toList();
    }
}
