/**
 * Provider certification workers (processes/certification.bpmn): document checks, role grants through
 * the Keycloak admin client, expiry. Its workers arrive with the reviewer-inbox and certification issue.
 */
package com.careflow.certify;
