package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.engine.UserTasks.Criteria;
import com.careflow.domain.engine.UserTasks.Sort;
import com.careflow.domain.engine.UserTasks.TaskConflictException;
import com.careflow.domain.engine.UserTasks.TaskGoneException;
import com.careflow.domain.engine.UserTasks.View;

/**
 * The inbox on a real engine: five review tasks (reviewers) and one of another group, with due dates and priorities
 * from the start variables; two of the reviews are done by the time the search tests run.
 */
class UserTasksTest {

    private static final Instant T0 = Instant.parse("2030-03-01T09:00:00Z");
    private static final List<String> REVIEWERS = List.of("reviewer");
    private static TestEngine test;

    @BeforeAll
    static void engine() {
        test = new TestEngine();
        test.deploy(review("content-review", "reviewer"), review("certification", "certifier"));
        // created one minute apart, so the creation order is C1 < C2 < … 
        start("content-review", "C1", T0.plusSeconds(3600), 80);
        start("content-review", "C2", T0.plusSeconds(7200), 50);
        start("content-review", "C3", null, 20);
        start("content-review", "C4", T0.plusSeconds(86_400 * 3), 50);
        start("content-review", "C5", T0.plusSeconds(600), 90);
        start("certification", "A1", T0.plusSeconds(60), 100);
        test.moveTo(T0.plusSeconds(3600));
        test.userTasks.complete(task("C4").id(), "rita", Map.of("reviewApproved", true));
        test.userTasks.claim(task("C2").id(), "rita");
        test.userTasks.claim(task("C1").id(), "otto");
        test.moveTo(T0.plusSeconds(7200));
        test.userTasks.complete(task("C5").id(), "otto", Map.of("reviewApproved", false));
    }

    @AfterAll
    static void close() {
        test.close();
    }

    private static BpmnModelInstance review(String processId, String group) {
        return Bpmn.createExecutableProcess(processId).startEvent().userTask("Review").name("Review")
                .operatonCandidateGroups(group).operatonDueDate("${due}").operatonPriority("${priority}")
                .endEvent().done();
    }

    private static int minute;

    private static void start(String processId, String businessKey, Instant due, int priority) {
        test.moveTo(T0.plusSeconds(60L * minute++));
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("priority", priority));
        variables.put("due", due == null ? null : Date.from(due));
        test.workflows.start(processId, businessKey, variables);
    }

    private static UserTask task(String businessKey) {
        return test.userTasks.findByBusinessKey(businessKey).getFirst();
    }

    private static Criteria criteria(View view, Sort sort, boolean ascending) {
        return new Criteria(view, "rita", REVIEWERS, null, null, null, null, null, sort, ascending, 0, 20);
    }

    private static List<String> keys(Criteria criteria) {
        return test.userTasks.search(criteria).tasks().stream().map(UserTask::businessKey).toList();
    }

    @Test
    void aTaskCarriesItsInstancesBusinessKeyProcessGroupsDatesAndPriority() {
        UserTask task = task("C1");

        assertThat(task.bpmnProcessId()).isEqualTo("content-review");
        assertThat(task.elementId()).isEqualTo("Review");
        assertThat(task.state()).isEqualTo(UserTaskState.CREATED);
        assertThat(task.candidateGroups()).containsExactly("reviewer");
        assertThat(task.dueDate()).isEqualTo(T0.plusSeconds(3600));
        assertThat(task.priority()).isEqualTo(80);
        assertThat(task.createdAt()).isEqualTo(T0);
        assertThat(test.userTasks.findById(task.id())).contains(task);
    }

    @Test
    void aCompletedTaskNamesWhoCompletedIt() {
        UserTask done = test.userTasks.findById(task("C4").id()).orElseThrow();

        assertThat(done.state()).isEqualTo(UserTaskState.COMPLETED);
        assertThat(done.completedBy()).isEqualTo("rita");
        assertThat(done.endedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(done.candidateGroups()).containsExactly("reviewer");
    }

    @Test
    void findOpenListsEveryOpenTaskOldestFirst() {
        assertThat(test.userTasks.findOpen()).extracting(UserTask::businessKey).containsExactly("C1", "C2", "C3",
                "A1");
    }

    @Test
    void theViewsSplitOpenTasksByAssignee() {
        assertThat(keys(criteria(View.OPEN, Sort.CREATED, true))).containsExactly("C1", "C2", "C3");
        assertThat(keys(criteria(View.MINE, Sort.CREATED, true))).containsExactly("C2");
        assertThat(keys(criteria(View.UNASSIGNED, Sort.CREATED, true))).containsExactly("C3");
        assertThat(keys(criteria(View.COMPLETED, Sort.COMPLETED, false))).containsExactly("C5", "C4");
    }

    @Test
    void groupsLimitWhatAUserSeesAndNullMeansEveryGroup() {
        Criteria admin = new Criteria(View.OPEN, "admin", null, null, null, null, null, null, Sort.CREATED, true, 0,
                20);
        Criteria none = new Criteria(View.OPEN, "x", List.of(), null, null, null, null, null, Sort.CREATED, true, 0,
                20);
        Criteria certifier = new Criteria(View.OPEN, "x", List.of("certifier", "other"), null, null, null, null,
                null, Sort.CREATED, true, 0, 20);

        assertThat(keys(admin)).containsExactly("C1", "C2", "C3", "A1");
        assertThat(keys(none)).isEmpty();
        assertThat(keys(certifier)).containsExactly("A1");
    }

    @Test
    void filtersByProcessDueDateAndPriorityWithInclusiveLowerAndExclusiveUpperBounds() {
        Criteria process = new Criteria(View.OPEN, "admin", null, "certification", null, null, null, null,
                Sort.CREATED, true, 0, 20);
        Criteria due = new Criteria(View.OPEN, "admin", null, null, T0.plusSeconds(3600), T0.plusSeconds(7200), null,
                null, Sort.CREATED, true, 0, 20);
        Criteria priority = new Criteria(View.OPEN, "admin", null, null, null, null, 50, 80, Sort.CREATED, true, 0,
                20);
        Criteria completedPriority = new Criteria(View.COMPLETED, "admin", null, null, null, null, 90, null,
                Sort.COMPLETED, true, 0, 20);
        Criteria completedDue = new Criteria(View.COMPLETED, "admin", null, "content-review", T0.plusSeconds(86_400),
                null, null, null, Sort.COMPLETED, true, 0, 20);

        assertThat(keys(process)).containsExactly("A1");
        assertThat(keys(due)).containsExactly("C1");
        assertThat(keys(priority)).containsExactly("C2");
        assertThat(keys(completedPriority)).containsExactly("C5");
        assertThat(keys(completedDue)).containsExactly("C4");
    }

    @Test
    void sortsByDueCreatedOrPriorityBothWays() {
        assertThat(keys(criteria(View.OPEN, Sort.PRIORITY, false))).containsExactly("C1", "C2", "C3");
        assertThat(keys(criteria(View.OPEN, Sort.CREATED, false))).containsExactly("C3", "C2", "C1");
        // where tasks without a due date go is the database's choice (H2 first, PostgreSQL last)
        assertThat(keys(criteria(View.OPEN, Sort.DUE, true))).containsSubsequence("C1", "C2").contains("C3");
        assertThat(keys(criteria(View.COMPLETED, Sort.PRIORITY, true))).containsExactly("C4", "C5");
        assertThat(keys(criteria(View.COMPLETED, Sort.CREATED, false))).containsExactly("C5", "C4");
    }

    @Test
    void pagesCountAllMatches() {
        Criteria second = new Criteria(View.OPEN, "rita", REVIEWERS, null, null, null, null, null, Sort.CREATED,
                true, 1, 2);
        Criteria completedFirst = new Criteria(View.COMPLETED, "rita", REVIEWERS, null, null, null, null, null,
                Sort.COMPLETED, true, 0, 1);

        var page = test.userTasks.search(second);
        var completed = test.userTasks.search(completedFirst);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.tasks()).extracting(UserTask::businessKey).containsExactly("C3");
        assertThat(completed.total()).isEqualTo(2);
        assertThat(completed.tasks()).extracting(UserTask::businessKey).containsExactly("C4");
    }

    @Test
    void aClaimOnSomeoneElsesTaskNamesTheHolder() {
        String id = task("C1").id();

        assertThatThrownBy(() -> test.userTasks.claim(id, "rita"))
                .isInstanceOfSatisfying(TaskConflictException.class, e -> assertThat(e.assignee()).isEqualTo("otto"));
        test.userTasks.claim(id, "otto"); // one's own task: nothing to do
        assertThat(task("C1").assignee()).isEqualTo("otto");
    }

    @Test
    void onlyTheAssigneeCompletes() {
        String id = task("C1").id();

        assertThatThrownBy(() -> test.userTasks.complete(id, "rita", Map.of()))
                .isInstanceOfSatisfying(TaskConflictException.class, e -> assertThat(e.assignee()).isEqualTo("otto"));
        assertThat(task("C1").isOpen()).isTrue();
    }

    @Test
    void commandsOnAFinishedOrUnknownTaskAreGone() {
        String done = task("C4").id();

        assertThatThrownBy(() -> test.userTasks.claim(done, "rita")).isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> test.userTasks.complete(done, "rita", Map.of()))
                .isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> test.userTasks.unclaim("no-such-task")).isInstanceOf(TaskGoneException.class);
        assertThat(test.userTasks.findById("no-such-task")).isEmpty();
    }

    @Test
    void unclaimGivesTheTaskBackAndCompleteClaimsAnUnassignedOne() {
        // another group's process, so the reviewers' lists the other tests look at stay as they are
        test.workflows.start("certification", "C9", Map.of("priority", 10, "due", Date.from(T0)));
        String id = task("C9").id();
        test.userTasks.claim(id, "rita");
        test.userTasks.unclaim(id);
        assertThat(task("C9").assignee()).isNull();

        test.userTasks.complete(id, "otto", Map.of("reviewApproved", true));

        UserTask done = task("C9");
        assertThat(done.state()).isEqualTo(UserTaskState.COMPLETED);
        assertThat(done.completedBy()).isEqualTo("otto");
    }
}
