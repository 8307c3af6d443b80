package com.careflow.notify;

import java.util.Locale;

/**
 * Who a notification goes to: the user id its in-app copy is filed under, the name the mail greets, the email
 * address (null: in-app only), the language, and the portal page the mail links to.
 */
record Recipient(String id, String name, String email, Locale locale, String link) {
}
