package com.ledgerport.domain.audit;

public enum ActorKind {
    OPERATOR,
    MEMBER,
    API_KEY,
    ACCESS_TOKEN,
    CUSTOMER,
    ANONYMOUS,
    SYSTEM,
    /** A partner authenticated by a seed 003 signed uuid; the id is the RSA key that verified it. */
    RSA_KEY
}
