# Analyst workspace, edit / check / deploy: the portal's /analyst/drafts pages (portal/…/analyst/edit), the lint
# (portal/…/analyst/lint: bpmnlint on GraalJS and CareFlow's rules over the code base), deployment through the engine
# adapter (ModelDeployments). Processes: processes/grab-order.bpmn, processes/commission.dmn. Runs against the real
# app (with its process engine), Keycloak and MongoDB, in headless Chromium; every model a scenario deploys is put
# back as it was in the repository afterwards (a newer version with the original content).
Feature: Analysts edit, check and deploy process models and decision tables
  An analyst edits a deployed process or decision table as a draft in the browser. Before it can be deployed the
  draft is checked on the server: bpmnlint's recommended rules, every topic served by a worker, every awaited message
  sent by some code, every candidate group a CareFlow role. A draft with an error is refused with the finding on its
  element. A deployment is a new version: new instances use it, running instances keep theirs.

  Scenario: A shorter offer window deployed from the editor applies to new orders, while orders on offer keep theirs
    When a customer pays for "半日陪诊（北京）" 3 days from now at 13:00
    Then the order is offered to the 北京 escorts of standard level and above
    When the analyst opens a draft of the newest "grab-order" process
    And sets the timer of "OfferWindowElapsed" to "PT3M" in the editor and saves the draft
    Then the check of the draft shows no errors
    When the analyst deploys the draft
    Then a new version of "grab-order" is listed, deployed by "analyst"
    And the order's offer still runs on the previous version of "grab-order"
    When a customer pays for "半日陪诊（北京）" 4 days from now at 13:00
    Then the order is offered to the 北京 escorts of standard level and above
    And the order's offer runs on the new version of "grab-order"
    When 4 minutes pass
    Then the offer widens to escorts of any level in 北京 and its neighbouring cities
    And the first order's offer is still in its first round

  Scenario: A draft with a topic no worker serves is refused, with the finding on that element
    When the analyst opens a draft of the newest "grab-order" process
    And sets the topic of "ExpireRound" to "assignment.teleport" in the editor and saves the draft
    Then the check shows an error on "ExpireRound" that no worker serves "assignment.teleport"
    When the analyst tries to deploy the draft
    Then the deployment is refused with the finding on "ExpireRound"
    And no new version of "grab-order" was deployed

  Scenario: The commission table edited and deployed changes the next completed order's commission
    When the analyst opens a draft of the newest "commission" decision table
    And changes the rate "0.20" to "0.22" in the decision table and deploys the draft
    Then a new version of "commission" is listed, deployed by "analyst"
    Given the demo customer has signed in through Keycloak
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138004" 5 days from now at 13:00
    And she pays with card "4242 4242 4242 4242"
    And an eligible provider takes the order
    And the provider checks in and completes the service
    Then the order becomes "COMPLETED" without reloading the page
    And the ledger's completion entry has the rate 0.22 from the new version of "commission"
