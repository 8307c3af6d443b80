package com.careflow.bench;

import static com.careflow.domain.process.AppointmentProcess.JOB_RECORD_NO_SHOW;
import static com.careflow.domain.process.GrabOrderProcess.JOB_ALERT_OPERATIONS;
import static com.careflow.domain.process.GrabOrderProcess.JOB_AUTO_ASSIGN;
import static com.careflow.domain.process.GrabOrderProcess.JOB_EXPIRE_ROUND;
import static com.careflow.domain.process.GrabOrderProcess.JOB_OPEN_OFFER;
import static com.careflow.domain.process.GrabOrderProcess.JOB_RANK_PROVIDERS;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CANCEL_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CHARGE_PAYMENT;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_COMPLETE_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CONFIRM_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_NOTIFY_CUSTOMER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_REFUND_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_REFUND_PAYMENT;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_RELEASE_SLOT;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_REPLACE_PROVIDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_RESERVE_SLOT;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_START_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_WITHDRAW_OFFER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.careflow.worker.EngineClientProperties;
import com.careflow.worker.ServiceAccountTokens;
import com.careflow.worker.TopicSubscriptions;
import com.careflow.worker.TopicWorker;
import com.careflow.worker.Var;

/**
 * The baseline: a topic worker for every external task of the order's models (service order, grab order,
 * appointment) that completes the task at once with the variables the model routes on (payment approved, offer
 * open, nobody ranked…), doing no work of its own. They subscribe through the same {@link TopicSubscriptions} and
 * client settings ({@code careflow.worker.engine.*}) as the platform's workers, so the difference to the real run is
 * the work the real workers do.
 */
final class NoopWorkers implements AutoCloseable {

    /** The models whose topics the no-op workers must cover: what an order runs through. */
    static final List<String> ORDER_MODELS = List.of("classpath*:/processes/service-order.bpmn",
            "classpath*:/processes/grab-order.bpmn", "classpath*:/processes/appointment.bpmn");
    private static final Pattern TOPIC = Pattern.compile("\\boperaton:topic=\"([^\"$#{}]+)\"");

    private final Confirmations confirmations;
    private final ProviderBot bot;
    private final AtomicLong handled = new AtomicLong();
    private GenericApplicationContext beans;
    private TopicSubscriptions subscriptions;

    private NoopWorkers(Confirmations confirmations, ProviderBot bot) {
        this.confirmations = confirmations;
        this.bot = bot;
    }

    /**
     * Subscribes the no-op workers over the engine's REST API. They sit in a context of their own, so the
     * subscriptions see only them and none of the platform's workers.
     */
    static NoopWorkers open(EngineClientProperties client, ServiceAccountTokens tokens, Confirmations confirmations,
            ProviderBot bot) {
        NoopWorkers noop = new NoopWorkers(confirmations, bot);
        noop.beans = new GenericApplicationContext();
        noop.beans.registerBean("noopWorkers", NoopWorkers.class, () -> noop);
        noop.beans.refresh();
        noop.subscriptions = new TopicSubscriptions(noop.beans, client, tokens);
        noop.subscriptions.open();
        return noop;
    }

    /** The topics covered here. */
    static Set<String> topics() {
        return Arrays.stream(NoopWorkers.class.getMethods())
                .map(method -> method.getAnnotation(TopicWorker.class))
                .filter(Objects::nonNull)
                .map(TopicWorker::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Fails when a model of the order has a topic no no-op worker covers: its tasks would wait for a worker that
     * never comes, and the baseline would measure timeouts.
     */
    static void requireEveryOrderTopic() {
        Set<String> missing = new TreeSet<>(topicsOf(ORDER_MODELS));
        missing.removeAll(topics());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No no-op worker for the topics " + missing + " of " + ORDER_MODELS);
        }
    }

    private static Set<String> topicsOf(List<String> models) {
        Set<String> topics = new TreeSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : models) {
                Resource[] found = resolver.getResources(pattern);
                if (found.length == 0) {
                    throw new IllegalStateException("Model " + pattern + " is not on the classpath");
                }
                for (Resource model : found) {
                    try (InputStream in = model.getInputStream()) {
                        Matcher m = TOPIC.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        while (m.find()) {
                            topics.add(m.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    /** Tasks handled so far; the run waits until this stops moving before closing the workers. */
    long handled() {
        return handled.get();
    }

    @TopicWorker(JOB_CHARGE_PAYMENT)
    public Map<String, Object> chargePayment(@Var("orderNumber") String orderNumber) {
        return done(outputs("paymentApproved", true, "paymentId", "noop-" + orderNumber, "declineReason", null));
    }

    @TopicWorker(JOB_CONFIRM_ORDER)
    public Map<String, Object> confirmOrder(@Var("orderNumber") String orderNumber) {
        confirmations.confirmed(orderNumber, "no-op confirm task");
        return done(Map.of());
    }

    @TopicWorker(JOB_OPEN_OFFER)
    public Map<String, Object> openOffer(@Var("orderNumber") String orderNumber) {
        bot.offerOpened(orderNumber);
        return done(outputs("offerWindow", "PT10M", "offerRound", 1, "offerOutcome", "OPEN", "providerId", null));
    }

    @TopicWorker(JOB_EXPIRE_ROUND)
    public Map<String, Object> expireRound() {
        return done(outputs("offerOutcome", "EXHAUSTED"));
    }

    @TopicWorker(JOB_RANK_PROVIDERS)
    public Map<String, Object> rankProviders() {
        return done(outputs("rankedProviders", List.of()));
    }

    @TopicWorker(JOB_AUTO_ASSIGN)
    public Map<String, Object> autoAssign() {
        return done(outputs("providerId", null, "assignedBy", "AUTO"));
    }

    @TopicWorker(JOB_RECORD_NO_SHOW)
    public Map<String, Object> recordNoShow() {
        return done(outputs("checkedIn", false));
    }

    @TopicWorker(JOB_REPLACE_PROVIDER)
    public Map<String, Object> replaceProvider() {
        return done(outputs("replacementFound", false));
    }

    @TopicWorker(JOB_RESERVE_SLOT)
    public Map<String, Object> reserveSlot() {
        return done(Map.of());
    }

    @TopicWorker(JOB_RELEASE_SLOT)
    public Map<String, Object> releaseSlot() {
        return done(Map.of());
    }

    @TopicWorker(JOB_REFUND_PAYMENT)
    public Map<String, Object> refundPayment() {
        return done(Map.of());
    }

    @TopicWorker(JOB_CANCEL_ORDER)
    public Map<String, Object> cancelOrder() {
        return done(Map.of());
    }

    @TopicWorker(JOB_START_ORDER)
    public Map<String, Object> startOrder() {
        return done(Map.of());
    }

    @TopicWorker(JOB_COMPLETE_ORDER)
    public Map<String, Object> completeOrder() {
        return done(Map.of());
    }

    @TopicWorker(JOB_REFUND_ORDER)
    public Map<String, Object> refundOrder() {
        return done(Map.of());
    }

    @TopicWorker(JOB_WITHDRAW_OFFER)
    public Map<String, Object> withdrawOffer() {
        return done(Map.of());
    }

    @TopicWorker(JOB_NOTIFY_CUSTOMER)
    public Map<String, Object> notifyCustomer() {
        return done(Map.of());
    }

    @TopicWorker(JOB_ALERT_OPERATIONS)
    public Map<String, Object> alertOperations() {
        return done(Map.of());
    }

    private Map<String, Object> done(Map<String, Object> outputs) {
        handled.incrementAndGet();
        return outputs;
    }

    /** Name, value, name, value… — values may be null (a variable the model reads must exist, even empty). */
    private static Map<String, Object> outputs(Object... namesAndValues) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** Stops fetching; a batch already fetched is still worked, so no task stays locked by a closed worker. */
    @Override
    public void close() {
        subscriptions.destroy();
        beans.close();
    }
}
