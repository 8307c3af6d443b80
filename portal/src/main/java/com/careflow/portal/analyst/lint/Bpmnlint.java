package com.careflow.portal.analyst.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * bpmnlint with its recommended rules, run on the server: the frontend module's bundle {@code analyst-lint.js}
 * (bpmn-moddle + bpmnlint, the same JavaScript as in the browser) on GraalJS. One JavaScript context, loaded once
 * and used by one lint at a time (contexts are single-threaded); no file, network or host access is granted to it.
 */
final class Bpmnlint implements AutoCloseable {

    static final String BUNDLE = "static/vendor/careflow/analyst-lint.js";

    private static final Source DRAIN = Source.create("js", "undefined");
    /** Keeps what a promise resolves to where Java can read it (the context lets no host callback in). */
    private static final Source SETTLE = Source.create("js",
            "(promise) => { const box = {}; promise.then(result => { box.result = result; }); return box; }");

    private final ObjectMapper json;
    private final Engine engine;
    private Context context;
    private Value lint;
    private Value settle;

    Bpmnlint(ObjectMapper json) {
        this.json = json;
        // stock JDKs run GraalJS in its interpreter; that is fast enough for one diagram at a time (README)
        this.engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    }

    /** bpmnlint's findings for {@code xml}; a document that is no BPMN is one "xml" error, never an exception. */
    synchronized List<LintFinding> lint(String xml) {
        Value promise = function().execute(xml);
        Value box = settle.execute(promise);
        // GraalJS runs the promise jobs (moddle's parser and the linter are promise-based) at the end of a
        // top-level evaluation; an empty one after the call settles them
        context.eval(DRAIN);
        Value result = box.getMember("result");
        if (result == null || !result.isString()) {
            throw new IllegalStateException("bpmnlint did not finish (a promise left pending)");
        }
        return findings(result.asString());
    }

    private Value function() {
        if (lint == null) {
            context = Context.newBuilder("js").engine(engine).build();
            context.eval(Source.create("js", bundle()));
            lint = context.getBindings("js").getMember("careflowLint");
            settle = context.eval(SETTLE);
        }
        return lint;
    }

    private List<LintFinding> findings(String result) {
        List<JsFinding> found;
        try {
            found = json.readValue(result, new TypeReference<>() { });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LintFinding> findings = new ArrayList<>();
        for (JsFinding finding : found) {
            LintFinding.Severity severity = "error".equals(finding.category()) || "rule-error".equals(finding.category())
                    ? LintFinding.Severity.ERROR : LintFinding.Severity.WARNING;
            findings.add(new LintFinding(finding.id(), severity, "bpmnlint/" + finding.rule(), finding.message(),
                    List.of()));
        }
        return findings;
    }

    private static String bundle() {
        try (InputStream in = Bpmnlint.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the classpath (built by the frontend module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
        }
        engine.close();
    }

    record JsFinding(String rule, String id, String message, String category) {
    }
}
