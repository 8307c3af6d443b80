package com.careflow.portal.content;

/**
 * Form text as the constraints should see it: stripped, and {@code null} when nothing is left. An empty field is then
 * reported once, by {@code @NotBlank}; {@code @Size(min = …)} passes {@code null} and so only speaks about text that
 * is there but too short (an empty string would fail both, and the author would read two messages).
 */
final class Blanks {

    private Blanks() {
    }

    static String strippedOrNull(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
