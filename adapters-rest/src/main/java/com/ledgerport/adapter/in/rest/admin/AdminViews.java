package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The operator API's JSON shapes (snake_case, ISO 8601 times). */
final class AdminViews {

    private AdminViews() {
    }

    static Map<String, Object> partner(Partner partner) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", partner.id().toString());
        view.put("name", partner.name());
        view.put("currency", partner.currency().code());
        view.put("status", partner.status().wireName());
        view.put("created_at", Times.iso(partner.createdAt()));
        return view;
    }

    static Map<String, Object> member(Member member) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", member.id().toString());
        view.put("partner_id", member.partnerId().toString());
        view.put("email", member.email().value());
        view.put("created_at", Times.iso(member.createdAt()));
        return view;
    }

    static Map<String, Object> auditRecord(AuditRecord record) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", record.id().toString());
        view.put("at", Times.iso(record.at()));
        view.put("actor", record.actor().describe());
        view.put("partner_id", record.partnerId().map(PartnerId::toString).orElse(null));
        view.put("action", record.action());
        view.put("target", record.target());
        view.put("outcome", record.outcome());
        view.put("request_id", record.requestId());
        return view;
    }

    static <T> Map<String, Object> page(Page<T> page, int perPage, Function<T, Map<String, Object>> view) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", perPage);
        meta.put("next_cursor", Cursors.encode(page.nextAfter()).orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        List<Map<String, Object>> items = page.items().stream().map(view).toList();
        body.put("items", items);
        body.put("meta", meta);
        return body;
    }
}
