package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written shape checks accept exactly what the regular expressions they replaced accept: texts near a
 * valid key (one character changed, cut or added, from an alphabet that includes every boundary character and
 * some non-ASCII look-alikes) and valid keys themselves.
 */
class ApiKeyMaterialProperties {

    private static final Pattern PUBLIC = Pattern.compile("lpk_[0-9a-f]{24}");
    private static final Pattern SECRET = Pattern.compile("lps_[A-Za-z0-9_-]{43}");
    private static final Pattern SINGLE = Pattern.compile("ak_(test|live)_([0-9a-f]{24})([A-Za-z0-9_-]{43})");
    /** Both ends of every accepted range, their neighbours, separators and non-ASCII digits and letters. */
    private static final String ALPHABET = "09afgAFGZz/:@[`{-_.+= ~\u0660\u0665\uff10\uff41\u00e9";

    @Property(tries = 2000)
    void public_keys_are_recognised_as_the_pattern_does(@ForAll("nearPublicKeys") String text) {
        assertEquals(PUBLIC.matcher(text).matches(), ApiKeyMaterial.isPublicKey(text), text);
    }

    @Property(tries = 2000)
    void secrets_are_recognised_as_the_pattern_does(@ForAll("nearSecrets") String text) {
        assertEquals(SECRET.matcher(text).matches(), ApiKeyMaterial.isSecret(text), text);
    }

    @Property(tries = 2000)
    void single_strings_are_parsed_as_the_pattern_does(@ForAll("nearSingleStrings") String text) {
        Matcher matcher = SINGLE.matcher(text);
        Optional<ApiKeyMaterial> expected = matcher.matches()
                ? Optional.of(new ApiKeyMaterial("lpk_" + matcher.group(2), "lps_" + matcher.group(3),
                        Mode.parse(matcher.group(1))))
                : Optional.empty();
        assertEquals(expected, ApiKeyMaterial.parseSingle(text), text);
    }

    @Provide
    Arbitrary<String> nearPublicKeys() {
        return near(Arbitraries.create(() -> ApiKeyMaterial.generate(Mode.LIVE).publicKey()));
    }

    @Provide
    Arbitrary<String> nearSecrets() {
        return near(Arbitraries.create(() -> ApiKeyMaterial.generate(Mode.LIVE).secret()));
    }

    @Provide
    Arbitrary<String> nearSingleStrings() {
        return near(Arbitraries.of(Mode.values()).map(mode -> ApiKeyMaterial.generate(mode).single()));
    }

    /** A valid text, or one with a character replaced, removed or inserted at any position. */
    private static Arbitrary<String> near(Arbitrary<String> valid) {
        Arbitrary<Character> odd = Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1000);
        return Arbitraries.oneOf(valid,
                valid.flatMap(text -> position.flatMap(at -> odd.map(c -> replace(text, at % text.length(), c)))),
                valid.flatMap(text -> position.map(at -> text.substring(0, at % text.length())
                        + text.substring(at % text.length() + 1))),
                valid.flatMap(text -> position.flatMap(at -> odd.map(c -> text.substring(0, at % (text.length() + 1))
                        + c + text.substring(at % (text.length() + 1))))));
    }

    private static String replace(String text, int at, char c) {
        return text.substring(0, at) + c + text.substring(at + 1);
    }
}
