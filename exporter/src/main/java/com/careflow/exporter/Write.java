package com.careflow.exporter;

import org.bson.Document;

/**
 * One idempotent change: set {@code fields} on the document {@code id} of {@code collection}, unless a record at or
 * after {@code position} was already applied to it.
 */
record Write(String collection, long id, Document fields, long position) {
}
