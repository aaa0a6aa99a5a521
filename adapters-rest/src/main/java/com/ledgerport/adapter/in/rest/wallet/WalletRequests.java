package com.ledgerport.adapter.in.rest.wallet;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.WalletEcho;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Optional;

/** Reading seed 003 request bodies: the seed's {@code missing_fields} and {@code invalid_uuid} codes. */
final class WalletRequests {

    static final String SERVICE_PROVIDER = "service_provider";
    static final String UUID = "uuid";
    static final String SIGNED_UUID = "signed_uuid";
    static final String TIMESTAMP = "timestamp";
    static final String MISSING_FIELDS = "missing_fields";
    static final String INVALID_UUID = "invalid_uuid";
    /** A partner id is a UUID; anything longer is not one. */
    static final int SERVICE_PROVIDER_LENGTH_MAX = 64;

    private WalletRequests() {
    }

    /**
     * Parses the body and remembers its uuid and signed_uuid on the request, so every answer from here on —
     * success or error — echoes them as seed 003 does.
     */
    static JsonBody read(HttpRequest<?> request, byte[] body) {
        JsonBody json = JsonBody.parse(body);
        WalletEcho.remember(request, json.rawText(UUID).orElse(""), json.rawText(SIGNED_UUID).orElse(""));
        return json;
    }

    /** Every absent (or null) field of {@code names} in one 400 {@code missing_fields}, the first as the field. */
    static void requirePresent(JsonBody json, List<String> names) {
        List<String> missing = names.stream().filter(name -> !json.has(name)).toList();
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            throw new ApiException(ErrorCode.BAD_REQUEST, Optional.of(MISSING_FIELDS),
                    (missing.size() == 1 ? "Missing field: " : "Missing fields: ") + list,
                    Optional.of(missing.get(0)));
        }
    }

    static ApiException invalidUuid(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, Optional.of(INVALID_UUID),
                "Field 'uuid' is invalid: " + message, Optional.of(UUID));
    }
}
