package com.careflow.exporter;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Date;
import java.util.Optional;

import com.mongodb.MongoException;
import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import org.slf4j.Logger;

/**
 * Mirrors the engine records the platform reads into MongoDB: process and element instances, incidents, user tasks
 * and variables of interest (see {@link RecordMapper}).
 * <p>
 * Never loses a record: the position is acknowledged only after its write succeeded, and while MongoDB is
 * unreachable {@link #export} throws, so the broker retries the same record with backoff and keeps (does not
 * compact) everything not acknowledged. Writes each record once: every document remembers the position of the last
 * record applied, and a record at or before it changes nothing (a retry, or a replay after a broker restart).
 */
public class MongoExporter implements Exporter {

    private static final Duration POSITION_FLUSH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration INDEX_RETRY_INTERVAL = Duration.ofMinutes(1);

    private Logger log;
    private InstantSource clock;
    private int partitionId;
    private ExporterSettings settings;
    private RecordMapper mapper;
    private ReadModelStore store;
    private Controller controller;

    private long exportedPosition = -1;
    private long savedPosition = -1;
    private Instant outageSince;
    private Instant indexesTriedAt;
    private boolean indexesReady;

    @Override
    public void configure(Context context) {
        log = context.getLogger();
        clock = context.clock();
        partitionId = context.getPartitionId();
        settings = ExporterSettings.from(context.getConfiguration().getArguments());
        mapper = new RecordMapper(settings.variables());
        context.setFilter(new Context.RecordFilter() {
            @Override
            public boolean acceptType(RecordType recordType) {
                return RecordType.EVENT.name().equals(recordType.name());
            }

            @Override
            public boolean acceptValue(ValueType valueType) {
                return RecordMapper.VALUE_TYPES.contains(valueType.name());
            }
        });
    }

    @Override
    public void open(Controller controller) {
        this.controller = controller;
        // the driver connects lazily: a MongoDB that is down now does not keep the broker from starting
        store = new ReadModelStore(settings);
        exportedPosition = controller.getLastExportedRecordPosition();
        tryEnsureIndexes();
        controller.scheduleCancellableTask(POSITION_FLUSH_INTERVAL, this::flushPosition);
        log.info("CareFlow exporter exports partition {} to {} (database {}, variables {}) from position {}",
                partitionId, redacted(settings.uri()), settings.database(), settings.variables(), exportedPosition);
    }

    @Override
    public void export(Record<?> record) {
        Optional<Write> write = mapper.map(record);
        if (write.isPresent()) {
            try {
                store.apply(write.get());
            } catch (MongoException e) {
                unavailable(e, "the broker retries record " + record.getPosition()
                        + " with backoff and keeps every record until it is written");
                throw e;
            }
            available("position " + record.getPosition());
        }
        exportedPosition = record.getPosition();
        controller.updateLastExportedRecordPosition(exportedPosition);
        if (!indexesReady) {
            tryEnsureIndexes();
        }
    }

    @Override
    public void close() {
        if (store != null) {
            flushPositionOnce();
            store.close();
        }
    }

    /** Runs on the exporter actor, like export: no concurrent access to the fields. */
    private void flushPosition() {
        flushPositionOnce();
        controller.scheduleCancellableTask(POSITION_FLUSH_INTERVAL, this::flushPosition);
    }

    /** Also probes MongoDB once a second during an outage, so records that need no write cannot hide its end. */
    private void flushPositionOnce() {
        if (exportedPosition == savedPosition) {
            return;
        }
        try {
            store.savePosition(partitionId, exportedPosition, Date.from(clock.instant()));
            savedPosition = exportedPosition;
            available("saving position " + exportedPosition);
        } catch (MongoException e) {
            unavailable(e, "the exported position is saved again once MongoDB answers");
        }
    }

    /** The INFO that closes an outage, once. */
    private void available(String what) {
        if (outageSince != null) {
            log.info("CareFlow exporter writes to MongoDB again after {} s ({})",
                    Duration.between(outageSince, clock.instant()).toSeconds(), what);
            outageSince = null;
        }
    }

    /** One WARN per outage; {@link #available} closes it. */
    private void unavailable(MongoException e, String consequence) {
        if (outageSince == null) {
            outageSince = clock.instant();
            log.warn("CareFlow exporter cannot write to MongoDB ({}); {}", e.getMessage(), consequence);
        }
    }

    /** Missing indexes make queries slow, not wrong: never a reason to stop exporting. Retried once a minute. */
    private void tryEnsureIndexes() {
        Instant now = clock.instant();
        if (outageSince != null || (indexesTriedAt != null
                && indexesTriedAt.plus(INDEX_RETRY_INTERVAL).isAfter(now))) {
            return;
        }
        indexesTriedAt = now;
        try {
            store.ensureIndexes();
            indexesReady = true;
        } catch (MongoException e) {
            log.warn("CareFlow exporter could not create its MongoDB indexes (retried later): {}", e.getMessage());
        }
    }

    /** The URI without a password, for the log. */
    private static String redacted(String uri) {
        return uri.replaceFirst("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
