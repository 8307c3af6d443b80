package com.careflow.search;

/** What every indexed document has: its id, also stored as a keyword field for the relevance tie-break sort. */
interface IndexDocument {

    String id();
}
