package com.careflow.notify;

/**
 * What a notification says beyond the order document: the text of a decline (a cancellation's detail), and for
 * a reminder how many hours before the start it goes.
 */
record MailFacts(String reasonText, Integer hoursBefore) {

    static final MailFacts NONE = new MailFacts(null, null);
}
