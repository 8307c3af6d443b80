# Search: search/ (Elasticsearch indices behind aliases, the outbox indexer, the rebuild), the portal's /search page,
# the search box in the layout and /operations/search. The index is fed by the domain events of the catalog
# (services), workers/certify (providers granted or losing a certificate) and workers/ai + workers/review (content
# published). Runs against the real app (with its process engine), Elasticsearch 8.19, MongoDB and Keycloak.
Feature: Search
  Anyone can search the services, the certified providers and the published community content, in Chinese or
  English; narrow the results by category, city, price, rating and level; and get suggestions while typing. The
  index follows the platform within seconds, never shows what is not published, and can be rebuilt while people
  keep searching.

  Background:
    Given the catalog has these services:
      | id                    | name         | category  | city | price  | description                                            |
      | search-tuina-bj-kids  | 小儿推拿（北京）   | HOME_CARE | 北京   | 168.00 | 上门小儿推拿，缓解积食与睡眠不安，60分钟。                                 |
      | search-tuina-bj-elder | 老人推拿理疗（北京） | HOME_CARE | 北京   | 238.00 | 中医推拿放松肩颈腰背。Traditional Chinese massage at home.        |
      | search-tuina-sh       | 肩颈推拿（上海）   | HOME_CARE | 上海   | 128.00 | 办公族肩颈推拿，45分钟。                                          |
      | search-tuina-course   | 家庭推拿入门课     | COURSE    | 线上   | 99.00  | Video course: massage basics for families, 8 lessons. |
      | search-rehab-bj-knee  | 膝关节康复训练（北京） | HOME_CARE | 北京   | 299.00 | 康复师上门指导训练，含推拿放松。                                       |

  Scenario: A service is found by a Chinese word, with the word highlighted
    When a visitor searches for "推拿"
    Then the results are "小儿推拿（北京）", "老人推拿理疗（北京）", "肩颈推拿（上海）", "家庭推拿入门课" and "膝关节康复训练（北京）"
    And "推拿" is highlighted in every result

  @english
  Scenario: An English-speaking visitor finds the demo services by their English names and descriptions
    When an English-speaking visitor searches for "escort"
    Then the result titles include "Half-day hospital escort (Beijing)" and "Full-day hospital escort (Shanghai)"
    When an English-speaking visitor searches for "home care"
    Then the result titles include "Home care for the elderly (Shanghai)" and "Home nursing (Beijing)"
    When an English-speaking visitor searches for "nursing"
    Then the result titles include "Home nursing (Beijing)"
    When an English-speaking visitor opens the catalog
    Then the catalog shows "Home nursing (Beijing)" described as "A nurse comes to your home to change dressings, give injections and basic care, 2 hours."

  Scenario: Facets count the results, and a price filter narrows them
    When a visitor searches for "推拿"
    Then the "city" facet counts 北京 3, 上海 1 and 线上 1
    And the "price" facet counts 0-100 1, 100-200 2 and 200-300 2
    When she narrows the results to the price range "100-200"
    Then the results are "小儿推拿（北京）" and "肩颈推拿（上海）"
    And the "city" facet counts 北京 1 and 上海 1

  Scenario: Suggestions while typing, and a misspelt English word
    When a visitor types "推拿" into the search box
    Then the suggestions include "小儿推拿（北京）" and "家庭推拿入门课"
    When a visitor searches for "massge"
    Then she is asked whether she meant "massage"
    When she follows the suggestion
    Then the results are "老人推拿理疗（北京）" and "家庭推拿入门课"

  Scenario: A newly approved provider can be found once certified
    Given a new customer "郑洁" has registered through Keycloak
    And she has applied to be certified for "陪诊服务" at standard level in 北京
    Then a provider search for her name finds nothing
    When reviewer 张伟 approves her application
    Then a provider search for her name finds her, certified for "陪诊服务" in 北京

  Scenario: Content is found only once published
    Given the demo customer has signed in through Keycloak
    When she posts "冬季护膝保暖方法" saying "天冷了，老人出门散步前可以先热敷膝盖，再戴上护膝，回家后泡脚二十分钟。"
    Then her post becomes "已发布" without reloading the page
    And her post can be found by its title
    When she posts "降糖特效药" saying "这款特效药包治百病，可以根治糖尿病，停掉医院开的药也没关系，想买请加我电话 13812345678。"
    Then her post becomes "未通过" without reloading the page
    And her post cannot be found, though the index has caught up
    Given a post is waiting for review
    Then her post cannot be found, though the index has caught up

  Scenario: Rebuilding the index keeps the results identical
    Given a visitor has searched for "推拿", for "massage" and for "推拿" priced "100-200"
    When the administrator rebuilds the search index
    Then the operations page shows the rebuild done, with every service indexed into a new index
    And the same searches give identical results
