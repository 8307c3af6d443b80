package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The people directory learns who signed in: name, email, roles and language, again when the language changes. */
@PortalWebMvcTest
class SignInDirectoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @BeforeEach
    void clean() {
        people.deleteAll();
    }

    @Test
    void aSignedInUserIsRecordedOncePerSessionAndLanguage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/me").session(session).with(TestUsers.user("zhaomin", "reviewer")));
        assertThat(people.findById("zhaomin")).contains(new Person("zhaomin", "Demo zhaomin",
                "zhaomin@careflow.local", List.of("reviewer"), "zh-CN"));

        people.deleteAll();
        mvc.perform(get("/me").session(session).with(TestUsers.user("zhaomin", "reviewer")));
        assertThat(people.findById("zhaomin")).as("same session, same language: no second write").isEmpty();

        mvc.perform(get("/me?lang=en").session(session).with(TestUsers.user("zhaomin", "reviewer")));
        assertThat(people.findById("zhaomin").orElseThrow().locale()).isEqualTo("en");
    }

    @Test
    void visitorsAreNotRecorded() throws Exception {
        mvc.perform(get("/catalog"));
        assertThat(people.count()).isZero();
    }
}
