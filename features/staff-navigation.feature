# The portal's header (portal templates/fragments/layout.html, static/css/careflow.css, static/js/nav.js), where each
# role starts (portal home/Landing, the operations overview) and who sees the engine's steps of an order (order/OrderPage).
@nav
Feature: Navigation for every role
  Everyone reaches every page of their role from the header, on a phone (360 px) and on desktops (1280 and 1920 px),
  in Chinese and in English: related pages are grouped in menus, on phones behind a menu button; nothing overlaps or
  is cut off, and the language switch and signing out are always at hand. Staff start on the page of their work
  rather than on the marketing home page. Customers read their order as a business timeline; the engine's steps are
  for operations.

  Scenario Outline: The <user>'s header fits phones and desktops in both languages
    Given the demo user "<user>" has signed in
    When she looks at the header at 360, 1280 and 1920 px wide, in Chinese and in English
    Then every header link of her role can be reached
    And nothing in the header overlaps, is cut off or squeezed
    And the language switch and signing out can be reached

    Examples:
      | user     |
      | customer |
      | provider |
      | reviewer |
      | finance  |
      | analyst  |
      | admin    |

  Scenario Outline: The <user> starts on <landing>
    When the demo user "<user>" signs in from the home page
    Then she lands on <landing>
    And opening the home page brings her to <landing>

    Examples:
      | user     | landing                 |
      | reviewer | the task inbox          |
      | admin    | the operations overview |
      | finance  | the task inbox          |
      | analyst  | the analyst workspace   |
      | customer | the home page           |
      | provider | the home page           |

  Scenario: The operations overview counts what waits, from the engine and the order store
    Given the demo user "admin" has signed in
    When she opens the operations overview
    Then it shows as many open incidents, open tasks, unclaimed tasks and open complaints as the engine and the order store hold
    And each count opens its list

  Scenario: The customer reads her order's timeline; the engine's steps are for operations
    Given the demo customer has signed in through Keycloak
    When she orders "半日陪诊（北京）" for contact "王芳" on "13800138000" the day after tomorrow at 13:00
    Then her order page shows the timeline in words with times and no engine steps
    When operations opens the same order
    Then operations sees the engine's steps of the order beside its timeline
