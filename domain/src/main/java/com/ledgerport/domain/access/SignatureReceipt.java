package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/**
 * A seed 002 request signature that has been verified but not yet remembered: what the replay guard must record
 * (the partner, the signature in lower-case hex, until when) in the same unit of work that acts on the request,
 * so that the request's effect and the signature's single use commit together.
 */
public record SignatureReceipt(PartnerId partnerId, String signature, Instant forgetAfter) {

    public SignatureReceipt {
        Require.present(partnerId, "partner id");
        Require.present(signature, "signature");
        Require.present(forgetAfter, "forget after");
    }
}
