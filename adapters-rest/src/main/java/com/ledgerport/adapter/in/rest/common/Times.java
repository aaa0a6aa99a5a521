package com.ledgerport.adapter.in.rest.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Wire formats for instants: ISO 8601 in UTC with milliseconds (002/003/004), Unix seconds (000). */
public final class Times {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    public static long unixSeconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
