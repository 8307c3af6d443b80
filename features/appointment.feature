# Process: processes/appointment.bpmn (called by service-order.bpmn once a provider is assigned) — workers:
# workers/notify (notify.customer: reminders), workers/assign (appointment.no-show, assignment.replace); the portal's
# order page reschedules and the provider's page checks in. Timers run on the engine's clock, which the scenarios move.
Feature: Appointments
  A booking holds a slot of the service; two customers never hold the same slot. The customer is reminded 24 hours
  and 1 hour before. She may move the appointment to another free slot until 2 hours before it starts. A provider who
  has not checked in 15 minutes after the start is replaced by another free provider, who comes about an hour
  later; when nobody
  can come, the customer gets her money back.

  Background:
    Given the demo customer has signed in through Keycloak

  Scenario: Two customers never hold the same slot, even when they book at the same moment
    Given a service with a single provider in its city
    When 20 customers book its first slot the day after tomorrow at the same moment
    Then exactly one of them holds the slot
    And the slot is shown as full on the order form

  Scenario: Reminders go 24 hours and 1 hour before the appointment
    Given she has a confirmed order for "半日陪诊（北京）" the day after tomorrow at 09:00
    When it is 23 hours and 59 minutes before the appointment
    Then she receives an email with subject containing "24 小时后" that names the order
    When it is 59 minutes before the appointment
    Then she receives an email with subject containing "1 小时后" that names the order

  Scenario: She reschedules, and the reminders follow the new time
    Given she has a confirmed order for "上门护理（北京）" the day after tomorrow at 09:00
    When she reschedules the appointment to 3 days from now at 11:00
    Then the order page shows the appointment 3 days from now at 11:00
    And the order's timeline records the reschedule
    And she receives an email with subject containing "改期" that names the order
    When it is 23 hours and 59 minutes before 3 days from now at 11:00
    Then she receives an email with subject containing "24 小时后" that names the order

  Scenario: Rescheduling less than 2 hours before the start is refused
    Given she has a confirmed order for "上门护理（北京）" the day after tomorrow at 13:00
    When it is 1 hour and 50 minutes before the appointment
    Then the order page says the appointment can no longer be moved
    And the appointment is still the day after tomorrow at 13:00

  Scenario: A provider who does not check in is replaced; when nobody else can come she is refunded
    Given she has a confirmed order for "全日陪诊（上海）" the day after tomorrow at 09:00
    When it is 16 minutes after the appointment's start
    Then the order's timeline records that the provider did not come
    And another provider is assigned to come about an hour later and she is told so
    When nobody else is free to come at the new time
    And it is 16 minutes after the new start
    Then the order becomes "CANCELLED" without reloading the page
    And the full amount was refunded once, with the order's refund idempotency key
