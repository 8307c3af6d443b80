/**
 * The people directory: users of the portal by their Keycloak id, with name, email, roles and language. The portal
 * writes a person when they sign in; task lists and alerts read it to name assignees and to mail them.
 */
package com.careflow.domain.people;
