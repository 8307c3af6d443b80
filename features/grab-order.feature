# Process: processes/grab-order.bpmn (called by service-order.bpmn once the order is paid) — workers: workers/assign
# (assignment.offer, assignment.expire-round, assignment.auto), workers/ai (ai.rank-providers), workers/notify
# (notify.operations); the portal's provider pages grab. Runs against the real app (with its process engine) and
# MongoDB.
Feature: Grab-order assignment
  A paid order is offered to the providers who are certified for its category, active, in its city and free at its
  time. The first provider to grab it gets it, exactly once; everyone else is told it is already taken. When nobody
  grabs within the offer window the offer widens to neighbouring cities and lower levels; when nobody grabs then
  either, operations is alerted and the best-scoring provider is assigned automatically.

  Scenario: A provider sees a new offer appear without reloading and grabs it
    Given the demo provider 李娜 has her open offers in front of her
    When a customer pays for "半日陪诊（北京）" the day after tomorrow at 13:00
    Then the order appears in her offers without reloading the page
    When she grabs the order
    Then she is told she got the order
    And the order is confirmed with 李娜 as its provider, assigned by grab
    And the order is no longer offered to anyone

  Scenario: Many providers grab the same orders at once, and each order gets exactly one of them
    Given 40 certified escorts in 宁波 and 5 paid escort orders in 宁波 at different times
    When every escort grabs every order at the same moment
    Then each order has exactly one provider
    And every other grab of an order was told it is already taken or that the provider is busy then
    And no escort holds two bookings at the same time
    And each order is confirmed with the provider who won it

  Scenario: Nobody grabs: the offer widens, operations is alerted and the best-scoring provider is assigned
    When a customer pays for "半日陪诊（北京）" 3 days from now at 13:00
    Then the order is offered to the 北京 escorts of standard level and above
    When 11 minutes pass
    Then the offer widens to escorts of any level in 北京 and its neighbouring cities
    And operations sees the order among the orders stuck in assignment
    When 11 more minutes pass
    Then operations receives an email that nobody grabbed the order
    And the order is confirmed with the best-scoring provider, assigned automatically
