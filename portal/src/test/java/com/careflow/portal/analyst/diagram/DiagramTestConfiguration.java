package com.careflow.portal.analyst.diagram;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The diagram page's own components for web slices (they work on the engine ports' stand-ins). */
@TestConfiguration(proxyBeanMethods = false)
@Import(DiagramOverlay.class)
public class DiagramTestConfiguration {
}
