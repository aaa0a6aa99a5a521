package com.ledgerport.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void well_known_actors_describe_themselves_by_kind() {
        assertEquals("operator", Actor.operator().describe());
        assertEquals("system", Actor.system().describe());
        assertEquals("anonymous", Actor.anonymous().describe());
    }

    @Test
    void an_actor_with_an_id_is_described_as_kind_and_id() {
        assertEquals("member:0193abc", new Actor(ActorKind.MEMBER, "0193abc").describe());
    }

    @Test
    void a_member_principal_acts_as_that_member() {
        MemberId memberId = MemberId.generate();
        MemberPrincipal principal = new MemberPrincipal(memberId, PartnerId.generate(), SessionId.generate());

        Actor actor = principal.actor();

        assertEquals(new Actor(ActorKind.MEMBER, memberId.toString()), actor);
        assertEquals("member:" + memberId, actor.describe());
    }

    @Test
    void the_id_is_bounded_and_kind_and_id_are_required() {
        assertEquals(Actor.ID_LENGTH_MAX, new Actor(ActorKind.SYSTEM, "i".repeat(Actor.ID_LENGTH_MAX)).id().length());
        assertThrows(InvalidValueException.class,
                () -> new Actor(ActorKind.SYSTEM, "i".repeat(Actor.ID_LENGTH_MAX + 1)));
        assertThrows(NullPointerException.class, () -> new Actor(null, "x"));
        assertThrows(NullPointerException.class, () -> new Actor(ActorKind.MEMBER, null));
    }

    @org.junit.jupiter.api.Test
    void parsing_a_description_gives_the_actor_back() {
        for (Actor actor : java.util.List.of(Actor.operator(), Actor.system(), Actor.anonymous(),
                new Actor(ActorKind.MEMBER, "0193a1c2-0000-7000-8000-000000000000"),
                new Actor(ActorKind.API_KEY, "12"), new Actor(ActorKind.ACCESS_TOKEN, "abc"))) {
            org.junit.jupiter.api.Assertions.assertEquals(actor, Actor.parse(actor.describe()));
        }
        org.junit.jupiter.api.Assertions.assertThrows(com.ledgerport.domain.shared.InvalidValueException.class,
                () -> Actor.parse("robot:1"));
    }
}
