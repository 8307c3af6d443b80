Feature: Weekly settlement and payouts
  Every Monday the platform settles the completed orders no statement holds yet into one statement per provider:
  each order's amount, the platform's commission at the rate the commission table gave at completion, and the
  provider's net. A payout at or below the approval threshold is paid automatically; above it finance approves or
  rejects it in the task inbox. Transfers go through the payout gateway once per statement, however often they are
  retried, and every movement is posted to the ledger, which always balances.
  (The test platform's threshold is ¥300, so two escort orders need finance; the demo provider's bank account is a
  test account whose transfers fail once before they go through.)

  Background:
    Given the demo customer has signed in through Keycloak
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138201" the day after tomorrow at 09:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    And the provider checks in and completes the service
    And she orders "半日陪诊（北京）" for contact "王芳" on "13800138202" the day after tomorrow at 13:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    And the provider checks in and completes the service
    Then the order becomes "COMPLETED" without reloading the page

  Scenario: A week of completed orders settles into one statement; a large payout waits for finance and is paid once after a failed transfer
    When the weekly settlement runs
    Then the provider's statement of the week holds the scenario's orders at the commission table's default 20 %
    And the statement waits for finance's approval, and nothing is paid yet
    When finance approves the payout in the task inbox
    Then the first transfer failed, the retry paid the net once and the statement is paid
    And the provider is told the payout was paid and sees the statement as paid on her statements page
    And her payable balance is zero and the ledger balances to zero

  Scenario: A rejected payout stays payable
    When the weekly settlement runs
    Then the statement waits for finance's approval, and nothing is paid yet
    When finance rejects the payout without giving a reason
    Then the task form shows an error at "reviewNote"
    When finance rejects the payout because "收款账户信息待核实"
    Then the statement is rejected with the reason "收款账户信息待核实" and nothing was paid
    And the provider is told the payout was rejected, and the net stays in her payable balance
    And the ledger balances to zero
