package com.ledgerport.domain.shared;

import java.lang.reflect.Field;
import java.util.UUID;

/** Helpers for the UuidV7 tests, which sit in its package to reach {@code next(long)}. */
final class UuidV7Testing {

    static final long VARIANT_BITS = 0x8000_0000_0000_0000L;
    static final long RAND_B_MAX = 0x3FFF_FFFF_FFFF_FFFFL;

    private UuidV7Testing() {
    }

    /** RFC 9562 order: the 128 bits as one unsigned number, i.e. msb then lsb, each unsigned. */
    static int compareUnsigned(UUID a, UUID b) {
        int byMsb = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return byMsb != 0 ? byMsb : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /**
     * Sets the generator's remembered last value, to reach the carry paths that random bits make practically
     * unreachable. It takes the generator's own lock, so no id is being made meanwhile.
     */
    static void setLast(long lastMsb, long lastLsb) {
        synchronized (UuidV7.class) {
            try {
                field("lastMsb").setLong(null, lastMsb);
                field("lastLsb").setLong(null, lastLsb);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("UuidV7 no longer keeps lastMsb/lastLsb; update this helper", e);
            }
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = UuidV7.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
