/**
 * Provider certification workers (processes/certification.bpmn): the automated checks of an application, the
 * decision (rejection, or the certificate with the {@code provider} role and the category's group in Keycloak
 * through its admin client), and the certificate's expiry.
 */
package com.careflow.certify;
