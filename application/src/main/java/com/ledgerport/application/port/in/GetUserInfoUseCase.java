package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/**
 * Seed 003's {@code POST /api/v1/user}: a partner, already authenticated by its signed uuid, reads the public
 * profile of one of its own users by the user_id it gave them.
 */
public interface GetUserInfoUseCase {

    Optional<Customer> get(GetUserInfoQuery query);

    record GetUserInfoQuery(PartnerId partnerId, String userId, CallContext context) {
    }
}
