package com.careflow.exporter;

import java.time.InstantSource;
import java.util.Map;

import io.camunda.zeebe.exporter.api.context.Configuration;
import io.camunda.zeebe.exporter.api.context.Context;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the broker hands an exporter when configuring it: arguments, logger, clock, and it keeps the filter. */
final class TestContext implements Context {

    private final Map<String, Object> arguments;
    private RecordFilter filter;

    TestContext(Map<String, Object> arguments) {
        this.arguments = arguments;
    }

    RecordFilter filter() {
        return filter;
    }

    @Override
    public MeterRegistry getMeterRegistry() {
        return null;
    }

    @Override
    public Logger getLogger() {
        return LoggerFactory.getLogger(MongoExporter.class);
    }

    @Override
    public InstantSource clock() {
        return InstantSource.system();
    }

    @Override
    public Configuration getConfiguration() {
        return new Configuration() {
            @Override
            public String getId() {
                return "careflow";
            }

            @Override
            public Map<String, Object> getArguments() {
                return arguments;
            }

            @Override
            public <T> T instantiate(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public int getPartitionId() {
        return 1;
    }

    @Override
    public void setFilter(RecordFilter filter) {
        this.filter = filter;
    }
}
