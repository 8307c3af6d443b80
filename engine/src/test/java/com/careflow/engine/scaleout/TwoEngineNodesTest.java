package com.careflow.engine.scaleout;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricJobLog;
import org.operaton.bpm.engine.runtime.ProcessInstance;

import com.careflow.engine.host.DeploymentCache;

/**
 * Scale-out proof: two engine nodes (as two portal replicas would be) share one PostgreSQL database and are hit
 * concurrently. Jobs, external tasks and messages must each take effect exactly once across the nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoEngineNodesTest {

    private static final int INSTANCES = 100;
    private static final String PROCESS = "scale-out";
    private static final String TOPIC = "scaleout.charge";
    private static final String MESSAGE = "scaleout-approved";
    // What the node that did not apply a message answered (all measured; its transaction is rolled back each time):
    // the instance no longer waited when it looked; it lost on the row versions at commit; the other node's commit
    // removed the subscription between finding the execution and reading its subscriptions (ProcessEngineException);
    // or it matched the execution and then found it or its instance deleted by the other node's commit (a
    // NullPointerException inside the engine, seen in AbstractCorrelateMessageCmd and when leaving the catch event).
    // A sender must treat all four as "not applied here".
    private static final String NOT_WAITING = "no longer waiting";
    private static final String CONFLICT = "optimistic locking conflict";
    private static final String SUBSCRIPTION_GONE = "subscription gone meanwhile";
    private static final String ENDED_MEANWHILE = "instance ended meanwhile (engine NPE)";
    /** Each test marks its instances so that it only ever fetches or counts its own. */
    private static final String BATCH = "batch";

    private final CountingStep countingStep = new CountingStep();
    private LocalPostgres database;
    private ProcessEngine node1;
    private ProcessEngine node2;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        long started = System.nanoTime();
        database = LocalPostgres.start();
        long databaseUp = System.nanoTime();
        Map<Object, Object> beans = Map.of("countingStep", countingStep);
        node1 = EngineNode.start("careflow-node-1", database, beans);
        node2 = EngineNode.start("careflow-node-2", database, beans);
        System.out.printf("[scale-out] PostgreSQL up in %.1f s, both engine nodes (schema included) in %.1f s%n",
                (databaseUp - started) / 1e9, (System.nanoTime() - databaseUp) / 1e9);
        // Each node deploys at start-up, as a replica does; duplicate filtering must leave one version.
        for (ProcessEngine node : List.of(node1, node2)) {
            node.getRepositoryService().createDeployment().name(PROCESS).enableDuplicateFiltering(false)
                    .addClasspathResource("scaleout/scale-out.bpmn").deploy();
            DeploymentCache.warm(node); // as the Boot nodes do at start
        }
        assertThat(node2.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count())
                .isOne();
    }

    @AfterAll
    void stopNodesThenDatabase() {
        try {
            closeQuietly(node2);
            closeQuietly(node1);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void timerAndAsyncJobsRunOnceAcrossBothJobExecutors() throws Exception {
        long started = System.nanoTime();
        List<String> instances = startOnBothNodes("jobs", (node, businessKey) -> node.getRuntimeService()
                .startProcessInstanceByKey(PROCESS, businessKey, Map.of(BATCH, "jobs")));

        // Done when every instance passed its timer and its async step and waits at the external task.
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> node1
                .getExternalTaskService().createExternalTaskQuery().topicName(TOPIC)
                .processInstanceIdIn(instances.toArray(String[]::new)).count() == INSTANCES);
        double seconds = (System.nanoTime() - started) / 1e9;

        for (String instance : instances) {
            assertThat(countingStep.runsOf(instance)).as("runs of the async step of %s", instance).isOne();
        }
        List<HistoricJobLog> successes = jobLogOf(instances, true);
        Map<String, Long> runsPerJob = successes.stream().collect(groupingBy(HistoricJobLog::getJobId, counting()));
        assertThat(runsPerJob).as("timer job + async job per instance").hasSize(2 * INSTANCES);
        assertThat(runsPerJob.values()).as("successful runs per job").containsOnly(1L);
        assertThat(jobLogOf(instances, false)).as("failed job runs").isEmpty();

        Map<String, Long> jobsPerNode = successes.stream()
                .collect(groupingBy(HistoricJobLog::getHostname, counting()));
        System.out.printf("[scale-out] jobs: %d instances, %d jobs in %.1f s (timer PT1S included);"
                + " jobs per node %s; async steps per node: node-1 %d, node-2 %d%n", INSTANCES, successes.size(),
                seconds, jobsPerNode, countingStep.runsOn(node1.getName()), countingStep.runsOn(node2.getName()));
        assertThat(jobsPerNode).as("both job executors took part").containsOnlyKeys(node1.getName(), node2.getName());
    }

    @Test
    void twoWorkersOnTwoNodesLockAndCompleteEachExternalTaskOnce() throws Exception {
        List<String> instances = startOnBothNodes("tasks", (node, businessKey) -> node.getRuntimeService()
                .createProcessInstanceByKey(PROCESS).businessKey(businessKey).setVariable(BATCH, "tasks")
                .startBeforeActivity("charge").execute());
        CompetingWorkers workers = new CompetingWorkers(TOPIC, BATCH, "tasks", INSTANCES);

        long started = System.nanoTime();
        List<Integer> perWorker = workers.run(List.of(node1, node2), Duration.ofSeconds(30));
        System.out.printf("[scale-out] external tasks: %d completed in %.1f s; worker on node-1 %d, on node-2 %d;"
                + " fetch conflicts %d%n", workers.completed(), (System.nanoTime() - started) / 1e9,
                perWorker.get(0), perWorker.get(1), workers.fetchConflicts());

        assertThat(workers.lockedTwice()).as("tasks locked by both workers").isEmpty();
        assertThat(workers.workerOfTask()).as("tasks locked").hasSize(INSTANCES);
        assertThat(workers.completed()).as("tasks completed").isEqualTo(INSTANCES);
        assertThat(perWorker).as("tasks done by the workers on node 1 and node 2").allMatch(done -> done > 0);
        assertThat(passesThrough("charge", instances).values()).as("passes through the external task")
                .hasSize(INSTANCES).containsOnly(1L);
    }

    @Test
    void sameMessageThroughBothNodesIsAppliedOnce() throws Exception {
        List<String> instances = startOnBothNodes("messages", (node, businessKey) -> node.getRuntimeService()
                .createProcessInstanceByKey(PROCESS).businessKey(businessKey).setVariable(BATCH, "messages")
                .startBeforeActivity("approved").execute());
        // outcomes.get(i): what the two correlations of instance i's message answered, one per node
        List<List<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            outcomes.add(new CopyOnWriteArrayList<>());
        }

        long started = System.nanoTime();
        CyclicBarrier together = new CyclicBarrier(2); // both nodes send instance i's message at the same moment
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ProcessEngine node : List.of(node1, node2)) {
                done.add(senders.submit(() -> {
                    for (int i = 0; i < INSTANCES; i++) {
                        together.await(10, TimeUnit.SECONDS);
                        outcomes.get(i).add(correlate(node, "messages-" + i));
                    }
                    return null;
                }));
            }
            for (Future<?> sender : done) {
                sender.get(40, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }

        Map<String, Long> answers = outcomes.stream().flatMap(List::stream)
                .collect(groupingBy(answer -> answer, counting()));
        System.out.printf("[scale-out] messages: %d instances x 2 nodes in %.1f s; answers %s%n", INSTANCES,
                (System.nanoTime() - started) / 1e9, answers);
        for (int i = 0; i < INSTANCES; i++) {
            assertThat(outcomes.get(i)).as("answers for instance messages-%d", i).hasSize(2)
                    .containsOnlyOnce("applied").containsAnyOf(NOT_WAITING, CONFLICT, SUBSCRIPTION_GONE, ENDED_MEANWHILE);
        }
        assertThat(passesThrough("approved", instances).values()).as("passes through the message catch event")
                .hasSize(INSTANCES).containsOnly(1L);
        HistoryService history = node2.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(instances))
                .completed().count()).as("completed instances").isEqualTo(INSTANCES);
    }

    private static String correlate(ProcessEngine node, String businessKey) {
        try {
            node.getRuntimeService().createMessageCorrelation(MESSAGE).processInstanceBusinessKey(businessKey)
                    .correlateWithResult();
            return "applied";
        } catch (MismatchingMessageCorrelationException afterTheOther) {
            return NOT_WAITING;
        } catch (OptimisticLockingException atTheSameTime) {
            return CONFLICT;
        } catch (ProcessEngineException e) {
            if (String.valueOf(e.getMessage()).contains("does not have a subscription to a message event")) {
                return SUBSCRIPTION_GONE;
            }
            return "unexpected " + e;
        } catch (NullPointerException e) {
            return ENDED_MEANWHILE;
        } catch (RuntimeException e) {
            return "unexpected " + e; // fails the test below, with the exception in the message
        }
    }

    /** Starts one instance per business key {@code prefix-i}, alternating the node, from several threads. */
    private List<String> startOnBothNodes(String prefix, BiFunction<ProcessEngine, String, ProcessInstance> start)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ProcessInstance>> started = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                ProcessEngine node = i % 2 == 0 ? node1 : node2;
                String businessKey = prefix + "-" + i;
                started.add(clients.submit(() -> start.apply(node, businessKey)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<ProcessInstance> instance : started) {
                ids.add(instance.get(30, TimeUnit.SECONDS).getId());
            }
            return Collections.unmodifiableList(ids);
        } finally {
            clients.shutdownNow();
        }
    }

    private List<HistoricJobLog> jobLogOf(List<String> instances, boolean successes) {
        var query = node1.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(PROCESS);
        Set<String> ours = Set.copyOf(instances);
        return (successes ? query.successLog() : query.failureLog()).list().stream()
                .filter(log -> ours.contains(log.getProcessInstanceId())).toList();
    }

    /** Finished passes through an activity, per process instance. */
    private Map<String, Long> passesThrough(String activityId, List<String> instances) {
        Set<String> ours = Set.copyOf(instances);
        return node1.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).finished()
                .list().stream().map(HistoricActivityInstance::getProcessInstanceId).filter(ours::contains)
                .collect(groupingBy(id -> id, counting()));
    }

    private static void closeQuietly(ProcessEngine node) {
        if (node != null) {
            node.close();
        }
    }
}
