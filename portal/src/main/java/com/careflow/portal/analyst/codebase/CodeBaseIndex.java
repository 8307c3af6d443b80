package com.careflow.portal.analyst.codebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads one kind of index file the {@code CodeBaseIndexer} wrote into each module's classes, from every jar on the
 * classpath, merged: {@code name -> module(s)}. A name two modules declare lists both.
 */
final class CodeBaseIndex {

    private CodeBaseIndex() {
    }

    static Map<String, String> read(ClassLoader loader, String resource) {
        Map<String, String> merged = new TreeMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(resource))) {
                Properties entries = new Properties();
                try (InputStream in = url.openStream()) {
                    entries.load(in);
                }
                entries.forEach((name, module) -> merged.merge((String) name, (String) module,
                        (one, other) -> one.equals(other) ? one : one + ", " + other));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", e);
        }
        return Collections.unmodifiableMap(merged);
    }
}
