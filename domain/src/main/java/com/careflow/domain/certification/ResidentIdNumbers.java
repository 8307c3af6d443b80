package com.careflow.domain.certification;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Mainland resident identity numbers (GB 11643-1999): 17 digits (region, birth date yyyyMMdd, sequence) and a check
 * character computed as ISO 7064 MOD 11-2 ({@code X} stands for 10). Valid means: the format, a real birth date,
 * and the right check character.
 */
public final class ResidentIdNumbers {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentIdNumbers() {
    }

    public static boolean isValid(String idNumber) {
        if (idNumber == null) {
            return false;
        }
        String id = idNumber.strip().toUpperCase();
        return FORMAT.matcher(id).matches() && hasBirthDate(id) && checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Shown masked to reviewers: the first 6 and the last 4 characters. */
    public static String masked(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "****";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    private static boolean hasBirthDate(String id) {
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
