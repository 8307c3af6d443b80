package com.careflow.portal.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a text into parts around the excerpts a pre-screen found, so the form can mark them where they occur
 * ({@code <mark>}) without ever rendering the text as HTML. Overlapping matches merge; an excerpt not in the text
 * (the text was trimmed around the match) marks nothing.
 */
final class Highlights {

    /** A piece of the text; {@code marked} when it is one of the excerpts. */
    record Part(String text, boolean marked) {
    }

    private Highlights() {
    }

    static List<Part> split(String text, Collection<String> excerpts) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = new boolean[text.length()];
        excerpts.stream().filter(Objects::nonNull).map(String::strip).filter(e -> !e.isEmpty()).forEach(excerpt -> {
            for (int at = text.indexOf(excerpt); at >= 0; at = text.indexOf(excerpt, at + excerpt.length())) {
                java.util.Arrays.fill(marked, at, at + excerpt.length(), true);
            }
        });
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                parts.add(new Part(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }
}
