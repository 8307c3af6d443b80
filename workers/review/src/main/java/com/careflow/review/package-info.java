/**
 * Content review workers (processes/content-review.bpmn): publish, reject, appeal routing.
 * Its workers arrive with the reviewer-inbox and certification issue.
 */
package com.careflow.review;
