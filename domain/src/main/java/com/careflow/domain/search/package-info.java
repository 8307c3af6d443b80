/**
 * The search outbox: which searchable documents changed since the index last saw them. Written here, from domain
 * events, by every JVM; read by the search module's indexer.
 */
package com.careflow.domain.search;
