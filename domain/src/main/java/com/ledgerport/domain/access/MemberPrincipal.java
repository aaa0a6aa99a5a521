package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/** A member authenticated through one of their sessions. */
public record MemberPrincipal(MemberId memberId, PartnerId partnerId, SessionId sessionId) {

    public MemberPrincipal {
        Require.present(memberId, "member id");
        Require.present(partnerId, "partner id");
        Require.present(sessionId, "session id");
    }

    public Actor actor() {
        return new Actor(ActorKind.MEMBER, memberId.toString());
    }
}
