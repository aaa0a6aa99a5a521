package com.ledgerport.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * RFC 9562 version-7 UUIDs: 48 bits of Unix milliseconds, then random bits.
 *
 * <p>Within one process the values are strictly increasing: when two are made in the same millisecond (or
 * the clock steps back) the previous value is incremented instead, so keyset pagination by id follows
 * creation order on this node.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Random bytes drawn from {@link #RANDOM} sixteen ids' worth at a time (an id takes ten): one call into the
     * generator per sixteen ids instead of two per id. Guarded by the class lock, like the last value.
     */
    private static final byte[] POOL = new byte[160];
    private static int poolUsed = POOL.length;
    private static final long VERSION_BITS = 0x7000L;
    private static final long VARIANT_BITS = 0x8000_0000_0000_0000L;
    private static final long RAND_A_MASK = 0x0FFFL;
    private static final long RAND_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private static final Pattern SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static long lastMsb;
    private static long lastLsb;

    private UuidV7() {
    }

    public static UUID next() {
        return next(System.currentTimeMillis());
    }

    static synchronized UUID next(long epochMillis) {
        long msb;
        long lsb;
        if (epochMillis > (lastMsb >>> 16)) {
            msb = (epochMillis << 16) | VERSION_BITS | (randomBits(2) & RAND_A_MASK);
            lsb = VARIANT_BITS | (randomBits(8) & RAND_B_MASK);
        } else {
            // Same millisecond, or the clock went back: continue from the previous value, keeping order.
            long[] incremented = increment(lastMsb, lastLsb);
            msb = incremented[0];
            lsb = incremented[1];
        }
        lastMsb = msb;
        lastLsb = lsb;
        return new UUID(msb, lsb);
    }

    /** The next {@code bytes} (at most 8) random bytes of the pool, big-endian; called under the class lock. */
    private static long randomBits(int bytes) {
        if (poolUsed + bytes > POOL.length) {
            RANDOM.nextBytes(POOL);
            poolUsed = 0;
        }
        long bits = 0;
        for (int i = 0; i < bytes; i++) {
            bits = (bits << 8) | (POOL[poolUsed++] & 0xFF);
        }
        return bits;
    }

    private static long[] increment(long msb, long lsb) {
        long randB = (lsb & RAND_B_MASK) + 1;
        if (randB <= RAND_B_MASK) {
            return new long[] {msb, VARIANT_BITS | randB};
        }
        // rand_b overflowed: carry into rand_a, and past it into the timestamp.
        long randA = (msb & RAND_A_MASK) + 1;
        long millis = msb >>> 16;
        if (randA > RAND_A_MASK) {
            randA = 0;
            millis++;
        }
        return new long[] {(millis << 16) | VERSION_BITS | randA, VARIANT_BITS};
    }

    /**
     * The smallest version-7 UUID greater than {@code uuid}: the ledger uses it to keep the ids of the transfers
     * that touch one account increasing in the order they were applied, whatever the clocks of several nodes say.
     */
    public static UUID successor(UUID uuid) {
        Require.present(uuid, "uuid");
        long[] incremented = increment(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
        return new UUID(incremented[0], incremented[1]);
    }

    /** The Unix-millisecond timestamp carried by a version-7 UUID. */
    public static long epochMillis(UUID uuid) {
        return uuid.getMostSignificantBits() >>> 16;
    }

    public static UUID parse(String text) {
        Require.present(text, "id");
        Require.that(SHAPE.matcher(text).matches(), "id must be a UUID");
        return UUID.fromString(text);
    }
}
