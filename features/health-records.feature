# Health records (issue 15): domain/health (readings, risk bands, trends, device import, consent), the portal's
# health/ pages and static/js/health-charts.js (Chart.js with chartjs-plugin-annotation from /vendor/chart.js/).
# Runs against the real app, Keycloak and MongoDB in headless Chromium, under the portal's strict
# Content-Security-Policy. The crisis call-back (processes/health-alert.bpmn) has its own scenarios.
Feature: Health records
  A customer keeps her readings, sees each one's risk level with advice, and follows her trends over 7, 30 and 90
  days on charts with the risk bands shaded. Impossible values are refused and change nothing; a device export is
  taken whole or not at all. Nobody else reads her records without a reason she can see: a provider only while an
  order she consented on is active.

  Background:
    Given the demo customer has no health readings

  Scenario: She records a blood pressure reading and sees its risk level
    Given the demo customer has signed in through Keycloak
    When she records a blood pressure of 146/92 mmHg
    Then her health records show the reading in the band "高血压 2 级" with the advice "请尽快（1 个月内）就诊"

  Scenario: She deletes a reading she entered wrongly and her trend no longer counts it
    Given the demo customer's device recorded a systolic pressure rising from 118 to 136 over the last 30 days
    And the demo customer has signed in through Keycloak
    When she records a blood pressure of 162/96 mmHg
    And she deletes that reading from her health records, confirming when asked
    Then her health records say the reading was deleted
    When she opens her health trends of the last 30 days
    Then the blood pressure trend says "上升" over 10 readings

  Scenario: An impossible reading is refused with field errors and nothing is saved
    Given the demo customer has signed in through Keycloak
    When she records a blood pressure of 80/95 mmHg
    Then the reading form says at "systolic" "收缩压必须高于舒张压"
    And she has no health readings

  Scenario: A 30-day trend with its chart and direction
    Given the demo customer's device recorded a systolic pressure rising from 118 to 136 over the last 30 days
    And the demo customer has signed in through Keycloak
    When she opens her health trends of the last 30 days
    Then the blood pressure trend says "上升" over 10 readings
    And its chart is drawn with 10 points and 5 risk bands shaded

  Scenario: Her monthly report downloads as a PDF with the chart
    Given the demo customer's device recorded a systolic pressure rising from 118 to 136 over the last 30 days
    And the demo customer has signed in through Keycloak
    When she downloads this month's report from her health records
    Then the report is a PDF with the blood pressure figures and a chart with its bands shaded

  Scenario: A device export with a bad row is refused whole
    Given the demo customer has signed in through Keycloak
    When she imports a device export whose line 3 has a systolic pressure below the diastolic
    Then the import is refused naming line 3
    And she has no health readings

  Scenario: A provider without an active order with her cannot read her records
    When the demo provider opens the demo customer's health records
    Then he is refused
    And nobody is in her health records' access log
