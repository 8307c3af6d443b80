# Process: processes/certification.bpmn — workers: workers/certify (certify.check, certify.reject, certify.grant,
# certify.expire; Keycloak through its admin client), workers/notify (notify.applicant); the portal's certification
# pages and the reviewer inbox. Runs against the real app (with its process engine), MongoDB and Keycloak.
Feature: Provider certification
  A health worker applies for a category and level with licence, ID and documents. Automated checks look at formats,
  checksums, required documents and duplicates; a reviewer then approves or rejects. Approval gives the provider role
  and the category in Keycloak and a certificate for a year; a renewal reminder goes 30 days before it expires, and an
  expired certificate stops grabbing in its category. A rejected applicant may apply again.

  Scenario: An approved application makes a customer a certified provider, in Keycloak itself
    Given a new customer "陈静" has registered through Keycloak
    When she applies to be certified for "陪诊服务" at standard level in 北京 with her licence and ID card
    Then her application passes the automated checks and waits for a reviewer
    When reviewer 张伟 approves her application
    Then Keycloak gives her the provider role and the group of certified 陪诊服务 providers
    And her certificate for "陪诊服务" is valid for a year
    And she is told in the portal that her application was approved

  Scenario: An application failing the checks is rejected at once; she corrects it and applies again
    Given a new customer "周婷" has registered through Keycloak
    When she applies to be certified for "居家护理" at basic level in 上海 with ID number "110101199003074511"
    Then her application is rejected with the check "身份证号" failed
    When she applies to be certified for "居家护理" at basic level in 上海 with her licence and ID card
    Then her application passes the automated checks and waits for a reviewer

  Scenario: A reviewer rejects with reasons
    Given a new customer "孙悦" has registered through Keycloak
    And she has applied to be certified for "在线问诊" at premium level in 北京
    When reviewer 张伟 rejects her application as "资质与等级不符"
    Then her application shows the reason "资质与等级不符"
    And Keycloak has not given her the provider role

  Scenario: A certificate is reminded before it expires, and expiry stops grabbing in its category
    Given a new customer "吴芳" has registered through Keycloak
    And she has been certified for "陪诊服务" at standard level in 北京
    And another 陪诊服务 provider in 北京 is certified for two more years
    When 336 days pass
    Then she is reminded to renew her certificate for "陪诊服务"
    When 30 more days pass
    Then her certificate for "陪诊服务" has expired
    And Keycloak no longer has her in the group of certified 陪诊服务 providers
    And a new 陪诊服务 order in 北京 is not offered to her
