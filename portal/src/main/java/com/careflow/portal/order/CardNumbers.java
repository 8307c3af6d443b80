package com.careflow.portal.order;

/** Card number checks the portal can do without a payment provider: shape, Luhn checksum, brand, last four. */
final class CardNumbers {

    private CardNumbers() {
    }

    /** The digits of a number as typed, where customers group digits with spaces. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replace(" ", "");
    }

    /** 12 to 19 digits with a valid Luhn check digit (ISO/IEC 7812). */
    static boolean isValid(String digits) {
        return problem(digits) == null;
    }

    /**
     * What is wrong with a number, as the message key to show: other characters than digits, a wrong length (12 to
     * 19 digits), or a failed Luhn check (a mistyped digit); {@code null} when nothing is.
     */
    static String problem(String digits) {
        if (!digits.matches("\\d+")) {
            return "payment.cardNumber.digits";
        }
        if (digits.length() < 12 || digits.length() > 19) {
            return "payment.cardNumber.length";
        }
        return luhn(digits) ? null : "payment.cardNumber.invalid";
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    static String last4(String digits) {
        return digits.substring(digits.length() - 4);
    }

    /** The card scheme by issuer prefix; UnionPay first, it is what most customers here carry. */
    static String brand(String digits) {
        if (digits.startsWith("62")) {
            return "UNIONPAY";
        }
        if (digits.startsWith("4")) {
            return "VISA";
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MASTERCARD";
        }
        if (two == 34 || two == 37) {
            return "AMEX";
        }
        if (two == 35) {
            return "JCB";
        }
        return "OTHER";
    }
}
