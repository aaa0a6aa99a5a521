package com.ledgerport.domain.customer;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/**
 * An end user holding a wallet under a partner (seed 003's "user", 001's storefront customer). The partner
 * names it with its own {@code userId}, unique within that partner; another partner may use the same text
 * for someone else.
 *
 * @param userId   the partner's id for the user, exactly as given (seed 003 shows {@code user_1})
 * @param fullname the user's name as the partner gave it, trimmed
 */
public record Customer(CustomerId id, PartnerId partnerId, String userId, String fullname, CustomerStatus status,
        Instant createdAt) {

    public static final int USER_ID_LENGTH_MAX = 128;
    public static final int FULLNAME_LENGTH_MAX = 200;

    public Customer {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        checkUserId(userId);
        Require.text(fullname, "fullname", FULLNAME_LENGTH_MAX);
        Require.that(fullname.equals(fullname.strip()), "fullname must not start or end with spaces");
        Require.present(status, "status");
        Require.present(createdAt, "created_at");
    }

    public static Customer register(PartnerId partnerId, String userId, String fullname, Instant now) {
        return new Customer(CustomerId.generate(), partnerId, userId, fullname == null ? null : fullname.strip(),
                CustomerStatus.ACTIVE, now);
    }

    /** A user_id as the partner wrote it; answers it unchanged, or refuses it. */
    public static String checkUserId(String userId) {
        Require.text(userId, "user_id", USER_ID_LENGTH_MAX);
        Require.that(userId.equals(userId.strip()), "user_id must not start or end with spaces");
        return userId;
    }
}
