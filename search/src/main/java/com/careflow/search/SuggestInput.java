package com.careflow.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inputs of the completion field {@code suggest}. A completion suggester only matches from the start of an
 * input, and Chinese has no spaces to start words at, so a name is also given as each of its suffixes that starts
 * at a CJK character or a Latin word: "陪诊" then finds "半日陪诊（北京）" and "nutri" finds "Online Nutrition …".
 * The whole name weighs more, so matches from the start come first.
 */
record SuggestInput(List<String> input, int weight) {

    static final int WHOLE_WEIGHT = 10;
    static final int SUFFIX_WEIGHT = 5;
    /** Enough for real names; bounds the index size for very long titles. */
    static final int MAX_SUFFIXES = 20;

    static List<SuggestInput> of(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String whole = name.strip();
        List<String> suffixes = suffixes(whole);
        return suffixes.isEmpty() ? List.of(new SuggestInput(List.of(whole), WHOLE_WEIGHT))
                : List.of(new SuggestInput(List.of(whole), WHOLE_WEIGHT), new SuggestInput(suffixes, SUFFIX_WEIGHT));
    }

    private static List<String> suffixes(String name) {
        Set<String> suffixes = new LinkedHashSet<>();
        int previous = -1;
        for (int i = 0; i < name.length() && suffixes.size() < MAX_SUFFIXES; ) {
            int c = name.codePointAt(i);
            if (i > 0 && startsWord(previous, c)) {
                suffixes.add(name.substring(i).strip());
            }
            previous = c;
            i += Character.charCount(c);
        }
        return new ArrayList<>(suffixes);
    }

    /** Every CJK character starts a word; a letter or digit starts one after anything else (a CJK one too). */
    private static boolean startsWord(int previous, int c) {
        return isHan(c) || Character.isLetterOrDigit(c) && (isHan(previous) || !Character.isLetterOrDigit(previous));
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
