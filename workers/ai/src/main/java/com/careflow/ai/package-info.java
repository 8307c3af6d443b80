/**
 * AI worker: scores providers for an order nobody grabbed (rating, distance, load, specialty; explainable per
 * factor) and ranks them for the auto-assignment. Content pre-screening arrives with the content review issue.
 */
package com.careflow.ai;
