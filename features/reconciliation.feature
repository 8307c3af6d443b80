# Process: processes/reconciliation.bpmn (Every night, Reconcile the day, Any mismatch?, Alert operations) — workers:
# workers/payment (reconciliation.run), workers/notify (notify.operations, alert reconciliation-mismatches). Runs
# against the real app, Keycloak and MongoDB; the night passes on the engine's clock and the app's together. What goes
# wrong is written straight into MongoDB, the way a bug or a lost message would leave it.
Feature: Daily reconciliation
  Every night the platform compares the day's orders, the payment gateway's charges and refunds, the ledger and the
  settlement payouts. Finance reads each day's report: a clean day says so, and every mismatch is explained with the
  order or statement and the amounts. When there is a mismatch, operations gets an email.

  Background:
    Given the demo customer has signed in through Keycloak

  Scenario: A day where everything agrees is reported clean, without an alert
    Given it is a quiet day, 3 days ago, at 10:00
    When she orders "全科医生在线问诊" for contact "王芳" on "13900139000" the day after tomorrow at 09:00
    And she pays with card "4242 4242 4242 4242"
    Then the order becomes "PAID" without reloading the page
    When the nightly reconciliation has run
    Then finance sees the day reconciled as clean
    And no reconciliation alert goes to operations for the day

  Scenario Outline: A paid order that does not agree with its charge is found and explained
    When she orders "全科医生在线问诊" for contact "王芳" on "13900139000" the day after tomorrow at <time>
    And she pays with card "4242 4242 4242 4242"
    Then the order becomes "PAID" without reloading the page
    And <what goes wrong>
    When the nightly reconciliation has run
    Then finance sees on the day's report: "<explanation>"
    And operations receives an email about the day's mismatches naming the order

    Examples:
      | time  | what goes wrong                                   | explanation                                                                  |
      | 10:00 | the ledger loses the order's charge entry         | 订单 <order> 已支付（金额 ¥<amount>），但账本中没有它的收款分录。                         |
      | 10:30 | the ledger's charge entry of the order says 1.00 yuan | 订单 <order> 扣款 ¥<amount>，但账本分录 charge:<order>:1 记的是 ¥1.00。               |
      | 11:00 | the order's amount is changed to 999.00 yuan     | 订单 <order> 金额为 ¥999.00，但网关扣款 order-charge:<order>:1 的金额为 ¥<amount>。       |
      | 11:30 | the order disappears                              | 扣款 order-charge:<order>:1（¥<amount>）对应的订单 <order> 不存在。                    |

  Scenario: A refund the gateway made but the ledger never posted is found and explained
    When she orders "上门护理（北京）" for contact "王芳" on "13800138001" the day after tomorrow at 13:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    Then the order becomes "CONFIRMED" without reloading the page
    When she cancels the order
    Then the order becomes "CANCELLED" without reloading the page
    And the ledger loses the order's refund entry
    When the nightly reconciliation has run
    Then finance sees on the day's report: "订单 <order> 已由网关退款 ¥<amount>，但账本中没有退款分录 refund:<order>。"
    And operations receives an email about the day's mismatches naming the order

  Scenario: A paid settlement whose payout never reached the ledger is found and explained
    Given provider "provider-recon-1" was paid a settlement of 500.00 yuan today
    And its payout never reached the ledger
    When the nightly reconciliation has run
    Then finance sees on the day's report: "结算单 <statement> 已付款（净额 ¥500.00），但账本中没有付款分录 payout:<statement>。"
    And operations receives an email about the day's mismatches naming the statement

  Scenario: A payout of another amount than its statement is found and explained
    Given provider "provider-recon-2" was paid a settlement of 500.00 yuan today
    And the ledger posted its payout as 50.00 yuan
    When the nightly reconciliation has run
    Then finance sees on the day's report: "结算单 <statement> 净额为 ¥500.00，但账本付款分录 payout:<statement> 记的是 ¥50.00。"
    And operations receives an email about the day's mismatches naming the statement

  Scenario: A payout without a statement is found and explained
    Given the ledger posts a payout of 70.00 yuan to provider "provider-recon-3" for a statement that does not exist
    When the nightly reconciliation has run
    Then finance sees on the day's report: "账本付款分录 payout:<statement>（¥70.00）对应的结算单 <statement> 不存在。"
    And operations receives an email about the day's mismatches naming the statement
