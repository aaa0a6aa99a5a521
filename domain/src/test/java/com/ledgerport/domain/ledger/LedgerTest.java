package com.ledgerport.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.ledger.TransferDecision.Apply;
import com.ledgerport.domain.ledger.TransferDecision.Reject;
import com.ledgerport.domain.ledger.TransferDecision.Replay;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerTest {

    static final Currency EUR = Currency.of("EUR");
    static final Currency USD = Currency.of("USD");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final LedgerAccount partner = bounded(EUR, 0, new Balances(0, 0, 0, 10_000));
    final LedgerAccount other = bounded(EUR, 0, Balances.ZERO);
    final LedgerAccount dollars = bounded(USD, 0, Balances.ZERO);
    final LedgerAccount revenue = LedgerAccount.open(AccountOwner.operator(), AccountKind.REVENUE, EUR, NOW);
    final Map<LedgerAccountId, LedgerAccount> accounts = new HashMap<>();

    LedgerTest() {
        List.of(partner, other, dollars, revenue).forEach(account -> accounts.put(account.id(), account));
    }

    static LedgerAccount bounded(Currency currency, long limit, Balances balances) {
        return LedgerAccount.open(AccountOwner.partner(PartnerId.generate()), AccountKind.PARTNER_BALANCE, currency,
                NOW).withOverdraft(Overdraft.limited(limit)).withBalances(balances);
    }

    static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    static TransferRequest.Single single(String key, LedgerAccount debit, LedgerAccount credit, Money amount) {
        return new TransferRequest.Single(IdempotencyKey.of(key), debit.id(), credit.id(), amount,
                TransferCode.TRANSFER, "ref");
    }

    TransferDecision decide(TransferRequest request) {
        return decide(request, Optional.empty(), Optional.empty());
    }

    TransferDecision decide(TransferRequest request, Optional<Transfer> existing, Optional<TargetTransfer> target) {
        return Ledger.decide(request, existing, accounts, target, NOW, TransferId::generate);
    }

    Apply applied(TransferRequest request) {
        TransferDecision decision = decide(request);
        Apply apply = assertInstanceOf(Apply.class, decision, decision.toString());
        apply.changedAccounts().forEach(account -> accounts.put(account.id(), account));
        return apply;
    }

    TransferRejection rejected(TransferDecision decision) {
        return assertInstanceOf(Reject.class, decision, decision.toString()).reason();
    }

    LedgerAccount now(LedgerAccount account) {
        return accounts.get(account.id());
    }

    @Test
    void a_single_phase_transfer_moves_posted_money_and_writes_two_history_lines() {
        Apply apply = applied(single("k1", partner, other, eur(2_500)));

        assertEquals(7_500, now(partner).balance().minor());
        assertEquals(2_500, now(other).balance().minor());
        assertEquals(List.of(-2_500L, 2_500L), apply.entries().stream().map(e -> e.amount().minor()).toList());
        assertEquals(Optional.of(eur(7_500)), apply.entries().get(0).balanceAfter());
        assertEquals(Optional.of(apply.transfer().id()), now(partner).lastTransferId());
    }

    @Test
    void rejects_a_debit_beyond_the_overdraft_limit_and_allows_one_that_reaches_it_exactly() {
        accounts.put(partner.id(), now(partner).withOverdraft(Overdraft.limited(500)));

        assertEquals(TransferRejection.EXCEEDS_OVERDRAFT_LIMIT, rejected(decide(single("k", partner, other,
                eur(10_501)))));
        applied(single("k", partner, other, eur(10_500)));
        assertEquals(-500, now(partner).available().minor());
    }

    @Test
    void an_unbounded_operator_account_goes_as_negative_as_needed_and_keeps_no_counters() {
        Apply apply = applied(single("fund", revenue, other, eur(Long.MAX_VALUE)));

        assertEquals(List.of(other.id()), apply.changedAccounts().stream().map(LedgerAccount::id).toList());
        assertEquals(Optional.empty(), apply.entries().get(0).balanceAfter());
    }

    @Test
    void a_limit_lowered_below_a_negative_balance_blocks_debits_but_not_credits_posts_or_voids() {
        accounts.put(partner.id(), now(partner).withOverdraft(Overdraft.limited(5_000)));
        Apply hold = applied(new TransferRequest.Pending(IdempotencyKey.of("hold"), partner.id(), other.id(),
                eur(1_000), 0, TransferCode.TRANSFER, ""));
        applied(single("spend", partner, other, eur(13_000)));
        assertEquals(-4_000, now(partner).available().minor());
        accounts.put(partner.id(), now(partner).withOverdraft(Overdraft.limited(1_000)));

        assertEquals(TransferRejection.EXCEEDS_OVERDRAFT_LIMIT, rejected(decide(single("more", partner, other,
                eur(1)))));
        TargetTransfer target = TargetTransfer.of(hold.transfer());
        TransferDecision post = decide(new TransferRequest.PostPending(IdempotencyKey.of("post"),
                hold.transfer().id(), Optional.of(eur(400))), Optional.empty(), Optional.of(target));
        assertInstanceOf(Apply.class, post, "a partial post raises available (600 released)");
        applied(single("credit", other, partner, eur(100)));
        assertEquals(-3_900, now(partner).available().minor());
    }

    @Test
    void a_pending_transfer_holds_then_a_partial_post_releases_the_rest() {
        Apply hold = applied(new TransferRequest.Pending(IdempotencyKey.of("hold"), partner.id(), other.id(),
                eur(3_000), 60, TransferCode.TRANSFER, "order"));
        assertEquals(10_000, now(partner).balance().minor());
        assertEquals(7_000, now(partner).available().minor());
        assertTrue(hold.entries().isEmpty(), "a hold does not change the balance");

        TransferDecision post = decide(new TransferRequest.PostPending(IdempotencyKey.of("post"),
                hold.transfer().id(), Optional.of(eur(1_200))), Optional.empty(),
                Optional.of(TargetTransfer.of(hold.transfer())));
        Apply posted = assertInstanceOf(Apply.class, post);
        posted.changedAccounts().forEach(account -> accounts.put(account.id(), account));

        assertEquals(8_800, now(partner).balance().minor());
        assertEquals(8_800, now(partner).available().minor());
        assertEquals(new Balances(0, 0, 0, 1_200), now(other).balances());
        assertEquals(1_200, posted.transfer().amount().minor());
        assertEquals(Optional.of(hold.transfer().id()), posted.transfer().pendingId());
    }

    @Test
    void refuses_to_post_more_than_the_pending_amount_or_to_settle_twice() {
        Apply hold = applied(new TransferRequest.Pending(IdempotencyKey.of("hold"), partner.id(), other.id(),
                eur(3_000), 0, TransferCode.TRANSFER, ""));
        TargetTransfer open = TargetTransfer.of(hold.transfer());
        TransferId pendingId = hold.transfer().id();

        assertEquals(TransferRejection.EXCEEDS_PENDING_AMOUNT, rejected(decide(new TransferRequest.PostPending(
                IdempotencyKey.of("p"), pendingId, Optional.of(eur(3_001))), Optional.empty(), Optional.of(open))));
        Apply voided = assertInstanceOf(Apply.class, decide(new TransferRequest.VoidPending(IdempotencyKey.of("v"),
                pendingId), Optional.empty(), Optional.of(open)));
        TargetTransfer settled = open.followedBy(voided.transfer());
        assertEquals(TransferRejection.PENDING_TRANSFER_ALREADY_VOIDED, rejected(decide(
                new TransferRequest.PostPending(IdempotencyKey.of("p"), pendingId, Optional.empty()),
                Optional.empty(), Optional.of(settled))));
    }

    @Test
    void a_pending_transfer_expires_at_its_timeout_and_only_then() {
        Apply hold = applied(new TransferRequest.Pending(IdempotencyKey.of("hold"), partner.id(), other.id(),
                eur(3_000), 60, TransferCode.TRANSFER, ""));
        TargetTransfer open = TargetTransfer.of(hold.transfer());
        TransferRequest expire = TransferRequest.ExpirePending.of(hold.transfer().id());

        assertEquals(TransferRejection.PENDING_TRANSFER_NOT_EXPIRED, rejected(Ledger.decide(expire, Optional.empty(),
                accounts, Optional.of(open), NOW.plusSeconds(59), TransferId::generate)));
        Instant due = NOW.plusSeconds(60);
        assertInstanceOf(Apply.class, Ledger.decide(expire, Optional.empty(), accounts, Optional.of(open), due,
                TransferId::generate));
        TransferRequest post = new TransferRequest.PostPending(IdempotencyKey.of("late"), hold.transfer().id(),
                Optional.empty());
        assertEquals(TransferRejection.PENDING_TRANSFER_EXPIRED, rejected(Ledger.decide(post, Optional.empty(),
                accounts, Optional.of(open), due, TransferId::generate)));
    }

    @Test
    void the_same_key_with_the_same_parameters_answers_the_first_transfer() {
        Apply first = applied(single("k", partner, other, eur(100)));

        TransferDecision again = decide(single("k", partner, other, eur(100)), Optional.of(first.transfer()),
                Optional.empty());
        assertEquals(first.transfer(), assertInstanceOf(Replay.class, again).existing());
    }

    @Test
    void the_same_key_with_different_parameters_names_the_first_difference() {
        Transfer first = applied(single("k", partner, other, eur(100))).transfer();
        Optional<Transfer> existing = Optional.of(first);

        assertEquals(TransferRejection.EXISTS_WITH_DIFFERENT_AMOUNT,
                rejected(decide(single("k", partner, other, eur(101)), existing, Optional.empty())));
        assertEquals(TransferRejection.EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT,
                rejected(decide(single("k", revenue, other, eur(101)), existing, Optional.empty())));
        assertEquals(TransferRejection.EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT,
                rejected(decide(single("k", partner, revenue, eur(100)), existing, Optional.empty())));
        assertEquals(TransferRejection.EXISTS_WITH_DIFFERENT_KIND, rejected(decide(new TransferRequest.Pending(
                first.key(), partner.id(), other.id(), eur(100), 0, TransferCode.TRANSFER, "ref"), existing,
                Optional.empty())));
        assertEquals(TransferRejection.EXISTS_WITH_DIFFERENT_REFERENCE, rejected(decide(new TransferRequest.Single(
                first.key(), partner.id(), other.id(), eur(100), TransferCode.TRANSFER, "other"), existing,
                Optional.empty())));
    }

    @Test
    void validation_comes_before_the_key_and_the_key_before_the_balances() {
        Transfer first = applied(single("k", partner, other, eur(100))).transfer();

        assertEquals(TransferRejection.AMOUNT_MUST_BE_POSITIVE,
                rejected(decide(single("k", partner, partner, eur(0)), Optional.of(first), Optional.empty())));
        assertEquals(TransferRejection.ACCOUNTS_MUST_BE_DIFFERENT,
                rejected(decide(single("k", partner, partner, eur(5)), Optional.of(first), Optional.empty())));
        TransferDecision replayOfADrainedAccount = decide(single("k", partner, other, eur(100)), Optional.of(first),
                Optional.empty());
        assertInstanceOf(Replay.class, replayOfADrainedAccount);
    }

    @Test
    void refuses_unknown_accounts_and_mixed_currencies() {
        LedgerAccount ghost = bounded(EUR, 0, Balances.ZERO);

        assertEquals(TransferRejection.DEBIT_ACCOUNT_NOT_FOUND, rejected(decide(single("a", ghost, other, eur(1)))));
        assertEquals(TransferRejection.CREDIT_ACCOUNT_NOT_FOUND, rejected(decide(single("b", other, ghost, eur(1)))));
        assertEquals(TransferRejection.CURRENCY_MISMATCH, rejected(decide(single("c", partner, dollars, eur(1)))));
        assertEquals(TransferRejection.CURRENCY_MISMATCH,
                rejected(decide(single("d", partner, other, Money.ofMinor(1, USD)))));
    }

    @Test
    void an_overflow_is_a_rejection_never_a_wrapped_balance() {
        LedgerAccount full = bounded(EUR, 0, new Balances(0, 0, 0, Long.MAX_VALUE));
        accounts.put(full.id(), full);

        assertEquals(TransferRejection.OVERFLOW, rejected(decide(single("o", revenue, full, eur(1)))));
        LedgerAccount deep = bounded(EUR, Long.MAX_VALUE, new Balances(0, Long.MAX_VALUE, 0, 0));
        accounts.put(deep.id(), deep);
        assertEquals(TransferRejection.OVERFLOW, rejected(decide(new TransferRequest.Pending(IdempotencyKey.of("h"),
                deep.id(), other.id(), eur(10), 0, TransferCode.TRANSFER, ""))));
    }

    @Test
    void a_reversal_moves_the_posted_amount_back_once() {
        Transfer original = applied(single("k", partner, other, eur(2_500))).transfer();
        TransferRequest reverse = TransferRequest.Reverse.of(original.id());

        Apply reversal = assertInstanceOf(Apply.class, decide(reverse, Optional.empty(),
                Optional.of(TargetTransfer.of(original))));
        assertEquals(other.id(), reversal.transfer().debitAccountId());
        assertEquals(partner.id(), reversal.transfer().creditAccountId());
        assertEquals(Optional.of(original.id()), reversal.transfer().reversalOf());
        assertEquals(TransferCode.REVERSAL, reversal.transfer().code());

        assertInstanceOf(Replay.class, decide(reverse, Optional.of(reversal.transfer()),
                Optional.of(TargetTransfer.of(original).followedBy(reversal.transfer()))));
        assertEquals(TransferRejection.TRANSFER_ALREADY_REVERSED, rejected(decide(new TransferRequest.Reverse(
                IdempotencyKey.of("another key"), original.id()), Optional.empty(),
                Optional.of(TargetTransfer.of(original).followedBy(reversal.transfer())))));
        assertEquals(TransferRejection.TRANSFER_NOT_REVERSIBLE, rejected(decide(TransferRequest.Reverse.of(
                reversal.transfer().id()), Optional.empty(), Optional.of(TargetTransfer.of(reversal.transfer())))));
    }

    @Test
    void a_new_transfer_id_is_above_the_last_one_of_each_bounded_account() {
        long inAYear = NOW.plusSeconds(365L * 24 * 3600).toEpochMilli();
        TransferId future = new TransferId(new UUID((inAYear << 16) | 0x7fffL, 0xbfff_ffff_ffff_ffffL));
        accounts.put(partner.id(), now(partner).afterTransfer(now(partner).balances(), future));

        Apply apply = applied(single("k", partner, other, eur(1)));
        assertTrue(apply.transfer().id().compareTo(future) > 0);
    }

    @Test
    void a_batch_applies_all_or_nothing_and_names_the_failing_transfer() {
        List<TransferRequest> batch = List.of(single("b1", partner, other, eur(6_000)),
                single("b2", partner, other, eur(6_000)), single("b3", other, partner, eur(1)));

        BatchDecision decision = Ledger.decideBatch(batch, Map.of(), accounts, Map.of(), NOW, TransferId::generate);
        assertEquals(List.of(TransferRejection.LINKED_EVENT_FAILED, TransferRejection.EXCEEDS_OVERDRAFT_LIMIT,
                TransferRejection.LINKED_EVENT_FAILED),
                assertInstanceOf(BatchDecision.RejectAll.class, decision).reasons());

        BatchDecision fits = Ledger.decideBatch(List.of(batch.get(0), batch.get(2)), Map.of(), accounts, Map.of(),
                NOW, TransferId::generate);
        BatchDecision.ApplyAll all = assertInstanceOf(BatchDecision.ApplyAll.class, fits);
        assertEquals(2, all.transfers().size());
        LedgerAccount partnerAfter = all.finalAccounts().stream().filter(a -> a.id().equals(partner.id()))
                .findFirst().orElseThrow();
        assertEquals(4_001, partnerAfter.balance().minor());
    }
}
