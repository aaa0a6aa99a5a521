package com.ledgerport.adapter.out.jwt;

import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.PartnerId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HS256 JWTs signed with the server's secret (at least 256 bits; from configuration or generated into the
 * data directory on first start). Only HS256 with our issuer is ever accepted, so algorithm-confusion and
 * {@code alg: none} tokens are refused before any claim is read.
 */
public final class NimbusBearerTokens implements BearerTokens {

    static final String ISSUER = "ledgerport";
    static final int SECRET_BYTES_MIN = 32;
    private static final String CLAIM_TENANT = "tenant";
    private static final String CLAIM_GRANT = "gid";
    private static final String CLAIM_KIND = "kind";
    private static final String CLAIM_SCOPES = "scopes";
    private static final String CLAIM_MODE = "mode";

    private final MACSigner signer;
    private final MACVerifier verifier;

    public NimbusBearerTokens(byte[] secret) {
        if (secret.length < SECRET_BYTES_MIN) {
            throw new IllegalArgumentException("the JWT secret must be at least " + SECRET_BYTES_MIN + " bytes");
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("the JWT secret is not usable for HS256", tooShort);
        }
    }

    @Override
    public String mint(BearerClaims claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(claims.subject())
                .claim(CLAIM_TENANT, claims.tenant().toString())
                .claim(CLAIM_GRANT, claims.grantId())
                .claim(CLAIM_KIND, claims.kind().name().toLowerCase(Locale.ROOT))
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()));
        if (!claims.scopes().isEmpty()) {
            builder.claim(CLAIM_SCOPES, new ArrayList<>(claims.scopes().flat()));
        }
        claims.mode().ifPresent(mode -> builder.claim(CLAIM_MODE, mode.wireName()));
        JWTClaimsSet set = builder.build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                set);
        try {
            jwt.sign(signer);
        } catch (JOSEException failed) {
            throw new IllegalStateException("signing a JWT failed", failed);
        }
        return jwt.serialize();
    }

    @Override
    public Optional<BearerClaims> read(String token) {
        if (token == null || token.length() > TOKEN_LENGTH_MAX) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(set.getIssuer()) || set.getIssueTime() == null || set.getExpirationTime() == null) {
                return Optional.empty();
            }
            TokenKind kind = TokenKind.valueOf(set.getStringClaim(CLAIM_KIND).toUpperCase(Locale.ROOT));
            List<String> scopes = set.getStringListClaim(CLAIM_SCOPES);
            String mode = set.getStringClaim(CLAIM_MODE);
            return Optional.of(new BearerClaims(kind, set.getSubject(),
                    PartnerId.parse(set.getStringClaim(CLAIM_TENANT)), set.getStringClaim(CLAIM_GRANT),
                    set.getIssueTime().toInstant(), set.getExpirationTime().toInstant(),
                    scopes == null ? Scopes.none() : Scopes.fromFlat(scopes),
                    Optional.ofNullable(mode).map(Mode::parse)));
        } catch (ParseException | JOSEException | RuntimeException malformed) {
            // Any token we cannot fully read is simply not ours.
            return Optional.empty();
        }
    }
}
