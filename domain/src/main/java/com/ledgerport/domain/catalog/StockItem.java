package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.SecretBox;
import java.util.regex.Pattern;

/**
 * One sellable unit uploaded by a supplier: a voucher code, or an eSIM profile (ICCID and activation code).
 * Its content is stored sealed; its {@link #fingerprint(SecretBox)} — a keyed HMAC of the identifying part, see
 * {@link SecretBox#fingerprint} — is stored beside it so that a code or ICCID uploaded twice is refused (and an
 * ICCID found again) without decrypting anything, while a guessed code cannot be checked against the database.
 */
public sealed interface StockItem {

    int CODE_LENGTH_MAX = 256;
    int ACTIVATION_CODE_LENGTH_MAX = 512;
    Pattern ICCID = Pattern.compile("[0-9]{18,22}");

    /** What identifies the item for duplicate detection. */
    String identity();

    /** The text that is sealed and, once sold, delivered. */
    String content();

    /** What the fingerprint is keyed for: a voucher code and an ICCID with the same digits never collide. */
    String fingerprintPurpose();

    default String fingerprint(SecretBox box) {
        return box.fingerprint(fingerprintPurpose(), identity());
    }

    /** The fingerprint an eSIM profile with this ICCID has, to find it again (seed 002's eSIM lookup). */
    static String esimFingerprint(SecretBox box, String iccid) {
        return box.fingerprint(EsimProfile.PURPOSE, iccid);
    }

    record VoucherCode(String code) implements StockItem {

        public VoucherCode {
            Require.text(code, "code", CODE_LENGTH_MAX);
            Require.that(code.equals(code.strip()), "a code must not start or end with spaces");
        }

        static final String PURPOSE = "voucher_code";

        @Override
        public String identity() {
            return code;
        }

        @Override
        public String fingerprintPurpose() {
            return PURPOSE;
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

        static final String PURPOSE = "esim_iccid";

        @Override
        public String identity() {
            return iccid;
        }

        @Override
        public String fingerprintPurpose() {
            return PURPOSE;
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
