package com.careflow.payment.payout;

/** The payout process's variables the payout steps read; finance's decision only after the approval task. */
public record PayoutInput(String statementId, String decidedBy, String decisionReason) {
}
