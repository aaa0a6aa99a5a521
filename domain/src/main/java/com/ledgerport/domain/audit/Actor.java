package com.ledgerport.domain.audit;

import com.ledgerport.domain.shared.Require;

/** Who asked for something: the kind of caller and its id (a member id, a key id, …). */
public record Actor(ActorKind kind, String id) {

    public static final int ID_LENGTH_MAX = 128;

    public Actor {
        Require.present(kind, "actor kind");
        Require.present(id, "actor id");
        Require.that(id.length() <= ID_LENGTH_MAX, "actor id is too long");
    }

    public static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "operator");
    }

    public static Actor system() {
        return new Actor(ActorKind.SYSTEM, "system");
    }

    public static Actor anonymous() {
        return new Actor(ActorKind.ANONYMOUS, "");
    }

    /** The text stored in the audit log, e.g. {@code member:0193…}. */
    public String describe() {
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        return id.isEmpty() || id.equals(kindName) ? kindName : kindName + ":" + id;
    }
}
