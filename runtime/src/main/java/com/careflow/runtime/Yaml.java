package com.careflow.runtime;

/** Bits of YAML the runtime writes into server configs. */
final class Yaml {

    private Yaml() {
    }

    /** YAML single-quoted scalar: safe for any path; the only escape is a doubled quote. */
    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
