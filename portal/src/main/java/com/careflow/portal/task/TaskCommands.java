package com.careflow.portal.task;

import com.careflow.domain.process.ReviewDecision;

/**
 * What the inbox asks of the engine about a user task: the seam between the web and Zeebe's REST user-task API.
 * Every command is refused by the engine with {@link TaskCommandRejectedException} when the task's state does not
 * allow it (claimed by someone else, already completed, gone); anything else (engine unreachable) is a plain
 * runtime exception.
 */
interface TaskCommands {

    /** Assigns the task to the user unless someone else has it (the engine's claim: no override). */
    void claim(long taskKey, String userId);

    /** Takes the assignee off the task. */
    void unclaim(long taskKey);

    /** Completes the task with the decision as its variables. */
    void complete(long taskKey, ReviewDecision decision);
}
