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

    /** The inverse of {@link #describe()}. */
    public static Actor parse(String described) {
        Require.present(described, "actor");
        int colon = described.indexOf(':');
        String kindName = colon < 0 ? described : described.substring(0, colon);
        ActorKind kind;
        try {
            kind = ActorKind.valueOf(kindName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new com.ledgerport.domain.shared.InvalidValueException("unknown actor kind '" + kindName + "'");
        }
        if (kind == ActorKind.ANONYMOUS) {
            return anonymous();
        }
        return new Actor(kind, colon < 0 ? kindName : described.substring(colon + 1));
    }

    /** The text stored in the audit log, e.g. {@code member:0193…}. */
    public String describe() {
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        return id.isEmpty() || id.equals(kindName) ? kindName : kindName + ":" + id;
    }
}
