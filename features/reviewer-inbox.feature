# The reviewer inbox: the portal's /tasks pages over the user tasks of processes/content-review.bpmn and
# processes/certification.bpmn. Lists, claim, unclaim and complete go to the engine's task service (the domain's
# UserTasks port). Runs against the real app (with its process engine) and MongoDB.
Feature: Reviewer inbox
  Reviewers see the tasks of their groups: their own, the unassigned ones and everything open, and what was completed.
  A task is claimed by one reviewer at a time; only that reviewer can complete it. Overdue tasks stand out, the group
  hears of new tasks and the assignee hears when a task nears its due date.

  Scenario: Two reviewers claim the same task: the first one gets it
    Given a post is waiting for review
    And reviewer 赵敏 has the review open in two tabs
    When reviewer 张伟 claims the post's review
    Then reviewer 赵敏's claim in the first tab is refused with "已被 张伟 认领"
    And reviewer 赵敏's decision in the second tab is refused, naming 张伟
    And reviewer 赵敏 sees the review claimed by 张伟
    When reviewer 张伟 gives the review back
    Then reviewer 赵敏 can claim it

  Scenario: The inbox lists, filters and sorts, and overdue tasks stand out
    Given a certification application is waiting for review
    And a post is waiting for review
    Then reviewer 张伟 finds both among the unassigned tasks
    And filtering by the content review process shows only the post's review
    When 3 days pass
    Then both tasks are shown as overdue

  Scenario: The group hears of a new task and the assignee hears when it is nearly due
    Given a post is waiting for review
    Then reviewer 赵敏 has a notice of the new review task
    When reviewer 张伟 claims the post's review
    And 45 hours pass
    Then reviewer 张伟 has a notice that the review is nearly due

  Scenario: A rejection needs a reason
    Given a post is waiting for review
    When reviewer 张伟 rejects the post's review without giving a reason
    Then the task form shows an error at "reviewReasons"
    And the post is still waiting for review
