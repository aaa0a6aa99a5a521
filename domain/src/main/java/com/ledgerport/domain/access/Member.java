package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Email;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/** A person who signs in for a partner with an email and a password. */
public record Member(MemberId id, PartnerId partnerId, Email email, PasswordHash passwordHash, Instant createdAt) {

    public Member {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.present(email, "email");
        Require.present(passwordHash, "password hash");
        Require.present(createdAt, "created_at");
    }

    @Override
    public String toString() {
        // Never print the hash, even into a log by accident.
        return "Member[" + id + ", partner " + partnerId + ", " + email + "]";
    }
}
