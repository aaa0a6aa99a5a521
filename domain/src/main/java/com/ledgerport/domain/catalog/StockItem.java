package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One sellable unit uploaded by a supplier: a voucher code, or an eSIM profile (ICCID and activation code).
 * Its content is stored sealed; its {@link #fingerprint()} — a SHA-256 of the identifying part — is stored in
 * the clear so that a code or ICCID uploaded twice is refused without ever decrypting anything.
 */
public sealed interface StockItem {

    int CODE_LENGTH_MAX = 256;
    int ACTIVATION_CODE_LENGTH_MAX = 512;
    Pattern ICCID = Pattern.compile("[0-9]{18,22}");

    /** What identifies the item for duplicate detection. */
    String identity();

    /** The text that is sealed and, once sold, delivered. */
    String content();

    default String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (getClass().getSimpleName() + ":" + identity()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available", missing);
        }
    }

    record VoucherCode(String code) implements StockItem {

        public VoucherCode {
            Require.text(code, "code", CODE_LENGTH_MAX);
            Require.that(code.equals(code.strip()), "a code must not start or end with spaces");
        }

        @Override
        public String identity() {
            return code;
        }

        @Override
        public String content() {
            return code;
        }

        @Override
        public String toString() {
            return "VoucherCode[****]";
        }
    }

    record EsimProfile(String iccid, String activationCode) implements StockItem {

        public EsimProfile {
            Require.present(iccid, "iccid");
            Require.that(ICCID.matcher(iccid).matches(), "iccid must be 18 to 22 digits");
            Require.text(activationCode, "activation_code", ACTIVATION_CODE_LENGTH_MAX);
        }

        @Override
        public String identity() {
            return iccid;
        }

        @Override
        public String content() {
            return iccid + "\n" + activationCode;
        }

        public static EsimProfile fromContent(String content) {
            int newline = content.indexOf('\n');
            if (newline < 0) {
                throw new InvalidValueException("malformed eSIM profile");
            }
            return new EsimProfile(content.substring(0, newline), content.substring(newline + 1));
        }

        @Override
        public String toString() {
            return "EsimProfile[" + iccid + ", ****]";
        }
    }
}
