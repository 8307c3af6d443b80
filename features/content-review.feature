# Process: processes/content-review.bpmn — workers: workers/ai (ai.prescreen-content), workers/review
# (content.publish, content.reject, content.reopen), workers/notify (notify.author); the portal's content pages and
# the reviewer inbox (features/reviewer-inbox.feature). Runs against the real app (with its process engine) and MongoDB.
Feature: Content review
  Customers and providers publish articles, posts and answers. An AI pre-screen checks each submission against the
  content policy: a clear pass is published at once, a clear breach is rejected with its reasons, and everything in
  between goes to a reviewer. A rejected author may appeal once, and the appeal goes to a different reviewer.

  Background:
    Given the demo customer has signed in through Keycloak

  Scenario: A harmless post is published without a reviewer
    When she posts "冬季陪老人就医的保暖小贴士" saying "天气转冷，陪老人去医院复诊时要注意保暖，提前准备好病历本、医保卡和常用药，排队时找个避风的位置。"
    Then her post becomes "已发布" without reloading the page
    And the post is shown in the community
    And she is told in the portal that her post was published

  Scenario: A post breaking the policy is rejected with the reasons
    When she posts "降糖特效药" saying "这款特效药包治百病，可以根治糖尿病，停掉医院开的药也没关系，想买请加我电话 13812345678。"
    Then her post becomes "未通过" without reloading the page
    And her post shows the reasons "医疗功效宣称" and "个人信息"
    And the post is not shown in the community

  Scenario: A borderline post goes to a reviewer, who publishes it
    When she posts "术后康复经验" saying "我父亲做完膝关节手术后，每天坚持康复训练，三个月基本恢复走路。有问题可以发邮件到 li.family@example.com 交流。"
    Then her post becomes "审核中" without reloading the page
    And the post waits in the reviewers' inbox with its pre-screen findings
    When reviewer 张伟 claims the post's review and publishes it
    Then her post becomes "已发布" without reloading the page
    And the post is shown in the community

  Scenario: An appeal goes to a different reviewer
    Given her borderline post was rejected by reviewer 张伟 as "内容质量不足"
    When she appeals with "内容是真实的康复经历，邮箱是为了方便病友交流，我可以删除。"
    Then her post becomes "审核中" without reloading the page
    And reviewer 张伟 may not decide the appeal
    When reviewer 赵敏 claims the appeal and publishes the post
    Then her post becomes "已发布" without reloading the page
    And the post's history shows both decisions
