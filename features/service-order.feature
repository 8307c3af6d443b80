# Process: processes/service-order.bpmn — workers: workers/payment (payment.charge), portal (order.confirm,
# order.cancel), workers/notify (notify.customer). Runs against the real app, Zeebe broker, Keycloak and MongoDB.
Feature: Service order
  A customer orders a service from the catalog and pays for it.
  A paid order is confirmed and the customer is told; a declined card cancels the order and the customer is told why.

  Background:
    Given the demo customer has signed in through Keycloak

  Scenario: A paid order is confirmed
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138000" the day after tomorrow at 09:30
    Then the order is waiting for payment
    When she pays with card "4242 4242 4242 4242"
    Then the order becomes "CONFIRMED" without reloading the page
    And the order's timeline reads PENDING, PAID, CONFIRMED
    And she receives an email with subject containing "已确认" that names the order
    And the phone on the order page is shown as "138****8000"

  Scenario: A declined card cancels the order
    When she orders "全科医生在线问诊" for contact "王芳" on "13900139000" the day after tomorrow at 14:00
    And she pays with card "4000 0000 0000 0002"
    Then the order becomes "CANCELLED" without reloading the page
    And the order page gives the reason "发卡行拒绝了这笔交易，请换一张卡或联系发卡行。"
    And the order's timeline reads PENDING, CANCELLED
    And she receives an email with subject containing "已取消" that names the order
    And no payment was charged for the order

  Scenario: A payment whose gateway answer was lost is retried by the engine and charged once
    When she orders "老人居家照护（上海）" for contact "王芳" on "13600136000" the day after tomorrow at 10:00
    And she pays with card "4000 0000 0000 0077" whose bank answer gets lost the first time
    Then the order becomes "CONFIRMED" without reloading the page
    And the card was charged exactly once for the order, after a retry with the same idempotency key

  Scenario: An invalid order form is rejected with messages and nothing is saved
    When she submits the order form for "上门护理（北京）" with contact "" and phone "12345"
    Then the form shows an error at "contactName"
    And the form shows an error at "contactPhone"
    And she has no new orders

  Scenario: An order and its process state survive a restart of the platform
    When she orders "营养师在线咨询" for contact "王芳" on "13700137000" the day after tomorrow at 16:00
    And the platform's servers restart
    Then her order is still waiting for payment
    When she pays with card "4242 4242 4242 4242"
    Then the order becomes "CONFIRMED" without reloading the page
    And the order's timeline reads PENDING, PAID, CONFIRMED
