package com.ledgerport.application.service;

import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

public final class OpenAccountService implements OpenAccountUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountOpener opener;

    public OpenAccountService(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts, AuditLog auditLog,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.auditLog = auditLog;
        this.clock = clock;
        this.opener = new AccountOpener(unitOfWork, accounts, auditLog, clock);
    }

    @Override
    public AccountOpening open(OpenAccountCommand command) {
        return unitOfWork.write(() -> {
            Optional<Reason> refusal = refusal(command);
            if (refusal.isPresent()) {
                auditLog.append(AuditRecord.of(command.context(), clock.instant(), command.owner().partnerId(),
                        AccountOpener.ACTION, command.kind().wireName() + ":" + command.currency(),
                        AuditRecord.rejected(refusal.get().name().toLowerCase(Locale.ROOT))));
                return new Rejected(refusal.get());
            }
            return opener.open(command.owner(), command.kind(), command.currency(), command.context());
        });
    }

    private Optional<Reason> refusal(OpenAccountCommand command) {
        if (command.kind().ownerType() != command.owner().type()) {
            return Optional.of(Reason.KIND_NOT_FOR_OWNER);
        }
        Optional<PartnerId> partnerId = command.owner().partnerId();
        if (partnerId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Partner> partner = partners.find(partnerId.get());
        if (partner.isEmpty()) {
            return Optional.of(Reason.PARTNER_NOT_FOUND);
        }
        if (!partner.get().currency().equals(command.currency())) {
            return Optional.of(Reason.CURRENCY_NOT_PARTNERS);
        }
        return Optional.empty();
    }
}
