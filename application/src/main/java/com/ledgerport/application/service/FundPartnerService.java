package com.ledgerport.application.service;

import com.ledgerport.application.port.in.FundPartnerUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.util.Optional;

public final class FundPartnerService implements FundPartnerUseCase {

    static final String ACTION = "ledger.fund";

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final LedgerAccounts accounts;
    private final AccountOpener opener;
    private final LedgerPostings postings;

    public FundPartnerService(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.accounts = accounts;
        this.opener = new AccountOpener(unitOfWork, accounts, auditLog, clock);
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public TransferResult fund(FundPartnerCommand command) {
        Optional<Partner> partner = unitOfWork.read(() -> partners.find(command.partnerId()));
        String target = command.partnerId().toString();
        if (partner.isEmpty()) {
            // Every partner has a balance account from its registration on: no partner, no account to credit.
            return postings.refuse(TransferRejection.CREDIT_ACCOUNT_NOT_FOUND, ACTION, Optional.empty(), target,
                    command.context());
        }
        if (!partner.get().currency().equals(command.amount().currency())) {
            return postings.refuse(TransferRejection.CURRENCY_MISMATCH, ACTION, Optional.of(command.partnerId()),
                    target, command.context());
        }
        LedgerAccount funding = opener.operatorAccount(AccountKind.FUNDING, command.amount().currency(),
                command.context());
        LedgerAccount balance = unitOfWork.read(() -> accounts.findByOwner(AccountOwner.partner(command.partnerId()),
                AccountKind.PARTNER_BALANCE, command.amount().currency())).orElseThrow(
                        () -> new IllegalStateException("partner " + command.partnerId() + " has no balance account"));
        TransferRequest request = new TransferRequest.Single(
                IdempotencyKey.forFunding(command.partnerId(), command.reference()), funding.id(), balance.id(),
                command.amount(), TransferCode.FUNDING, command.reference());
        return postings.apply(request, ACTION, command.context());
    }
}
