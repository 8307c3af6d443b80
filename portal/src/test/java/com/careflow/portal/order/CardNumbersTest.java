package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = { "4111 1111 1111 1111", "5555555555554444", "6222021234567894", "378282246310005",
            "2223003122003222", "3530111333300000", "6011 1111 1111 1117", "411111111117" })
    void acceptsLuhnValidNumbersOf12To19Digits(String typed) {
        assertThat(CardNumbers.isValid(CardNumbers.normalize(typed))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "4111 1111 1111 1112", "41111111111", "41111111111111111111", "4111-1111-1111-1111",
            "abcd efgh ijkl", "" })
    void rejectsWrongChecksumsLengthsAndCharacters(String typed) {
        assertThat(CardNumbers.isValid(CardNumbers.normalize(typed))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "6222021234567894,UNIONPAY", "4111111111111111,VISA", "5555555555554444,MASTERCARD",
            "2223003122003222,MASTERCARD", "378282246310005,AMEX", "3530111333300000,JCB", "6011111111111117,OTHER" })
    void knowsTheBrandAndKeepsOnlyTheLastFour(String digits, String brand) {
        assertThat(CardNumbers.brand(digits)).isEqualTo(brand);
        assertThat(CardNumbers.last4(digits)).isEqualTo(digits.substring(digits.length() - 4));
    }
}
