/**
 * AI pre-screen and scoring workers: content policy findings, provider match scores.
 * Its workers arrive with the content review and grab-order issues.
 */
package com.careflow.ai;
