package com.ledgerport.domain.audit;

public enum ActorKind {
    OPERATOR,
    MEMBER,
    API_KEY,
    ACCESS_TOKEN,
    CUSTOMER,
    ANONYMOUS,
    SYSTEM
}
