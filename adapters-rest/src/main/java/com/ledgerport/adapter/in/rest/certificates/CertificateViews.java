package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase.CurrentMember;
import com.ledgerport.application.port.in.SessionTokens;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.partner.Partner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seed 004's JSON shapes (camelCase, ISO 8601 times). */
final class CertificateViews {

    private CertificateViews() {
    }

    static Map<String, Object> tokens(SessionTokens tokens) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accessToken", tokens.accessToken());
        view.put("refreshToken", tokens.refreshToken());
        view.put("accessTokenExpiresAt", Times.iso(tokens.accessExpiresAt()));
        view.put("refreshTokenExpiresAt", Times.iso(tokens.refreshExpiresAt()));
        return view;
    }

    static Map<String, Object> session(Session session, SessionId current) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", session.id().toString());
        view.put("createdAt", Times.iso(session.createdAt()));
        view.put("lastUsedAt", Times.iso(session.lastUsedAt()));
        view.put("expiresAt", Times.iso(session.expiresAt()));
        view.put("revokedAt", session.revokedAt().map(Times::iso).orElse(null));
        view.put("userAgent", session.userAgent());
        view.put("current", session.id().equals(current));
        return view;
    }

    static Map<String, Object> me(CurrentMember current) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", current.member().id().toString());
        view.put("email", current.member().email().value());
        view.put("createdAt", Times.iso(current.member().createdAt()));
        view.put("companies", List.of(company(current.partner())));
        return view;
    }

    private static Map<String, Object> company(Partner partner) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", partner.id().toString());
        view.put("name", partner.name());
        view.put("currency", partner.currency().code());
        view.put("status", partner.status().wireName());
        return view;
    }
}
