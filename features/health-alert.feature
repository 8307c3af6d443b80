# Crisis readings and AI interpretation (issue 15): processes/health-alert.bpmn (notify worker, the consultants'
# call-back task in the inbox, the portal's health.record-outcome) and processes/health-interpretation.bpmn (the ai
# worker's rule-based interpreter: no LLM endpoint is configured in the tests). The readings are stored and the
# crisis event published by the steps; in the app the health-records form does both. To be merged into
# features/health-records.feature.
Feature: Crisis readings and AI interpretation
  A reading in the crisis band tells the customer at once what to do and puts a call-back in the consultants' inbox,
  due in 30 minutes; nobody claiming it for 30 minutes alerts operations; the outcome goes on the customer's record.
  A customer asks for an interpretation of a period and sees it appear, with the standard "not a diagnosis" note.

  Scenario: A crisis reading starts the call-back, which escalates when nobody claims it
    Given customer 王芳 recorded a blood pressure of 186/124 mmHg
    Then 王芳 has a notice telling her what to do now
    And 王芳 receives an email about the crisis reading
    And the call-back waits in consultant 刘敏's inbox, due 30 minutes after the reading
    When 31 minutes pass
    Then operations are alerted that nobody claimed the call-back
    And the call-back is still open

  Scenario: The consultant records the outcome and the customer sees it
    Given customer 王芳 recorded a blood pressure of 192/126 mmHg
    When consultant 刘敏 records the call-back as "ADVISED_HOSPITAL" with the note "建议立即前往医院急诊"
    Then 王芳 sees the call-back's outcome "已建议立即就医" on her health alerts

  Scenario: An interpretation of 30 days appears with the not-a-diagnosis note
    Given customer 王芳 recorded blood pressure readings every other day for 30 days
    When 王芳 asks for an interpretation of the last 30 days
    Then the interpretation appears with its findings, interpreted by the platform's rules
    And it carries the note "不构成医学诊断"
