package com.careflow.exporter;

import org.bson.Document;

/** Decodes a variable's JSON value (as the engine records it) into what a document stores. */
final class VariableValues {

    private VariableValues() {
    }

    /**
     * String, number, boolean, null, list or map, as BSON's JSON reader decodes them (whole numbers become int32 or
     * int64, others double). Wrapped in a document because the reader only parses documents.
     */
    static Object decode(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        return Document.parse("{\"v\": " + json + "}").get("v");
    }
}
