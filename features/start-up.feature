# Start-up: the local runtime starts Keycloak and Elasticsearch alongside the application; the portal's start gate
# (portal startup/) keeps every page at "CareFlow is starting" (503) until the actuator's readiness group is UP.
@startup
Feature: Start-up
  The platform opens to visitors only when every part serves, and says clearly what it cannot take.

  Scenario: Once started, every part is up and the portal is open
    Then the platform's health is UP with every part up
    And the portal answers its pages, not the start page
