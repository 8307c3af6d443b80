package com.careflow.payment.payout;

/**
 * The payout process's variables the payout steps read; finance's decision (the inbox's reviewerId and reviewNote,
 * the note being the reason of a rejection) only after the approval task.
 */
public record PayoutInput(String statementId, String reviewerId, String reviewNote) {
}
