/**
 * Crisis readings on the customer's record (issue 15): one {@link com.careflow.domain.health.alert.HealthAlert} per
 * {@link com.careflow.domain.health.CrisisReadingRecorded}, closed with the call-back's outcome by the health-alert
 * process (processes/health-alert.bpmn, ids in {@link com.careflow.domain.process.HealthAlertProcess}).
 */
package com.careflow.domain.health.alert;
