package dev.weft.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Each token acts as one principal, {@code coreweave/<uid>}, derived from the token so it is stable across restarts. */
final class Principals {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Principals() {
    }

    static String of(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            StringBuilder uid = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                uid.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
            }
            return "coreweave/" + uid;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
