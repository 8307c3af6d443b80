package com.careflow.domain.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The number formats and file types the automated checks and the upload form rely on. */
class CertificationRulesTest {

    @Test
    void residentIdNumbersNeedTheGb11643CheckCharacterAndARealBirthDate() {
        assertThat(ResidentIdNumbers.isValid("110101199003074514")).isTrue();
        assertThat(ResidentIdNumbers.isValid("11010519491231002X")).as("X is 10").isTrue();
        assertThat(ResidentIdNumbers.isValid("11010519491231002x")).as("lower-case x is read as X").isTrue();
        assertThat(ResidentIdNumbers.isValid(" 110101199003074514 ")).isTrue();
        assertThat(ResidentIdNumbers.isValid("110101199003074511")).as("wrong check digit").isFalse();
        assertThat(ResidentIdNumbers.isValid("110101199002304516")).as("30 February").isFalse();
        assertThat(ResidentIdNumbers.isValid("11010119900307451")).as("17 characters").isFalse();
        assertThat(ResidentIdNumbers.isValid("1101011990030745X4")).isFalse();
        assertThat(ResidentIdNumbers.isValid(null)).isFalse();
        assertThat(ResidentIdNumbers.checkCharacter("11010119900307451")).isEqualTo('4');
        assertThat(ResidentIdNumbers.masked("110101199003074514")).isEqualTo("110101********4514");
    }

    @Test
    void licenceNumbersAreTwoCapitalsAndTenToSixteenDigits() {
        assertThat(LicenceNumbers.isValid("ZY2026000123")).isTrue();
        assertThat(LicenceNumbers.isValid("HS1234567890123456")).isTrue();
        assertThat(LicenceNumbers.isValid("ZY202600012")).as("9 digits").isFalse();
        assertThat(LicenceNumbers.isValid("HS12345678901234567")).as("17 digits").isFalse();
        assertThat(LicenceNumbers.isValid("zy2026000123")).isFalse();
        assertThat(LicenceNumbers.isValid("Z12026000123")).isFalse();
        assertThat(LicenceNumbers.isValid(null)).isFalse();
    }

    @Test
    void documentTypesAreRecognisedByTheirBytesNotTheirName() {
        assertThat(DocumentType.detect(TestDocuments.pdf("licence"))).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(TestDocuments.png())).contains(DocumentType.PNG);
        assertThat(DocumentType.detect(TestDocuments.jpeg())).contains(DocumentType.JPEG);
        assertThat(DocumentType.detect("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentType.detect(new byte[] { '%', 'P' })).as("shorter than the magic").isEmpty();
        assertThat(DocumentType.matches("application/pdf", TestDocuments.pdf("x"))).isTrue();
        assertThat(DocumentType.matches("image/png", TestDocuments.pdf("x"))).as("declared PNG, is a PDF").isFalse();
    }
}
