package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Opaque pagination cursors: base64url of {@code v1:<id of the last item>}. Clients must not build them;
 * the version prefix lets the format change without breaking cursors already handed out.
 */
public final class Cursors {

    private static final String VERSION = "v1:";
    private static final int LENGTH_MAX = 128;
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Cursors() {
    }

    public static String encode(UUID after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + after).getBytes(StandardCharsets.US_ASCII));
    }

    public static Optional<String> encode(Optional<UUID> after) {
        return after.map(Cursors::encode);
    }

    /** Reads {@code cursor} and {@code per_page}; either may be absent. */
    public static PageRequest page(String cursor, String perPage, int perPageDefault, int perPageMax) {
        return new PageRequest(decode(cursor), perPage(perPage, perPageDefault, perPageMax));
    }

    static Optional<UUID> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text = cursor.length() > LENGTH_MAX ? ""
                    : new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            text = "";
        }
        if (!text.startsWith(VERSION) || !UUID_SHAPE.matcher(text.substring(VERSION.length())).matches()) {
            throw ApiException.badField("cursor", "Parameter 'cursor' is not a cursor this server issued");
        }
        return Optional.of(UUID.fromString(text.substring(VERSION.length())));
    }

    static int perPage(String perPage, int perPageDefault, int perPageMax) {
        if (perPage == null || perPage.isEmpty()) {
            return perPageDefault;
        }
        int value;
        try {
            value = Integer.parseInt(perPage);
        } catch (NumberFormatException notANumber) {
            throw ApiException.badField("per_page", "Parameter 'per_page' must be an integer");
        }
        if (value < 1 || value > perPageMax) {
            throw ApiException.badField("per_page", "Parameter 'per_page' must be between 1 and " + perPageMax);
        }
        return value;
    }
}
