# Process: processes/service-order.bpmn (Await payment, Charge payment, Payment approved?, Gateway unavailable,
# Payment deadline) — workers: workers/payment (payment.charge), portal (order.payment-failed), workers/notify
# (notify.operations). The simulated gateway decides by card: ...0002 is declined, ...0119 has a processing error on
# every try. Runs against the real app (with its process engine), Keycloak and MongoDB; time moves on the engine's clock.
Feature: Paying for an order
  A payment is never a dead end. A declined card leaves the order waiting for payment: the page says why and offers
  the form again, with the time left until the deadline, 30 minutes after the order was placed (trying again does not
  move it). When the payment gateway does not answer, the charge is retried by itself and the page says so; if it
  stays down through every retry, nothing is charged, operations is told, and she can pay again. One order is never
  charged twice.

  Background:
    Given the demo customer has signed in through Keycloak

  Scenario: After a declined card she pays with another card
    When she orders "全科医生在线问诊" for contact "王芳" on "13900139000" the day after tomorrow at 14:00
    And she pays with card "4000 0000 0000 0002"
    Then the page says without reloading "发卡行拒绝了这笔交易，请换一张卡或联系发卡行。"
    And the order is still waiting for payment, with the payment form and the time left to pay
    When she pays with card "4242 4242 4242 4242"
    Then the order becomes "PAID" without reloading the page
    And the order's timeline reads PENDING, PAID
    And the order was charged once, on the card ending 4242, after one declined attempt

  Scenario: While the payment gateway is down the page says it is retrying, then she pays again
    When she orders "老人居家照护（上海）" for contact "王芳" on "13600136001" the day after tomorrow at 13:00
    And she pays with card "4000 0000 0000 0119" while the payment gateway is down
    Then the page says without reloading "支付服务暂时没有响应，我们正在自动重试"
    And then without reloading "支付服务多次重试后仍不可用，这张卡没有被扣款"
    And the order is still waiting for payment, with the payment form and the time left to pay
    And operations receives an email with subject containing "支付网关不可用" that names the order
    When she pays with card "4242 4242 4242 4242"
    Then the order becomes "PAID" without reloading the page
    And the order was charged once, on the card ending 4242, with nothing charged on the card ending 0119

  Scenario: A declined card does not give her more time to pay
    When she orders "基础体检套餐（北京）" for contact "王芳" on "13500135001" the day after tomorrow at 11:00
    And 20 minutes pass
    And she pays with card "4000 0000 0000 0002"
    Then the page says without reloading "发卡行拒绝了这笔交易，请换一张卡或联系发卡行。"
    When 11 more minutes pass
    Then the order becomes "CANCELLED" without reloading the page
    And the order page gives the reason "30 分钟内未完成支付"
    And the order no longer holds its slot
