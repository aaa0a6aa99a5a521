package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Seed 003's signed uuid, with a few generated 2048-bit key pairs (making them is the slow part). */
class SignedUuidProperties {

    private static final List<RsaKeyPairs.Generated> PAIRS =
            List.of(RsaKeyPairs.generate(), RsaKeyPairs.generate(), RsaKeyPairs.generate());

    @Property(tries = 100)
    void a_partner_signature_of_its_uuid_verifies_with_its_public_key(@ForAll("pairs") int pair,
            @ForAll("uuids") String uuid) {
        RsaKeyPairs.Generated keys = PAIRS.get(pair);

        assertTrue(SignedUuid.verifies(keys.publicKey(), uuid, SignedUuid.sign(keys.privateKeyPkcs8(), uuid)));
    }

    @Property(tries = 100)
    void another_partners_key_does_not_verify_it(@ForAll("pairs") int signer, @ForAll("pairs") int verifier,
            @ForAll("uuids") String uuid) {
        Assume.that(signer != verifier);
        String signed = SignedUuid.sign(PAIRS.get(signer).privateKeyPkcs8(), uuid);

        assertFalse(SignedUuid.verifies(PAIRS.get(verifier).publicKey(), uuid, signed));
    }

    @Property(tries = 100)
    void the_signature_of_one_uuid_does_not_verify_another(@ForAll("pairs") int pair, @ForAll("uuids") String uuid,
            @ForAll("uuids") String other) {
        Assume.that(!uuid.equals(other));
        RsaKeyPairs.Generated keys = PAIRS.get(pair);

        assertFalse(SignedUuid.verifies(keys.publicKey(), other, SignedUuid.sign(keys.privateKeyPkcs8(), uuid)));
    }

    @Property(tries = 100)
    void flipping_any_bit_of_the_signature_fails(@ForAll("pairs") int pair, @ForAll("uuids") String uuid,
            @ForAll @IntRange(min = 0, max = 255) int position, @ForAll @IntRange(min = 0, max = 7) int bit) {
        RsaKeyPairs.Generated keys = PAIRS.get(pair);
        byte[] signature = Base64.getDecoder().decode(SignedUuid.sign(keys.privateKeyPkcs8(), uuid));
        signature[position] ^= (byte) (1 << bit);

        assertFalse(SignedUuid.verifies(keys.publicKey(), uuid, Base64.getEncoder().encodeToString(signature)));
    }

    @Property
    void arbitrary_text_as_a_signature_never_verifies_and_never_throws(@ForAll("pairs") int pair,
            @ForAll String signed) {
        assertFalse(SignedUuid.verifies(PAIRS.get(pair).publicKey(), "0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7d",
                signed));
    }

    @Provide
    Arbitrary<Integer> pairs() {
        return Arbitraries.integers().between(0, PAIRS.size() - 1);
    }

    @Provide
    Arbitrary<String> uuids() {
        return Arbitraries.longs().tuple2().map(bits -> new UUID(bits.get1(), bits.get2()).toString());
    }
}
