package com.careflow.ai.health;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reference an interpreter gets instead of the customer: an HMAC of the customer id under a platform secret,
 * stable per customer (an LLM may compare periods of the same subject) and not reversible without the secret.
 */
final class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(String customerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8));
            return "subject-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
