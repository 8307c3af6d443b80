# The analyst workspace, seeing (portal analyst/, analyst/diagram/; engine ports ProcessModels and ProcessActivity;
# frontend/src/analyst-diagram.js over bpmn.io's viewers). Editing, the lint and deploying: analyst-edit.feature.
@analyst
Feature: The analyst workspace shows the deployed processes and decisions, live
  Analysts start on the list of every deployed process and decision with its versions. A version opens as its
  diagram, with the instances waiting at each element now, the instances that passed each element in a chosen
  period, and the open incidents; clicking an element tells its topic, the code module that serves it, the feature
  scenarios that pass it and how long it takes. Each process keeps its version history, with who deployed what and
  when, and two versions can be compared on the diagram. Customers and providers have no business there.

  Scenario: An analyst sees live counts on the order diagram after orders are placed
    Given the demo customer has signed in through Keycloak
    And she orders "半日陪诊（北京）" for contact "王芳" on "13800138000" the day after tomorrow at 13:00
    And she orders "半日陪诊（北京）" for contact "王芳" on "13800138000" the day after tomorrow at 09:00
    When the demo user "analyst" opens the "Service order" process from her workspace
    Then the diagram shows as many instances waiting at "Await payment" as the engine holds, at least 2
    And the diagram shows at least 2 instances that passed "Reserve slot" in the last 24 hours
    When she clicks "Reserve slot" on the diagram
    Then the panel names the topic "slot.reserve" served by "workers/assign"
    And the panel shows an average duration

  Scenario: An analyst reads who deployed each version and compares two versions
    Given a process "Analyst demo" first deployed by "admin" and then by "analyst" with a step renamed, one added and one removed
    When the demo user "analyst" opens the "Analyst demo" process from her workspace
    Then its version history names "analyst" for the newest version and "admin" for the one before
    When she compares the two newest versions
    Then the comparison marks "Check" as changed, "Notify" as added and "Archive" as removed

  Scenario: The commission table opens in the decision viewer
    When the demo user "analyst" opens the "Commission rate" decision from her workspace
    Then the decision table is shown

  Scenario Outline: A <user> gets 403 everywhere under /analyst
    Given the demo user "<user>" has signed in
    Then every page and API of the analyst workspace refuses the "<user>" with 403

    Examples:
      | user     |
      | customer |
      | provider |
