package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * The crisis call-back in the inbox: consultants see the reading and whom to call, and record the outcome with the
 * task's own form; a missing outcome is a field error that completes nothing; reviewers never get the task, nor do
 * admins (they read health data only on the customer's record, with a logged reason).
 */
@PortalWebMvcTest
class CallBackTaskTest {

    private static final String TASK = "2251799813777001";

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeUserTasks engine;
    @Autowired
    HealthAlerts alerts;
    @Autowired
    People people;
    @Autowired
    Clock clock;

    @BeforeEach
    void crisis() {
        engine.reset();
        engine.deleteAll();
        alerts.deleteAll();
        alerts.save(HealthAlert.raised("RD-CB", "cust-cb", ReadingType.BLOOD_PRESSURE, "收缩压 186 / 舒张压 124 mmHg",
                clock.instant(), clock.instant()));
        people.save(new Person("cust-cb", "王芳", "wangfang@careflow.local", List.of("customer"), "zh-CN"));
        engine.save(TestTasks.task(TASK, "RD-CB", HealthAlertProcess.PROCESS_ID, HealthAlertProcess.TASK_CALL_BACK,
                List.of(HealthAlertProcess.GROUP), clock.instant(), clock.instant().plus(Duration.ofMinutes(30)), 90));
    }

    @Test
    void aConsultantSeesTheReadingAndRecordsTheOutcome() throws Exception {
        String page = mvc.perform(get("/tasks/" + TASK).with(TestUsers.user("liumin", "consultant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("危急读数回电", "收缩压 186 / 舒张压 124 mmHg", "王芳", "wangfang@careflow.local",
                "id=\"call-back-form\"", "id=\"outcome-ADVISED_HOSPITAL\"").doesNotContain("id=\"decision-form\"");

        mvc.perform(post("/tasks/" + TASK + "/call-back").param("outcome", "ADVISED_HOSPITAL")
                .param("note", " 已建议立即去医院 ").with(csrf()).with(TestUsers.user("liumin", "consultant")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tasks?view=completed"));

        assertThat(engine.commands()).singleElement().satisfies(command -> {
            assertThat(command.name()).isEqualTo("complete");
            assertThat(command.userId()).isEqualTo("liumin");
            assertThat(command.variables()).containsEntry("callBackOutcome", "ADVISED_HOSPITAL")
                    .containsEntry("callBackNote", "已建议立即去医院").containsEntry("consultantId", "liumin");
        });
    }

    @Test
    void noOutcomeIsAFieldErrorAndCompletesNothing() throws Exception {
        String page = mvc.perform(post("/tasks/" + TASK + "/call-back").param("note", "x").with(csrf())
                .with(TestUsers.user("liumin", "consultant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"outcome-error\"", "请选择回电结果。");
        assertThat(engine.commands()).isEmpty();
        assertThat(engine.findById(TASK)).get().extracting(t -> t.isOpen()).isEqualTo(true);
    }

    @Test
    void aReviewerDoesNotGetTheCallBack() throws Exception {
        mvc.perform(get("/tasks/" + TASK).with(TestUsers.user("zhangwei", "reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + TASK + "/call-back").param("outcome", "REACHED").with(csrf())
                .with(TestUsers.user("zhangwei", "reviewer"))).andExpect(status().isNotFound());
        assertThat(engine.commands()).isEmpty();
    }

    @Test
    void anAdminDoesNotGetTheCallBackButKeepsTheOtherTasks() throws Exception {
        engine.save(TestTasks.task("2251799813777002", "CNT-1", "content-review", "ReviewContent",
                List.of("reviewer"), clock.instant(), clock.instant().plus(Duration.ofHours(4)), 50));

        String inbox = mvc.perform(get("/tasks").with(TestUsers.user("admin", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("2251799813777002").doesNotContain(TASK, "收缩压 186");
        mvc.perform(get("/tasks/" + TASK).with(TestUsers.user("admin", "admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + TASK + "/call-back").param("outcome", "REACHED").with(csrf())
                .with(TestUsers.user("admin", "admin"))).andExpect(status().isNotFound());
        assertThat(engine.commands()).isEmpty();
    }
}
