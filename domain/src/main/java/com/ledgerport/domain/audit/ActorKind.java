package com.ledgerport.domain.audit;

public enum ActorKind {
    OPERATOR,
    MEMBER,
    ANONYMOUS,
    SYSTEM
}
