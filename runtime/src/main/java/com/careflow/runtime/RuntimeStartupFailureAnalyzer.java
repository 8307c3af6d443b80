package com.careflow.runtime;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link RuntimeStartupException} as Description/Action instead of a stack trace. */
class RuntimeStartupFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
