package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.partner.PartnerId;
import java.util.List;

public interface ListApiKeysUseCase {

    /** Newest first, revoked and expired ones included. */
    List<ApiKey> list(ListApiKeysQuery query);

    record ListApiKeysQuery(PartnerId partnerId) {
    }
}
