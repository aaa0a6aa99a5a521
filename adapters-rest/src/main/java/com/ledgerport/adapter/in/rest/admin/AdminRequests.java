package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.http.HttpRequest;

/** Small readers shared by the operator controllers. */
final class AdminRequests {

    static final int PER_PAGE_DEFAULT = 50;
    static final int PER_PAGE_MAX = 100;

    private AdminRequests() {
    }

    /** The filter has already authenticated the operator by the time a controller runs. */
    static CallContext operator(HttpRequest<?> request) {
        return RequestIds.context(request, Actor.operator());
    }

    /** A malformed id names no partner, so it is "not found" like an unknown one. */
    static PartnerId partnerId(String raw) {
        try {
            return PartnerId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw partnerNotFound(raw);
        }
    }

    static ApiException partnerNotFound(Object id) {
        return ApiException.notFound("No partner with id '" + id + "'");
    }
}
