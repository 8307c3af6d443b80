package com.careflow.domain.payout;

/**
 * Where a weekly settlement statement is: created, waiting for finance when its net is above the approval
 * threshold, approved (by finance or automatically below it), rejected (the balance stays payable), paid (the
 * gateway accepted the transfer and the payout is posted), confirmed by the bank, or returned by it (the payout
 * entry is reversed and the balance is payable again).
 */
public enum StatementStatus {
    CREATED, AWAITING_APPROVAL, APPROVED, REJECTED, PAID, CONFIRMED, RETURNED
}
