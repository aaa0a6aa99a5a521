package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AddMemberUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Members;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.PasswordHash;
import com.ledgerport.domain.access.PasswordHasher;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class AddMemberService implements AddMemberUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final Members members;
    private final AuditLog auditLog;
    private final PasswordHasher passwordHasher;
    private final Clock clock;

    public AddMemberService(UnitOfWork unitOfWork, Partners partners, Members members, AuditLog auditLog,
            PasswordHasher passwordHasher, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.members = members;
        this.auditLog = auditLog;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    @Override
    public MemberAddition add(AddMemberCommand command) {
        // Hash outside the transaction: it is deliberately slow and needs no database.
        PasswordHash hash = passwordHasher.hash(command.password());
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            String target = command.email().value();
            if (partners.find(command.partnerId()).isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), "member.add", target,
                        AuditRecord.rejected("partner_not_found")));
                return new Rejected(Reason.PARTNER_NOT_FOUND);
            }
            Member member = new Member(MemberId.generate(), command.partnerId(), command.email(), hash, now);
            if (!members.addIfEmailFree(member)) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()),
                        "member.add", target, AuditRecord.rejected("email_taken")));
                return new Rejected(Reason.EMAIL_TAKEN);
            }
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), "member.add",
                    member.id().toString(), AuditRecord.SUCCEEDED));
            return new Added(member);
        });
    }
}
