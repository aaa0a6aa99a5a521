package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Seed 002's signature recipe: only the exact secret, timestamp and body bytes verify. */
class RequestSignatureProperties {

    @Property
    void the_same_inputs_always_verify(@ForAll("secrets") byte[] key, @ForAll("timestamps") String timestamp,
            @ForAll @Size(max = 300) byte[] body) {
        String signature = RequestSignature.sign(key, timestamp, body);

        assertEquals(signature, RequestSignature.sign(key, timestamp, body.clone()));
        assertTrue(RequestSignature.matches(key, timestamp, body, signature));
    }

    @Property
    void changing_any_bit_of_the_body_fails(@ForAll("secrets") byte[] key, @ForAll("timestamps") String timestamp,
            @ForAll @Size(min = 1, max = 300) byte[] body, @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll @IntRange(min = 0, max = 7) int bit) {
        String signature = RequestSignature.sign(key, timestamp, body);
        byte[] changed = body.clone();
        changed[position % changed.length] ^= (byte) (1 << bit);

        assertFalse(RequestSignature.matches(key, timestamp, changed, signature));
    }

    @Property
    void adding_or_removing_body_bytes_fails(@ForAll("secrets") byte[] key, @ForAll("timestamps") String timestamp,
            @ForAll @Size(max = 300) byte[] body, @ForAll byte extra) {
        String signature = RequestSignature.sign(key, timestamp, body);
        byte[] longer = Arrays.copyOf(body, body.length + 1);
        longer[body.length] = extra;

        assertFalse(RequestSignature.matches(key, timestamp, longer, signature));
        if (body.length > 0) {
            assertFalse(RequestSignature.matches(key, timestamp, Arrays.copyOf(body, body.length - 1), signature));
        }
    }

    @Property
    void another_timestamp_fails(@ForAll("secrets") byte[] key, @ForAll("timestamps") String timestamp,
            @ForAll("timestamps") String other, @ForAll @Size(max = 100) byte[] body) {
        Assume.that(!timestamp.equals(other));
        String signature = RequestSignature.sign(key, timestamp, body);

        assertFalse(RequestSignature.matches(key, other, body, signature));
    }

    @Property
    void another_secret_fails(@ForAll("secrets") byte[] key, @ForAll("secrets") byte[] other,
            @ForAll("timestamps") String timestamp, @ForAll @Size(max = 100) byte[] body) {
        Assume.that(!Arrays.equals(key, other));
        String signature = RequestSignature.sign(key, timestamp, body);

        assertFalse(RequestSignature.matches(other, timestamp, body, signature));
    }

    @Property
    void moving_the_dot_between_timestamp_and_body_fails(@ForAll("secrets") byte[] key,
            @ForAll @LongRange(min = 10, max = 99_999_999_999L) long seconds, @ForAll @Size(max = 100) byte[] body) {
        String timestamp = Long.toString(seconds);
        String signature = RequestSignature.sign(key, timestamp, body);
        // "1234" + "." + body versus "123" + "." + "4" + body: equal text once joined without the separator.
        String shorter = timestamp.substring(0, timestamp.length() - 1);
        byte[] shifted = new byte[body.length + 1];
        shifted[0] = (byte) timestamp.charAt(timestamp.length() - 1);
        System.arraycopy(body, 0, shifted, 1, body.length);

        assertFalse(RequestSignature.matches(key, shorter, shifted, signature));
    }

    @Property
    void any_other_signature_fails(@ForAll("secrets") byte[] key, @ForAll("timestamps") String timestamp,
            @ForAll @Size(max = 100) byte[] body, @ForAll @IntRange(min = 0, max = 63) int position,
            @ForAll @IntRange(min = 1, max = 15) int delta) {
        String signature = RequestSignature.sign(key, timestamp, body);
        int digit = Character.digit(signature.charAt(position), 16);
        char changed = Character.forDigit((digit + delta) % 16, 16);
        String other = signature.substring(0, position) + changed + signature.substring(position + 1);

        assertFalse(RequestSignature.matches(key, timestamp, body, other));
    }

    /** A JSON body re-spaced is another body: each spelling verifies only against its own bytes. */
    @Property
    void whitespace_variants_of_a_json_body_verify_only_against_their_own_bytes(@ForAll("secrets") byte[] key,
            @ForAll("timestamps") String timestamp, @ForAll("jsonBodies") String compact,
            @ForAll("spacings") String space) {
        String spaced = compact.replace(":", ":" + space).replace(",", "," + space);
        Assume.that(!spaced.equals(compact));
        byte[] compactBytes = compact.getBytes(StandardCharsets.UTF_8);
        byte[] spacedBytes = spaced.getBytes(StandardCharsets.UTF_8);
        String compactSignature = RequestSignature.sign(key, timestamp, compactBytes);
        String spacedSignature = RequestSignature.sign(key, timestamp, spacedBytes);

        assertTrue(RequestSignature.matches(key, timestamp, compactBytes, compactSignature));
        assertTrue(RequestSignature.matches(key, timestamp, spacedBytes, spacedSignature));
        assertFalse(RequestSignature.matches(key, timestamp, spacedBytes, compactSignature));
        assertFalse(RequestSignature.matches(key, timestamp, compactBytes, spacedSignature));
    }

    @Provide
    Arbitrary<byte[]> secrets() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(100),
                Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(60)
                        .map(text -> ("lp_ss_" + text).getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> timestamps() {
        return Arbitraries.longs().between(0, 99_999_999_999L).map(String::valueOf);
    }

    @Provide
    Arbitrary<String> jsonBodies() {
        Arbitrary<String> key = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12).map(text -> "\"" + text + "\""));
        Arbitrary<String> member = net.jqwik.api.Combinators.combine(key, value)
                .as((k, v) -> "\"" + k + "\":" + v);
        return member.list().ofMinSize(1).ofMaxSize(5).map(members -> "{" + String.join(",", members) + "}");
    }

    @Provide
    Arbitrary<String> spacings() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r').ofMinLength(1).ofMaxLength(3);
    }
}
