package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class SecretBoxProperties {

    private static final SecretBox BOX = new SecretBox(SecretBox.generateKey());

    @Property
    void any_bytes_come_back_unchanged(@ForAll @Size(max = 512) byte[] plaintext,
            @ForAll @StringLength(min = 1, max = 64) String context) {
        assertArrayEquals(plaintext, BOX.open(BOX.seal(plaintext, context), context));
    }

    @Property
    void flipping_any_bit_of_a_sealed_value_makes_it_unopenable(@ForAll @Size(max = 64) byte[] plaintext,
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 0, max = 7) int bit) {
        String sealed = BOX.seal(plaintext, "ctx");
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] joined = Base64.getUrlDecoder().decode(sealed.substring(prefix.length()));
        joined[position % joined.length] ^= (byte) (1 << bit);
        String damaged = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(joined);

        assertThrows(IllegalStateException.class, () -> BOX.open(damaged, "ctx"));
    }
}
