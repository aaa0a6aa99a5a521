package com.ledgerport.adapter.out.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.ScopeCatalogue;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.PartnerId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NimbusBearerTokensProperties {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final NimbusBearerTokens tokens = new NimbusBearerTokens(SECRET);

    static BearerClaims claims(long issuedAtSeconds) {
        Instant issued = Instant.ofEpochSecond(issuedAtSeconds);
        return BearerClaims.unscoped(TokenKind.SESSION, UUID.randomUUID().toString(),
                new PartnerId(UUID.randomUUID()), UUID.randomUUID().toString(), issued, issued.plusSeconds(900));
    }

    @Provide
    Arbitrary<Scopes> scopes() {
        List<Permission> catalogue = ScopeCatalogue.all().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(action -> new Permission(entry.getKey(), action)))
                .toList();
        return Arbitraries.of(catalogue).list().ofMaxSize(12)
                .map(permissions -> Scopes.of(permissions.toArray(Permission[]::new)));
    }

    @Property
    void carries_kind_scopes_and_mode_exactly(@ForAll("seconds") long issuedAt, @ForAll("scopes") Scopes scopes,
            @ForAll TokenKind kind, @ForAll Optional<Mode> mode) {
        Instant issued = Instant.ofEpochSecond(issuedAt);
        BearerClaims claims = new BearerClaims(kind, "subject-1", new PartnerId(UUID.randomUUID()), "grant-1",
                issued, issued.plusSeconds(3600), scopes, mode);
        assertEquals(Optional.of(claims), tokens.read(tokens.mint(claims)));
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(1_000_000_000L, 4_000_000_000L);
    }

    @Property
    void reads_back_exactly_what_it_minted(@ForAll("seconds") long issuedAt) {
        BearerClaims claims = claims(issuedAt);
        assertEquals(Optional.of(claims), tokens.read(tokens.mint(claims)));
    }

    @Property
    void any_changed_character_makes_a_token_unreadable(@ForAll("seconds") long issuedAt,
            @ForAll @IntRange(min = 0, max = 10_000) int position) {
        String token = tokens.mint(claims(issuedAt));
        int index = position % token.length();
        char original = token.charAt(index);
        char replacement = original == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, index) + replacement + token.substring(index + 1);
        if (index == token.length() - 1 && isBase64Padding(original, replacement)) {
            return; // the last base64url character carries spare bits; both letters may decode alike
        }
        assertEquals(Optional.empty(), tokens.read(tampered));
    }

    private static boolean isBase64Padding(char original, char replacement) {
        return Character.isLetter(original) && Character.isLetter(replacement);
    }
}
