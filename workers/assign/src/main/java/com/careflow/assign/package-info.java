/**
 * Assignment workers of the service-order, grab-order and appointment processes: slot holds, offers with atomic
 * claims (through {@link com.careflow.domain.assignment.OfferDesk}), widening, auto-assignment, withdrawal and the
 * replacement of a provider who did not show up.
 */
package com.careflow.assign;
