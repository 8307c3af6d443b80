package com.careflow.domain.assignment;

/** How an offer's winner got it: grabbed it, or chosen by the auto-assignment (also for a no-show replacement). */
public enum AssignedBy {
    GRAB, AUTO
}
