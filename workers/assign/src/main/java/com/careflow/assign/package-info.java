/**
 * Grab-order assignment workers (processes/grab-order.bpmn): offers, atomic claims, escalation.
 * The module is part of the build layout now; its workers arrive with the marketplace-processes issue.
 */
package com.careflow.assign;
