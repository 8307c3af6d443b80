package com.careflow.domain.engine;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Exported user tasks; inbox queries with filters, sorting and paging use MongoTemplate on the same collection. */
public interface UserTasks extends MongoRepository<UserTask, Long> {

    List<UserTask> findByProcessInstanceKey(long processInstanceKey);

    List<UserTask> findByState(UserTaskState state);
}
