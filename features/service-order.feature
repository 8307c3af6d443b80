# Process: processes/service-order.bpmn — workers: workers/assign (slot.reserve, slot.release, assignment.withdraw,
# assignment.replace), workers/payment (payment.charge, payment.refund), portal (order.confirm, order.cancel,
# order.start, order.complete, order.refund), workers/notify (notify.customer). Calls grab-order.bpmn
# (features/grab-order.feature) and appointment.bpmn (features/appointment.feature).
# Runs against the real app (with its process engine), Keycloak and MongoDB; time moves on the engine's clock.
Feature: Service order
  A customer books a slot of a service and pays for it. A paid order is offered to providers; when one takes it the
  order is confirmed. The provider checks in, delivers and completes the service. Until the provider starts, the
  customer may cancel and gets the full amount back. An unpaid order lapses 30 minutes after it was placed; a
  declined card or a payment gateway outage lets her pay again until then (features/payment.feature). Check-in
  opens 30 minutes before the start, and a service cannot be completed before it starts. An approved complaint
  refunds a completed order. Every charge, completion and refund is posted to the ledger once.

  Background:
    Given the demo customer has signed in through Keycloak

  Scenario: A paid order is confirmed once a provider takes it
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138000" the day after tomorrow at 09:00
    Then the order is waiting for payment
    When she pays with card "4242 4242 4242 4242"
    Then the order becomes "PAID" without reloading the page
    When an eligible provider takes the order
    Then the order becomes "CONFIRMED" without reloading the page
    And the order page names the provider
    And the order's timeline reads PENDING, PAID, CONFIRMED, each with who and when
    And she receives an email with subject containing "已确认" that names the order
    And the phone on the order page is shown as "138****8000"

  Scenario: A payment whose gateway answer was lost is retried by the engine and charged once
    When she orders "老人居家照护（上海）" for contact "王芳" on "13600136000" the day after tomorrow at 13:00
    And she pays with card "4000 0000 0000 0077" whose bank answer gets lost the first time
    Then the order becomes "PAID" without reloading the page
    And the card was charged exactly once for the order, after a retry with the same idempotency key

  Scenario: An order nobody pays for is cancelled after 30 minutes
    When she orders "基础体检套餐（北京）" for contact "王芳" on "13500135000" the day after tomorrow at 11:00
    And 31 minutes pass
    Then the order becomes "CANCELLED" without reloading the page
    And the order page gives the reason "30 分钟内未完成支付"
    And the order no longer holds its slot
    And no payment was charged for the order at all

  Scenario: A customer cancels a confirmed order before the service starts and gets all her money back
    When she orders "上门护理（北京）" for contact "王芳" on "13800138001" the day after tomorrow at 15:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    Then the order becomes "CONFIRMED" without reloading the page
    When she cancels the order
    Then the order becomes "CANCELLED" without reloading the page
    And the full amount was refunded once, with the order's refund idempotency key
    And the ledger holds the order's charge and its refund, and the order's clearing is back at zero
    And the order no longer holds its slot
    And the provider is free again at that time
    And the order's timeline reads PENDING, PAID, CONFIRMED, CANCELLED, each with who and when
    And she receives an email with subject containing "已取消" that names the order

  Scenario: An approved complaint refunds a completed order
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138002" the day after tomorrow at 13:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    And the provider checks in and completes the service
    Then the order becomes "COMPLETED" without reloading the page
    When she complains "陪诊师迟到一小时，也没有陪同取药。"
    And operations approves the complaint
    Then the order becomes "REFUNDED" without reloading the page
    And the full amount was refunded once, with the order's refund idempotency key
    And the ledger holds the charge, the completion split at the commission table's default 20 % and the refund carried by the platform
    And the order's timeline reads PENDING, PAID, CONFIRMED, IN_PROGRESS, COMPLETED, REFUNDED, each with who and when

  Scenario: A provider can neither check in long before the start nor complete the service before it starts
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138003" 4 days from now at 09:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    Then the order becomes "CONFIRMED" without reloading the page
    When it is 40 minutes before the appointment
    Then the provider cannot check in yet and is told "服务开始前 30 分钟起可签到"
    When it is 25 minutes before the appointment
    And the provider checks in
    And it is 23 minutes before the appointment
    And the provider marks the service completed
    Then the provider is told "还不能标记完成：预约开始时间之后才可以完成服务。"
    And the order is still "IN_PROGRESS"
    When it is 5 minutes after the appointment's start
    And the provider marks the service completed
    Then the order becomes "COMPLETED" without reloading the page
    And the order's timeline reads PENDING, PAID, CONFIRMED, IN_PROGRESS, COMPLETED, each with who and when

  Scenario: An invalid order form is rejected with messages and nothing is saved
    When she submits the order form for "上门护理（北京）" with contact "" and phone "12345"
    Then the form shows an error at "contactName"
    And the form shows an error at "contactPhone"
    And she has no new orders

  Scenario: An order and its process state survive a restart of the platform
    When she orders "营养师在线咨询" for contact "王芳" on "13700137000" the day after tomorrow at 15:45
    And the platform's servers restart
    Then her order is still waiting for payment
    When she pays with card "4242 4242 4242 4242"
    Then the order becomes "PAID" without reloading the page
    And the order's timeline reads PENDING, PAID
