package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/** A member authenticated through one of their sessions: a person of the partner, allowed all it may do. */
public record MemberPrincipal(MemberId memberId, PartnerId partnerId, SessionId sessionId) implements Principal {

    public MemberPrincipal {
        Require.present(memberId, "member id");
        Require.present(partnerId, "partner id");
        Require.present(sessionId, "session id");
    }

    @Override
    public Actor actor() {
        return new Actor(ActorKind.MEMBER, memberId.toString());
    }

    @Override
    public boolean allows(Permission permission) {
        return true;
    }
}
