/**
 * Review worker: acts on the content-review process's decisions (processes/content-review.bpmn): publishes,
 * rejects (with the ai pre-screen's reasons or the reviewer's) and reopens a rejected piece for its one appeal.
 */
package com.careflow.review;
