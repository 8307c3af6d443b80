package com.careflow.app.features;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import com.careflow.app.CareFlowApplication;

import io.cucumber.spring.CucumberContextConfiguration;

/**
 * One real platform for all scenarios: the app with the local runtime, so Zeebe, Keycloak, MongoDB and mail are real
 * servers started on the test ports of application-it.yml.
 */
@CucumberContextConfiguration
@SpringBootTest(classes = CareFlowApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("it")
public class CucumberSpringConfiguration {
}
