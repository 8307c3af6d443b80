package com.careflow.portal.order;

/** The chosen slot filled up between showing the form and submitting it; nothing was saved. */
class SlotTakenException extends RuntimeException {

    SlotTakenException(String message) {
        super(message);
    }
}
