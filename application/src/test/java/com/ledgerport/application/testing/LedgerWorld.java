package com.ledgerport.application.testing;

import com.ledgerport.application.port.in.ApplyTransferBatchUseCase;
import com.ledgerport.application.port.in.ApplyTransferBatchUseCase.ApplyTransferBatchCommand;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpirePendingTransfersCommand;
import com.ledgerport.application.port.in.FundPartnerUseCase.FundPartnerCommand;
import com.ledgerport.application.port.in.HoldFundsUseCase.HoldFundsCommand;
import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.in.OpenAccountUseCase.OpenAccountCommand;
import com.ledgerport.application.port.in.PostPendingTransferUseCase.PostPendingTransferCommand;
import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.application.port.in.ReverseTransferUseCase.ReverseTransferCommand;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.SetOverdraftLimitCommand;
import com.ledgerport.application.port.in.TransferFundsUseCase.TransferFundsCommand;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase.VoidPendingTransferCommand;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Overdraft;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferKind;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.statistics.Statistics;

/**
 * Runs a generated scenario against the ledger use cases and checks the ledger's invariants after every step:
 * <ol>
 *   <li>per currency, the balances of all accounts (operator accounts included) add up to zero, and so do the
 *       pending debits against the pending credits;</li>
 *   <li>no bounded account's available is below {@code -limit}, unless the step did not lower it (the limit was
 *       lowered below an existing balance: then no debit applied);</li>
 *   <li>replaying a command that applied answers the first transfer and changes nothing;</li>
 *   <li>a hold is settled (posted, voided or expired) at most once, and a post never exceeds the hold;</li>
 *   <li>each bounded account's pending counters equal its open holds, and its history replays to its balance.</li>
 * </ol>
 * Accounts: 0–2 EUR partners, 3 a USD partner, 4 EUR revenue, 5 EUR funding, 6 USD revenue, 7 USD funding.
 * Several worlds may share one database: the operator accounts are shared, so they are checked by their change
 * since the world began, and {@link #finish()} voids the holds a world leaves open.
 */
public final class LedgerWorld {

    public static final int ACCOUNTS = 8;
    static final Currency EUR = Currency.of("EUR");
    static final Currency USD = Currency.of("USD");
    static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-world");
    static final CallContext SYSTEM = new CallContext(Actor.system(), "req-expiry");

    private final LedgerServiceSet services;
    private final MutableClock clock;
    private final String nonce = UUID.randomUUID().toString();
    private final List<PartnerId> partners = new ArrayList<>();
    private final List<LedgerAccount> accounts = new ArrayList<>();
    private final Map<LedgerAccountId, LedgerAccount> baselines = new HashMap<>();
    private final List<Transfer> holds = new ArrayList<>();
    private final List<Transfer> applied = new ArrayList<>();
    private final Map<TransferId, Transfer> settlements = new HashMap<>();
    private final List<Command> commands = new ArrayList<>();

    private record Command(Supplier<Object> run, Object firstResult) {
    }

    private LedgerWorld(LedgerServiceSet services, MutableClock clock) {
        this.services = services;
        this.clock = clock;
    }

    public static LedgerWorld create(LedgerServiceSet services, MutableClock clock) {
        LedgerWorld world = new LedgerWorld(services, clock);
        world.setUp();
        return world;
    }

    private void setUp() {
        for (Currency currency : List.of(EUR, EUR, EUR, USD)) {
            PartnerId id = services.registerPartner.register(
                    new RegisterPartnerCommand("World " + partners.size(), currency, OPERATOR)).id();
            partners.add(id);
            accounts.add(present(tx(() -> services.accounts.findByOwner(AccountOwner.partner(id),
                    AccountKind.PARTNER_BALANCE, currency))));
        }
        accounts.add(operator(AccountKind.REVENUE, EUR));
        accounts.add(operator(AccountKind.FUNDING, EUR));
        accounts.add(operator(AccountKind.REVENUE, USD));
        accounts.add(operator(AccountKind.FUNDING, USD));
        for (LedgerAccount account : accounts.subList(4, ACCOUNTS)) {
            baselines.put(account.id(), current(account.id()));
        }
    }

    private LedgerAccount operator(AccountKind kind, Currency currency) {
        var opening = services.openAccount.open(new OpenAccountCommand(AccountOwner.operator(), kind, currency,
                OPERATOR));
        return opening instanceof OpenAccountUseCase.Opened opened ? opened.account()
                : ((OpenAccountUseCase.AlreadyOpen) opening).account();
    }

    public void run(List<LedgerOp> steps) {
        for (int i = 0; i < steps.size(); i++) {
            Map<LedgerAccountId, LedgerAccount> before = snapshot();
            try {
                step(steps.get(i), before);
                check(before);
            } catch (AssertionError failed) {
                throw new AssertionError("step " + i + " " + steps.get(i) + ": " + failed.getMessage(), failed);
            }
        }
    }

    /** Voids what this world left open, so that a later world sharing the database never expires it. */
    public void finish() {
        for (Transfer hold : holds) {
            if (followUpOf(hold).followUp().isEmpty()) {
                services.voidPending.voidPending(new VoidPendingTransferCommand(key("cleanup-" + hold.id()),
                        hold.id(), OPERATOR));
            }
        }
    }

    private void step(LedgerOp op, Map<LedgerAccountId, LedgerAccount> before) {
        if (op instanceof LedgerOp.Expire expire) {
            clock.advance(Duration.ofSeconds(expire.advanceSeconds()));
            var run = services.expirePending.expireDue(new ExpirePendingTransfersCommand(100, SYSTEM));
            recordExpiries(run.expired());
            return;
        }
        if (op instanceof LedgerOp.SetLimit limit) {
            LedgerAccount account = accounts.get(limit.partner());
            services.setOverdraftLimit.set(new SetOverdraftLimitCommand(partners.get(limit.partner()),
                    Money.ofMinor(limit.limit(), account.currency()), OPERATOR));
            return;
        }
        if (op instanceof LedgerOp.Replay replay) {
            replay(replay, before);
            return;
        }
        Supplier<Object> command = command(op);
        Object result = command.get();
        Statistics.label("outcomes").collect(op.getClass().getSimpleName(), outcome(result));
        record(result);
        commands.add(new Command(command, result));
    }

    private Supplier<Object> command(LedgerOp op) {
        if (op instanceof LedgerOp.Fund fund) {
            Currency currency = accounts.get(fund.partner()).currency();
            Currency sent = fund.otherCurrency() ? (currency.equals(EUR) ? USD : EUR) : currency;
            FundPartnerCommand command = new FundPartnerCommand(partners.get(fund.partner()),
                    Money.ofMinor(fund.amount(), sent), "ref-" + fund.reference(), OPERATOR);
            return () -> services.fundPartner.fund(command);
        }
        if (op instanceof LedgerOp.Move move) {
            return moveCommand(move);
        }
        if (op instanceof LedgerOp.Post post) {
            Optional<Money> amount = post.amount().map(minor -> Money.ofMinor(minor, EUR));
            PostPendingTransferCommand command = new PostPendingTransferCommand(key("post-" + post.key()),
                    holdId(post.hold()), amount.map(money -> inCurrencyOfHold(money, post.hold())), OPERATOR);
            return () -> services.postPending.post(command);
        }
        if (op instanceof LedgerOp.VoidHold voidHold) {
            VoidPendingTransferCommand command = new VoidPendingTransferCommand(key("void-" + voidHold.key()),
                    holdId(voidHold.hold()), OPERATOR);
            return () -> services.voidPending.voidPending(command);
        }
        if (op instanceof LedgerOp.Reverse reverse) {
            TransferId target = applied.isEmpty() ? TransferId.generate()
                    : applied.get(reverse.transfer() % applied.size()).id();
            ReverseTransferCommand command = new ReverseTransferCommand(target, OPERATOR);
            return () -> services.reverseTransfer.reverse(command);
        }
        LedgerOp.Batch batch = (LedgerOp.Batch) op;
        List<TransferRequest> requests = batch.moves().stream().map(this::request).toList();
        ApplyTransferBatchCommand command = new ApplyTransferBatchCommand(requests, OPERATOR);
        return () -> services.applyBatch.apply(command);
    }

    private Supplier<Object> moveCommand(LedgerOp.Move move) {
        LedgerAccount debit = accounts.get(move.debit());
        LedgerAccount credit = accounts.get(move.credit());
        Money amount = Money.ofMinor(move.amount(), debit.currency());
        IdempotencyKey key = key("move-" + move.key());
        if (move.pending()) {
            HoldFundsCommand command = new HoldFundsCommand(key, debit.id(), credit.id(), amount,
                    move.timeoutSeconds(), TransferCode.TRANSFER, "hold", OPERATOR);
            return () -> services.holdFunds.hold(command);
        }
        TransferFundsCommand command = new TransferFundsCommand(key, debit.id(), credit.id(), amount,
                TransferCode.TRANSFER, "move", OPERATOR);
        return () -> services.transferFunds.transfer(command);
    }

    private TransferRequest request(LedgerOp.Move move) {
        LedgerAccount debit = accounts.get(move.debit());
        LedgerAccount credit = accounts.get(move.credit());
        Money amount = Money.ofMinor(move.amount(), debit.currency());
        IdempotencyKey key = key("move-" + move.key());
        return move.pending()
                ? new TransferRequest.Pending(key, debit.id(), credit.id(), amount, move.timeoutSeconds(),
                        TransferCode.TRANSFER, "hold")
                : new TransferRequest.Single(key, debit.id(), credit.id(), amount, TransferCode.TRANSFER, "move");
    }

    private IdempotencyKey key(String name) {
        return IdempotencyKey.of(nonce + ":" + name);
    }

    private TransferId holdId(int index) {
        return holds.isEmpty() ? TransferId.generate() : holds.get(index % holds.size()).id();
    }

    private Money inCurrencyOfHold(Money amount, int index) {
        return holds.isEmpty() ? amount : Money.ofMinor(amount.minor(), holds.get(index % holds.size()).amount()
                .currency());
    }

    private static String outcome(Object result) {
        if (result instanceof TransferResult.Rejected rejected) {
            return rejected.reason().wireName();
        }
        if (result instanceof ApplyTransferBatchUseCase.Rejected rejected) {
            return "batch " + rejected.reasons().stream().filter(r -> r != TransferRejection.LINKED_EVENT_FAILED)
                    .findFirst().map(TransferRejection::wireName).orElse("?");
        }
        return result.getClass().getSimpleName();
    }

    private void record(Object result) {
        List<Transfer> fresh = result instanceof TransferResult.Applied one ? List.of(one.transfer())
                : result instanceof ApplyTransferBatchUseCase.AllApplied all ? all.transfers() : List.of();
        for (Transfer transfer : fresh) {
            applied.add(transfer);
            if (transfer.kind() == TransferKind.PENDING) {
                holds.add(transfer);
            }
            if (transfer.pendingId().isPresent()) {
                settled(transfer);
            }
        }
    }

    /** Expiries happen inside the use case: find them by the holds they settled, and count them. */
    private void recordExpiries(int expected) {
        int found = 0;
        for (Transfer hold : holds) {
            if (!settlements.containsKey(hold.id())) {
                Optional<Transfer> followUp = followUpOf(hold).followUp();
                if (followUp.isPresent()) {
                    assertThat(followUp.get().kind() == TransferKind.EXPIRE_PENDING,
                            "hold settled behind the world's back: " + followUp.get());
                    assertThat(hold.isExpiredAt(followUp.get().createdAt()), "expired early: " + hold);
                    settled(followUp.get());
                    found++;
                }
            }
        }
        assertThat(found == expected, "the expiry run reported " + expected + " but settled " + found);
    }

    private void settled(Transfer settlement) {
        TransferId pendingId = settlement.pendingId().orElseThrow();
        Transfer earlier = settlements.putIfAbsent(pendingId, settlement);
        assertThat(earlier == null, "hold " + pendingId + " settled twice: " + earlier + " and " + settlement);
        Transfer hold = holds.stream().filter(h -> h.id().equals(pendingId)).findFirst().orElseThrow();
        assertThat(settlement.amount().minor() <= hold.amount().minor(), "a post exceeds its hold: " + settlement);
    }

    private void replay(LedgerOp.Replay replay, Map<LedgerAccountId, LedgerAccount> before) {
        if (commands.isEmpty()) {
            return;
        }
        Command command = commands.get(replay.command() % commands.size());
        Object again = command.run().get();
        Object first = command.firstResult();
        if (first instanceof TransferResult.Applied || first instanceof TransferResult.AlreadyApplied) {
            Transfer transfer = first instanceof TransferResult.Applied a ? a.transfer()
                    : ((TransferResult.AlreadyApplied) first).transfer();
            assertThat(new TransferResult.AlreadyApplied(transfer).equals(again), "replay answered " + again);
            Statistics.label("outcomes").collect("Replay", "of an applied transfer");
        } else if (first instanceof ApplyTransferBatchUseCase.AllApplied all) {
            Statistics.label("outcomes").collect("Replay", "of an applied batch");
            assertThat(new ApplyTransferBatchUseCase.AllAlreadyApplied(all.transfers()).equals(again),
                    "batch replay answered " + again);
        } else {
            record(again);
            return;
        }
        assertThat(before.equals(snapshot()), "a replay changed balances");
    }

    // ---- invariants ----------------------------------------------------------------------------------------

    private void check(Map<LedgerAccountId, LedgerAccount> before) {
        Map<LedgerAccountId, LedgerAccount> now = snapshot();
        Map<Currency, long[]> sums = new LinkedHashMap<>();
        for (LedgerAccount account : now.values()) {
            LedgerAccount base = baselines.get(account.id());
            long[] sum = sums.computeIfAbsent(account.currency(), c -> new long[3]);
            sum[0] += account.balance().minor() - (base == null ? 0 : base.balance().minor());
            sum[1] += account.balances().debitsPending() - (base == null ? 0 : base.balances().debitsPending());
            sum[2] += account.balances().creditsPending() - (base == null ? 0 : base.balances().creditsPending());
        }
        sums.forEach((currency, sum) -> {
            assertThat(sum[0] == 0, "balances in " + currency + " add up to " + sum[0]);
            assertThat(sum[1] == sum[2], "pending debits " + sum[1] + " != pending credits " + sum[2]);
        });
        for (LedgerAccount account : now.values()) {
            if (account.isBounded()) {
                checkFloor(account, before.get(account.id()));
                checkHolds(account);
                checkHistory(account);
            }
        }
    }

    private void checkFloor(LedgerAccount account, LedgerAccount before) {
        long floor = ((Overdraft.Limited) account.overdraft()).floorMinor();
        long available = account.available().minor();
        assertThat(available >= floor || available >= before.available().minor(),
                account.id() + " available " + available + " went below " + floor + " (was "
                        + before.available().minor() + ")");
    }

    private void checkHolds(LedgerAccount account) {
        long debits = 0;
        long credits = 0;
        for (Transfer hold : holds) {
            if (followUpOf(hold).followUp().isEmpty()) {
                debits += hold.debitAccountId().equals(account.id()) ? hold.amount().minor() : 0;
                credits += hold.creditAccountId().equals(account.id()) ? hold.amount().minor() : 0;
            } else {
                TargetTransfer settled = followUpOf(hold);
                assertThat(settled.followUp().get().equals(settlements.get(hold.id())),
                        "hold " + hold.id() + " settled by a transfer this world did not see applied");
            }
        }
        assertThat(account.balances().debitsPending() == debits, account.id() + " pending debits "
                + account.balances().debitsPending() + " but open holds " + debits);
        assertThat(account.balances().creditsPending() == credits, account.id() + " pending credits "
                + account.balances().creditsPending() + " but open holds " + credits);
    }

    /** Reads the whole history in small pages, so the cursor is exercised too. */
    private void checkHistory(LedgerAccount account) {
        long running = 0;
        Optional<UUID> after = Optional.empty();
        TransferId previous = null;
        do {
            PageRequest request = new PageRequest(after, 3);
            Page<BalanceTransaction> page = tx(() -> services.history.page(account.id(), request));
            for (BalanceTransaction line : page.items()) {
                running += line.amount().minor();
                assertThat(line.balanceAfter().equals(Optional.of(Money.ofMinor(running, account.currency()))),
                        "history line " + line + " does not follow from the lines before it (" + running + ")");
                assertThat(previous == null || previous.compareTo(line.transferId()) < 0, "history out of order");
                previous = line.transferId();
            }
            after = page.nextAfter();
        } while (after.isPresent());
        assertThat(running == account.balance().minor(), account.id() + " history adds up to " + running
                + " but balance is " + account.balance().minor());
    }

    private Map<LedgerAccountId, LedgerAccount> snapshot() {
        Map<LedgerAccountId, LedgerAccount> now = new LinkedHashMap<>();
        accounts.forEach(account -> now.put(account.id(), current(account.id())));
        return now;
    }

    private LedgerAccount current(LedgerAccountId id) {
        return present(tx(() -> services.accounts.find(id)));
    }

    private TargetTransfer followUpOf(Transfer transfer) {
        return present(tx(() -> services.transfers.findWithFollowUp(transfer.id())));
    }

    /** Reads through the ports in a unit of work of their own (the JDBC adapters need a transaction). */
    private <T> T tx(Supplier<T> work) {
        return services.unitOfWork.read(work);
    }

    private static <T> T present(Optional<T> value) {
        return value.orElseThrow(() -> new AssertionError("expected a value"));
    }

    private static void assertThat(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
