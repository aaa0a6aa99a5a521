package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.shared.Email;
import java.util.Optional;

public interface Members {

    /** Adds the member unless its email is already taken (by any partner); answers whether it was added. */
    boolean addIfEmailFree(Member member);

    Optional<Member> find(MemberId id);

    Optional<Member> findByEmail(Email email);
}
