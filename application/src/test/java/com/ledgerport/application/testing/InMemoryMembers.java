package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Members;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.shared.Email;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryMembers implements Members {

    private final Map<MemberId, Member> byId = new HashMap<>();
    private final Map<Email, Member> byEmail = new HashMap<>();

    @Override
    public synchronized boolean addIfEmailFree(Member member) {
        if (byEmail.containsKey(member.email())) {
            return false;
        }
        byId.put(member.id(), member);
        byEmail.put(member.email(), member);
        return true;
    }

    @Override
    public synchronized Optional<Member> find(MemberId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Member> findByEmail(Email email) {
        return Optional.ofNullable(byEmail.get(email));
    }
}
