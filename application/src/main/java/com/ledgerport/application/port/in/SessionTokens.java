package com.ledgerport.application.port.in;

import java.time.Instant;

/** A fresh pair: the short-lived signed access token and the single-use refresh token. */
public record SessionTokens(String accessToken, Instant accessExpiresAt, String refreshToken,
        Instant refreshExpiresAt) {

    @Override
    public String toString() {
        return "SessionTokens[****]";
    }
}
