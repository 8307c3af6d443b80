package com.careflow.search;

/** Result order. Price sorts apply to services, rating to providers, newest to content; others fall back to relevance. */
public enum SearchSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, RATING_DESC, NEWEST
}
