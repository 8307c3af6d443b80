package com.careflow.notify;

/** Process variables a notify job cannot do without. */
final class Required {

    private Required() {
    }

    /** A missing id variable is a modelling error: no retry can bring it. */
    static String id(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidNotificationException("the process has no '" + variable + "' variable");
        }
        return value;
    }
}
