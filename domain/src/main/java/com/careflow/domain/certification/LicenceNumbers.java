package com.careflow.domain.certification;

import java.util.regex.Pattern;

/**
 * Practising licence numbers as CareFlow accepts them: two uppercase letters (the issuing body's code, e.g. ZY, HS)
 * followed by 10 to 16 digits, e.g. {@code ZY2026000123}. Surrounding blanks are ignored; letters are not upper-cased
 * for the applicant (the number must be entered as printed).
 */
public final class LicenceNumbers {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}\\d{10,16}");

    private LicenceNumbers() {
    }

    public static boolean isValid(String licenceNumber) {
        return licenceNumber != null && FORMAT.matcher(licenceNumber.strip()).matches();
    }
}
