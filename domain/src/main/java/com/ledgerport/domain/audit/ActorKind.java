package com.ledgerport.domain.audit;

public enum ActorKind {
    OPERATOR,
    MEMBER,
    ANONYMOUS,
    SYSTEM,
    /** A partner authenticated by a seed 003 signed uuid; the id is the RSA key that verified it. */
    RSA_KEY
}
