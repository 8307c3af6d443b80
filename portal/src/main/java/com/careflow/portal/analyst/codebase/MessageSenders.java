package com.careflow.portal.analyst.codebase;

import java.util.Set;

/** The BPMN message names some code path sends (correlates), as read from the code base. */
public interface MessageSenders {

    boolean isSent(String messageName);

    Set<String> all();
}
