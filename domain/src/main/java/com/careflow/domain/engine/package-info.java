/**
 * The engine's records as the platform reads them: process instances, element instances, incidents and user tasks,
 * written into MongoDB by the Zeebe exporter (module {@code exporter}, class {@code MongoExporter}) and only read
 * here. Field names are the exporter's document fields; every document carries the log {@code position} of the last
 * record applied to it, which is what makes the exporter's writes idempotent.
 */
package com.careflow.domain.engine;
