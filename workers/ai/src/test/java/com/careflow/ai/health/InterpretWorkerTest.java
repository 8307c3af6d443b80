package com.careflow.ai.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careflow.ai.AiWorkerApplication;
import com.careflow.domain.health.GlucoseTiming;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.ReadingDays;
import com.careflow.domain.health.interpretation.Disclaimer;
import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.InterpretationStatus;
import com.careflow.domain.health.interpretation.Interpretations;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.worker.TaskFailure;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The interpret job in the ai worker's Spring context on an in-process Mongo server, with the LLM endpoint
 * configured to a local fake: what leaves the platform carries values and a pseudonym only, and the stored
 * interpretation keeps the input it saw, who answered, the fallback's reason and the note in both languages.
 */
@SpringBootTest(classes = AiWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false",
        "careflow.ai.interpretation.llm.model=test-model",
        "careflow.ai.interpretation.llm.key=sk-test-key",
        "careflow.ai.interpretation.llm.timeout=500ms" })
class InterpretWorkerTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final FakeChatEndpoint ENDPOINT = start();
    private static final String CUSTOMER = "kc-7f1e2d3c-customer";
    private static final String PHONE = "13812345678";

    @Autowired
    InterpretWorker worker;
    @Autowired
    Interpretations interpretations;
    @Autowired
    HealthRecords records;
    @Autowired
    ReadingDays days;
    @Autowired
    People people;

    List<String> readingIds;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> MONGO.bindAndGetConnectionString() + "/ai-health-test");
        registry.add("careflow.ai.interpretation.llm.url", ENDPOINT::url);
    }

    @AfterAll
    static void stop() {
        ENDPOINT.close();
        MONGO.shutdownNow();
    }

    @BeforeEach
    void data() {
        interpretations.deleteAll();
        days.deleteAll();
        ENDPOINT.received().clear();
        ENDPOINT.status(200).delay(Duration.ZERO).answering(FakeChatEndpoint.answer(
                "Blood pressure was mostly in the stage 1 band.", List.of("Average 134/85 mmHg"),
                List.of("Talk the readings through with a doctor."), 0.7));
        people.save(new Person(CUSTOMER, "王芳", "wangfang@example.com", List.of("customer"), "zh-CN"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Reading> kept = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            kept.add(new Reading(null, CUSTOMER, ReadingType.BLOOD_PRESSURE,
                    now.minus(Duration.ofDays(day)), ReadingSource.MANUAL, "王芳 家里测的，电话 " + PHONE,
                    130 + day, 84, 70, null, null, null, null, null));
        }
        kept.add(new Reading(null, CUSTOMER, ReadingType.BLOOD_GLUCOSE, now.minus(Duration.ofDays(2)),
                ReadingSource.HOSPITAL, "北京协和医院 身份证 110101199003074514", null, null, null,
                new BigDecimal("6.4"), GlucoseTiming.FASTING, null, null, null));
        kept.add(new Reading(null, CUSTOMER, ReadingType.WEIGHT, now.minus(Duration.ofDays(40)),
                ReadingSource.DEVICE, null, null, null, null, null, null, new BigDecimal("70.2"), null, null));
        kept.add(new Reading(null, "someone-else", ReadingType.HEART_RATE, now.minus(Duration.ofDays(1)),
                ReadingSource.DEVICE, null, null, null, null, null, null, null, 140, null));
        readingIds = records.importAll(kept).stream().map(Reading::id).toList();
    }

    @Test
    void theEndpointGetsTheValuesUnderAPseudonymAndNothingThatNamesTheCustomer() {
        interpretations.save(Interpretation.requested("INT-1", CUSTOMER, 30, "en", Instant.now()));

        worker.interpret("INT-1");

        assertThat(ENDPOINT.received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.authorization()).isEqualTo("Bearer sk-test-key");
            assertThat(request.body()).contains("\"model\":\"test-model\"", "subject-", "BLOOD_PRESSURE", "131",
                    "FASTING", "6.4")
                    .doesNotContain(CUSTOMER, "王芳", "wangfang", PHONE, "110101199003074514", "协和",
                            "someone-else", "MANUAL", "HOSPITAL")
                    .doesNotContain(readingIds);
        });
        Interpretation stored = interpretations.findById("INT-1").orElseThrow();
        assertThat(stored.status()).isEqualTo(InterpretationStatus.READY);
        assertThat(stored.interpreter()).isEqualTo("llm:test-model");
        assertThat(stored.fallbackReason()).isNull();
        assertThat(stored.result().summary()).isEqualTo("Blood pressure was mostly in the stage 1 band.");
        assertThat(stored.input().readings()).as("the period's readings of this customer only").hasSize(6);
        assertThat(stored.input().subject()).startsWith("subject-").doesNotContain(CUSTOMER);
        assertThat(stored.noteZh()).isEqualTo(Disclaimer.ZH).contains("不构成医学诊断");
        assertThat(stored.noteEn()).isEqualTo(Disclaimer.EN).contains("not a diagnosis");
    }

    @Test
    void aStuckEndpointFallsBackToTheRulesWithTheReasonStored() {
        ENDPOINT.delay(Duration.ofSeconds(2));
        interpretations.save(Interpretation.requested("INT-2", CUSTOMER, 7, "zh", Instant.now()));

        worker.interpret("INT-2");

        Interpretation stored = interpretations.findById("INT-2").orElseThrow();
        assertThat(stored.interpreter()).isEqualTo("rule-based");
        assertThat(stored.fallbackReason()).isEqualTo("the LLM endpoint did not answer within PT0.5S");
        assertThat(stored.result().findings()).first().asString().startsWith("血压平均 133/84 mmHg（5 次");
    }

    @Test
    void aRedeliveredTaskKeepsTheStoredAnswerAndAsksNobodyAgain() {
        interpretations.save(Interpretation.requested("INT-3", CUSTOMER, 7, "zh", Instant.now()));
        worker.interpret("INT-3");
        Interpretation first = interpretations.findById("INT-3").orElseThrow();

        worker.interpret("INT-3");

        assertThat(interpretations.findById("INT-3")).contains(first);
        assertThat(ENDPOINT.received()).hasSize(1);
    }

    @Test
    void anUnknownInterpretationRaisesAnIncidentAtOnce() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.interpret("INT-X"));

        assertThat(error.retryable()).isFalse();
        assertThat(error.getMessage()).isEqualTo(
                "Cannot interpret readings for INT-X: interpretation INT-X does not exist");
    }

    private static FakeChatEndpoint start() {
        try {
            return new FakeChatEndpoint();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
