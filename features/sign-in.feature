# Identity: identity/keycloak-realm.json (realm careflow), the portal's role rules (portal SecurityConfig).
# Runs against the real Keycloak: its own login and registration pages, its tokens and realm roles.
Feature: Signing in and registering
  People sign in once through Keycloak; what they may do in the portal follows their realm roles.
  A member of the public registers as a customer through Keycloak and can order right away.

  Scenario: A new customer registers through Keycloak and can order
    Given a visitor on the portal's home page
    When she registers with Keycloak as "林梅" with a new username and email
    Then she is signed in to the portal
    And she can open the order form for "半日陪诊（北京）"

  Scenario: A provider cannot see the customer's order pages
    Given the demo provider has signed in through Keycloak from the home page
    When she opens her orders page
    Then the portal refuses with "403"
