package com.careflow.portal.order;

import java.util.Locale;

import com.careflow.portal.security.PortalUser;

/** Who places an order, with the language their mails are written in ("zh-CN" or "en"). */
record Customer(String id, String name, String email, String locale) {

    static Customer of(PortalUser user, Locale locale) {
        return new Customer(user.id(), user.name(), user.email(), languageTag(locale));
    }

    /** The portal speaks two languages; anything that is not English is Chinese. */
    static String languageTag(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
