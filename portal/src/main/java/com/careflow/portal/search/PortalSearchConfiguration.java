package com.careflow.portal.search;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import com.careflow.search.SearchConfiguration;

/**
 * Brings the search module (queries, the outbox indexer, the reindex) into the portal. Found by the portal's
 * component scan, so the standalone portal and the all-in-one app (which imports PortalApplication) both get it.
 * Not an import on PortalApplication itself: the web slices (@WebMvcTest) process that class's imports but skip
 * scanned configuration classes, so they run with stand-ins for Search and Reindexing instead of needing an
 * Elasticsearch client.
 */
@Configuration(proxyBeanMethods = false)
@Import(SearchConfiguration.class)
public class PortalSearchConfiguration {
}
