package com.careflow.portal.analyst.diagram;

import java.time.Instant;
import java.util.Map;

/**
 * The live and historic overlay of one deployed version: per element id, and the largest entry count (the heat
 * map's scale). {@code coverageRecorded} is false when the build carries no scenario coverage.
 */
record DiagramActivity(String definitionId, Period period, Instant from, Instant to, long maxEntered,
        boolean coverageRecorded, Map<String, ElementView> elements) {
}
