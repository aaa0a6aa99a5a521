package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.ApplyTransferBatchUseCase;
import com.ledgerport.application.port.in.ApplyTransferBatchUseCase.ApplyTransferBatchCommand;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpirePendingTransfersCommand;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpiryRun;
import com.ledgerport.application.port.in.FundPartnerUseCase.FundPartnerCommand;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase.GetPartnerBalanceQuery;
import com.ledgerport.application.port.in.HoldFundsUseCase.HoldFundsCommand;
import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.in.OpenAccountUseCase.OpenAccountCommand;
import com.ledgerport.application.port.in.PostPendingTransferUseCase.PostPendingTransferCommand;
import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.application.port.in.ReverseTransferUseCase.ReverseTransferCommand;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.SetOverdraftLimitCommand;
import com.ledgerport.application.port.in.TransferFundsUseCase.TransferFundsCommand;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase.VoidPendingTransferCommand;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryLedger;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.LedgerServiceSet;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerServicesTest {

    static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-ledger");
    static final Currency EUR = Currency.of("EUR");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemoryLedger ledger = new InMemoryLedger(auditLog);
    final LedgerServiceSet services = new LedgerServiceSet(new InMemoryUnitOfWork(), new InMemoryPartners(), ledger,
            ledger, ledger, ledger, auditLog, clock);

    Partner partner(String name) {
        return services.registerPartner.register(new RegisterPartnerCommand(name, EUR, OPERATOR));
    }

    LedgerAccount balanceOf(Partner partner) {
        return services.partnerBalance.get(new GetPartnerBalanceQuery(partner.id(), OPERATOR)).orElseThrow();
    }

    TransferResult fund(Partner partner, long minor, String reference) {
        return services.fundPartner.fund(new FundPartnerCommand(partner.id(), eur(minor), reference, OPERATOR));
    }

    TransferResult transfer(String key, LedgerAccount debit, LedgerAccount credit, long minor) {
        return services.transferFunds.transfer(new TransferFundsCommand(IdempotencyKey.of(key), debit.id(),
                credit.id(), eur(minor), TransferCode.TRANSFER, "", OPERATOR));
    }

    TransferResult hold(String key, LedgerAccount debit, LedgerAccount credit, long minor, long timeoutSeconds) {
        return services.holdFunds.hold(new HoldFundsCommand(IdempotencyKey.of(key), debit.id(), credit.id(),
                eur(minor), timeoutSeconds, TransferCode.TRANSFER, "order", OPERATOR));
    }

    static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    static Transfer applied(TransferResult result) {
        return assertInstanceOf(TransferResult.Applied.class, result, result.toString()).transfer();
    }

    static TransferRejection rejected(TransferResult result) {
        return assertInstanceOf(TransferResult.Rejected.class, result, result.toString()).reason();
    }

    @Test
    void registering_a_partner_opens_its_balance_account_in_its_currency_without_overdraft() {
        Partner acme = partner("Acme");

        LedgerAccount balance = balanceOf(acme);
        assertEquals(AccountOwner.partner(acme.id()), balance.owner());
        assertEquals(EUR, balance.currency());
        assertEquals(Optional.of(eur(0)), balance.overdraftLimit());
        assertEquals(eur(0), balance.available());
    }

    @Test
    void funding_moves_money_once_per_reference_from_the_operator_funding_account() {
        Partner acme = partner("Acme");
        assertTrue(ledger.findByOwner(AccountOwner.operator(), AccountKind.FUNDING, EUR).isEmpty(),
                "operator accounts are opened on first need");

        Transfer first = applied(fund(acme, 10_000, "wire-1"));
        assertEquals(new TransferResult.AlreadyApplied(first), fund(acme, 10_000, "wire-1"));
        assertEquals(TransferRejection.EXISTS_WITH_DIFFERENT_AMOUNT, rejected(fund(acme, 9_999, "wire-1")));

        LedgerAccount funding = ledger.findByOwner(AccountOwner.operator(), AccountKind.FUNDING, EUR).orElseThrow();
        assertEquals(eur(10_000), balanceOf(acme).balance());
        assertEquals(eur(-10_000), funding.balance());
        assertEquals(TransferCode.FUNDING, first.code());
        assertEquals("wire-1", first.reference());
        assertEquals(List.of(AuditRecord.SUCCEEDED, "already_applied", "rejected:exists_with_different_amount"),
                auditLog.all().stream().filter(r -> r.action().equals("ledger.fund")).map(AuditRecord::outcome)
                        .toList());
        assertTrue(auditLog.all().stream().filter(r -> r.action().equals("ledger.fund"))
                .allMatch(r -> r.partnerId().equals(Optional.of(acme.id()))), "each names the partner, replays too");
    }

    @Test
    void funding_refuses_an_unknown_partner_or_another_currency() {
        Partner acme = partner("Acme");

        assertEquals(TransferRejection.CREDIT_ACCOUNT_NOT_FOUND, rejected(services.fundPartner.fund(
                new FundPartnerCommand(PartnerId.generate(), eur(1), "r", OPERATOR))));
        assertEquals(TransferRejection.CURRENCY_MISMATCH, rejected(services.fundPartner.fund(
                new FundPartnerCommand(acme.id(), Money.ofMinor(1, Currency.of("USD")), "r", OPERATOR))));
        assertEquals("rejected:currency_mismatch", auditLog.last().outcome());
    }

    @Test
    void an_overdraft_lets_a_balance_reach_minus_the_limit_and_no_further() {
        Partner acme = partner("Acme");
        Partner beta = partner("Beta");
        services.setOverdraftLimit.set(new SetOverdraftLimitCommand(acme.id(), eur(5_000), OPERATOR));

        applied(transfer("t1", balanceOf(acme), balanceOf(beta), 5_000));
        assertEquals(TransferRejection.EXCEEDS_OVERDRAFT_LIMIT,
                rejected(transfer("t2", balanceOf(acme), balanceOf(beta), 1)));
        assertEquals(eur(-5_000), balanceOf(acme).available());
    }

    @Test
    void lowering_the_limit_below_a_negative_balance_is_allowed_and_blocks_further_debits() {
        Partner acme = partner("Acme");
        Partner beta = partner("Beta");
        services.setOverdraftLimit.set(new SetOverdraftLimitCommand(acme.id(), eur(5_000), OPERATOR));
        applied(transfer("t1", balanceOf(acme), balanceOf(beta), 4_000));

        var changed = services.setOverdraftLimit.set(new SetOverdraftLimitCommand(acme.id(), eur(1_000), OPERATOR));
        LedgerAccount lowered = assertInstanceOf(SetOverdraftLimitUseCase.Changed.class, changed).account();
        assertEquals(eur(-4_000), lowered.available());
        assertEquals(TransferRejection.EXCEEDS_OVERDRAFT_LIMIT,
                rejected(transfer("t2", balanceOf(acme), balanceOf(beta), 1)));
        applied(transfer("t3", balanceOf(beta), balanceOf(acme), 3_500));
        assertEquals(eur(-500), balanceOf(acme).available());
        applied(transfer("t4", balanceOf(acme), balanceOf(beta), 500));
    }

    @Test
    void refuses_a_negative_limit_an_unknown_partner_and_another_currency() {
        Partner acme = partner("Acme");

        assertEquals(new SetOverdraftLimitUseCase.Rejected(SetOverdraftLimitUseCase.Reason.LIMIT_MUST_NOT_BE_NEGATIVE),
                services.setOverdraftLimit.set(new SetOverdraftLimitCommand(acme.id(), eur(-1), OPERATOR)));
        assertEquals(new SetOverdraftLimitUseCase.Rejected(SetOverdraftLimitUseCase.Reason.PARTNER_NOT_FOUND),
                services.setOverdraftLimit.set(new SetOverdraftLimitCommand(PartnerId.generate(), eur(1), OPERATOR)));
        assertEquals(new SetOverdraftLimitUseCase.Rejected(SetOverdraftLimitUseCase.Reason.CURRENCY_NOT_PARTNERS),
                services.setOverdraftLimit.set(new SetOverdraftLimitCommand(acme.id(),
                        Money.ofMinor(1, Currency.of("GBP")), OPERATOR)));
    }

    @Test
    void a_hold_is_posted_in_part_and_the_rest_is_released() {
        Partner acme = partner("Acme");
        Partner beta = partner("Beta");
        applied(fund(acme, 10_000, "wire"));
        Transfer hold = applied(hold("h", balanceOf(acme), balanceOf(beta), 4_000, 0));
        assertEquals(eur(6_000), balanceOf(acme).available());

        Transfer post = applied(services.postPending.post(new PostPendingTransferCommand(IdempotencyKey.of("p"),
                hold.id(), Optional.of(eur(1_500)), OPERATOR)));
        assertEquals(eur(8_500), balanceOf(acme).balance());
        assertEquals(eur(8_500), balanceOf(acme).available());
        assertEquals(eur(1_500), balanceOf(beta).balance());
        assertEquals(TransferRejection.PENDING_TRANSFER_ALREADY_POSTED, rejected(services.voidPending.voidPending(
                new VoidPendingTransferCommand(IdempotencyKey.of("v"), hold.id(), OPERATOR))));
        assertEquals(Optional.of(post), services.transfers.findWithFollowUp(hold.id()).orElseThrow().followUp());
    }

    @Test
    void due_holds_expire_once_however_often_the_expiry_runs() {
        Partner acme = partner("Acme");
        Partner beta = partner("Beta");
        applied(fund(acme, 10_000, "wire"));
        Transfer soon = applied(hold("soon", balanceOf(acme), balanceOf(beta), 1_000, 60));
        applied(hold("later", balanceOf(acme), balanceOf(beta), 2_000, 600));
        applied(hold("never", balanceOf(acme), balanceOf(beta), 3_000, 0));
        ExpirePendingTransfersCommand run = new ExpirePendingTransfersCommand(100, new CallContext(Actor.system(),
                "expiry"));

        assertEquals(new ExpiryRun(0, 0), services.expirePending.expireDue(run));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(new ExpiryRun(1, 0), services.expirePending.expireDue(run));
        assertEquals(new ExpiryRun(0, 0), services.expirePending.expireDue(run));
        assertEquals(eur(5_000), balanceOf(acme).available());
        assertEquals(TransferRejection.PENDING_TRANSFER_EXPIRED, rejected(services.postPending.post(
                new PostPendingTransferCommand(IdempotencyKey.of("late"), soon.id(), Optional.empty(), OPERATOR))));
        assertEquals("system", auditLog.all().stream().filter(r -> r.action().equals("ledger.expire")).findFirst()
                .orElseThrow().actor().describe());
    }

    @Test
    void a_posted_transfer_is_reversed_once() {
        Partner acme = partner("Acme");
        Transfer funding = applied(fund(acme, 10_000, "wire"));

        Transfer reversal = applied(services.reverseTransfer.reverse(new ReverseTransferCommand(funding.id(),
                OPERATOR)));
        assertEquals(new TransferResult.AlreadyApplied(reversal), services.reverseTransfer.reverse(
                new ReverseTransferCommand(funding.id(), OPERATOR)));
        assertEquals(eur(0), balanceOf(acme).balance());
        assertEquals(TransferCode.REVERSAL, reversal.code());
        assertEquals(TransferRejection.REVERSED_TRANSFER_NOT_FOUND, rejected(services.reverseTransfer.reverse(
                new ReverseTransferCommand(TransferId.generate(), OPERATOR))));
    }

    @Test
    void a_linked_batch_applies_all_or_none() {
        Partner acme = partner("Acme");
        Partner beta = partner("Beta");
        applied(fund(acme, 1_000, "wire"));
        TransferRequest first = new TransferRequest.Single(IdempotencyKey.of("b1"), balanceOf(acme).id(),
                balanceOf(beta).id(), eur(600), TransferCode.TRANSFER, "");
        TransferRequest second = new TransferRequest.Single(IdempotencyKey.of("b2"), balanceOf(acme).id(),
                balanceOf(beta).id(), eur(600), TransferCode.TRANSFER, "");

        var refused = services.applyBatch.apply(new ApplyTransferBatchCommand(List.of(first, second), OPERATOR));
        assertEquals(new ApplyTransferBatchUseCase.Rejected(List.of(TransferRejection.LINKED_EVENT_FAILED,
                TransferRejection.EXCEEDS_OVERDRAFT_LIMIT)), refused);
        assertEquals(eur(1_000), balanceOf(acme).balance());
        var done = services.applyBatch.apply(new ApplyTransferBatchCommand(List.of(first), OPERATOR));
        assertInstanceOf(ApplyTransferBatchUseCase.AllApplied.class, done);
        assertEquals(eur(400), balanceOf(acme).balance());
    }

    @Test
    void an_account_is_opened_once_per_owner_kind_and_currency() {
        Partner acme = partner("Acme");

        var again = services.openAccount.open(new OpenAccountCommand(AccountOwner.partner(acme.id()),
                AccountKind.PARTNER_BALANCE, EUR, OPERATOR));
        assertEquals(new OpenAccountUseCase.AlreadyOpen(balanceOf(acme)), again);
        assertEquals(new OpenAccountUseCase.Rejected(OpenAccountUseCase.Reason.KIND_NOT_FOR_OWNER),
                services.openAccount.open(new OpenAccountCommand(AccountOwner.operator(), AccountKind.PARTNER_BALANCE,
                        EUR, OPERATOR)));
        assertEquals(new OpenAccountUseCase.Rejected(OpenAccountUseCase.Reason.CURRENCY_NOT_PARTNERS),
                services.openAccount.open(new OpenAccountCommand(AccountOwner.partner(acme.id()),
                        AccountKind.PARTNER_BALANCE, Currency.of("USD"), OPERATOR)));
    }

    @Test
    void a_transfer_that_loses_a_race_for_its_key_is_run_again_and_answers_the_winner() {
        InMemoryPartners partners = new InMemoryPartners();
        RacingJournal racing = new RacingJournal(ledger);
        LedgerServiceSet ours = new LedgerServiceSet(new InMemoryUnitOfWork(), partners, ledger, ledger, ledger,
                racing, auditLog, clock);
        LedgerServiceSet theirs = new LedgerServiceSet(new InMemoryUnitOfWork(), partners, ledger, ledger, ledger,
                ledger, auditLog, clock);
        Partner acme = theirs.registerPartner.register(new RegisterPartnerCommand("Acme", EUR, OPERATOR));
        FundPartnerCommand command = new FundPartnerCommand(acme.id(), eur(700), "wire", OPERATOR);
        TransferResult[] winner = new TransferResult[1];
        racing.competitor = () -> winner[0] = theirs.fundPartner.fund(command);

        TransferResult result = ours.fundPartner.fund(command);
        assertEquals(new TransferResult.AlreadyApplied(applied(winner[0])), result);
        assertEquals(1, racing.records, "the second run finds the winner's transfer and records nothing");
        assertEquals(eur(700), theirs.partnerBalance.get(new GetPartnerBalanceQuery(acme.id(), OPERATOR))
                .orElseThrow().balance());
    }

    /** Lets a competing unit of work commit the same request just before our first write. */
    static final class RacingJournal implements LedgerJournal {

        private final LedgerJournal delegate;
        Runnable competitor;
        int records;

        RacingJournal(LedgerJournal delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean record(Posting posting) {
            records++;
            Runnable first = competitor;
            competitor = null;
            if (first != null) {
                first.run();
            }
            return delegate.record(posting);
        }
    }
}
