# Start-up: the local runtime starts Keycloak and Elasticsearch alongside the application; the portal's start gate
# (portal startup/) keeps every page at "CareFlow is starting" (503) until the actuator's readiness group is UP.
@startup
Feature: Start-up
  The platform opens to visitors only when every part serves, and says clearly what it cannot take.

  Scenario: Once started, every part is up and the portal is open
    Then the platform's health is UP with every part up
    And the portal answers its pages, not the start page

  Scenario: A query string over 8 KB gets the portal's own answer, in the visitor's language
    When a visitor opens a search address with a 9 KB query string
    Then she gets the portal's error page with status 414 saying "查询参数超过 8 KB"
    When an English-speaking visitor opens a search address with a 9 KB query string
    Then she gets the portal's error page with status 414 saying "its query is over 8 KB"
    When a script calls the search API with a 9 KB query string
    Then it gets a 414 problem document saying "查询参数超过 8 KB"
    When a visitor opens a search address with a 100 KB query string
    Then she gets the portal's page with status 400 saying "请求无效" and "Bad request"
