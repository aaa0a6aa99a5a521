package com.ledgerport.application.service;

import com.ledgerport.application.port.in.SetOverdraftLimitUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.Overdraft;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

public final class SetOverdraftLimitService implements SetOverdraftLimitUseCase {

    static final String ACTION = "ledger.overdraft.set";

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final LedgerAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    public SetOverdraftLimitService(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public OverdraftChange set(SetOverdraftLimitCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Partner> partner = partners.find(command.partnerId());
            Optional<Reason> refusal = command.limit().isNegative() ? Optional.of(Reason.LIMIT_MUST_NOT_BE_NEGATIVE)
                    : partner.isEmpty() ? Optional.of(Reason.PARTNER_NOT_FOUND)
                    : !partner.get().currency().equals(command.limit().currency())
                            ? Optional.of(Reason.CURRENCY_NOT_PARTNERS) : Optional.empty();
            if (refusal.isPresent()) {
                auditLog.append(AuditRecord.of(command.context(), now, partner.map(Partner::id), ACTION,
                        command.partnerId().toString(),
                        AuditRecord.rejected(refusal.get().name().toLowerCase(Locale.ROOT))));
                return new Rejected(refusal.get());
            }
            LedgerAccount account = accounts.findByOwner(AccountOwner.partner(command.partnerId()),
                    AccountKind.PARTNER_BALANCE, command.limit().currency()).orElseThrow(
                            () -> new IllegalStateException("partner " + command.partnerId() + " has no balance"));
            if (!accounts.setOverdraft(account.id(), new Overdraft.Limited(command.limit().minor()))) {
                throw new IllegalStateException("partner balance " + account.id() + " is not a bounded account");
            }
            // Read after the change: the row is locked by it now, so the answer is exact.
            LedgerAccount changed = accounts.find(account.id()).orElseThrow();
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), ACTION,
                    account.id().toString(), AuditRecord.SUCCEEDED));
            return new Changed(changed);
        });
    }
}
