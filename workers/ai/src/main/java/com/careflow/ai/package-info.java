/**
 * AI worker: scores providers for an order nobody grabbed (rating, distance, load, specialty; explainable per
 * factor) and ranks them for the auto-assignment; pre-screens community content against the content policy
 * (banned terms, personal data, medical claims) with a score and the excerpts it matched.
 */
package com.careflow.ai;
