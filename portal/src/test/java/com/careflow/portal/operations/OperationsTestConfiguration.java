package com.careflow.portal.operations;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The operations area's services for web slices. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AssignmentWatch.class, ComplaintDesk.class })
public class OperationsTestConfiguration {
}
