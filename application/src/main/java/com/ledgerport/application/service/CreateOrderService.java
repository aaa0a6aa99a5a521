package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CreateOrderUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderRejection;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One unit of work per order: look the external id up (a replay needs nothing else); price the SKU (its product
 * and the partner's balance account id are immutable and remembered per node); insert the
 * order (a concurrent duplicate waits on the unique external id and then answers the first order); hold
 * price × quantity on the partner's balance against the operator's revenue account. A refusal after the insert
 * rolls the whole unit back, so a refused order leaves neither an order nor a hold; it is then audited on its own.
 * A signed order's signature is remembered first in the same unit (so a concurrent copy of the request waits for
 * it, then answers {@link SignatureReplayed}); a refused order's signature is remembered with its audit.
 */
public final class CreateOrderService implements CreateOrderUseCase {

    static final String ACTION = "order.create";
    static final String HOLD_ACTION = "ledger.hold";
    /** An insert that lost to a duplicate which then rolled back is run again; twice more is plenty. */
    static final int ATTEMPTS_MAX = 3;
    /** Most products and partner balance accounts remembered per node (each a few hundred bytes). */
    static final int REMEMBERED_MAX = 50_000;

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Skus skus;
    private final Products products;
    private final LedgerAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountOpener opener;
    private final LedgerPostings postings;
    private final SeenSignatures seenSignatures;
    /** Products never change once added (the catalog has no update): read once per node. */
    private final ImmutableReads<ProductId, Product> productReads = new ImmutableReads<>(REMEMBERED_MAX);
    /** A partner's balance account per currency: never deleted, and its owner, kind and currency never change. */
    private final ImmutableReads<Balance, LedgerAccountId> balanceReads = new ImmutableReads<>(REMEMBERED_MAX);
    /** The operator's revenue account per currency: created once, never changed. */
    private final Map<Currency, LedgerAccountId> revenueAccounts = new ConcurrentHashMap<>();

    /** Without the replay guard: for unsigned orders only (a signed command is refused with an exception). */
    public CreateOrderService(UnitOfWork unitOfWork, Orders orders, Skus skus, Products products,
            LedgerAccounts accounts, Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock,
            SeenSignatures seenSignatures) {
        this.seenSignatures = seenSignatures;
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.skus = skus;
        this.products = products;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.opener = new AccountOpener(unitOfWork, accounts, auditLog, clock);
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public OrderCreation create(CreateOrderCommand command) {
        String fingerprint = Order.fingerprint(command.item(), command.metadata());
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.write(() -> signatureFresh(command) ? attempt(command, fingerprint)
                        : new SignatureReplayed());
            } catch (Refusal refusal) {
                return refuse(command, refusal.reason);
            } catch (DuplicateVanished vanished) {
                if (attempt >= ATTEMPTS_MAX) {
                    throw new IllegalStateException("an order's external id kept changing hands", vanished);
                }
            }
        }
    }

    private OrderCreation attempt(CreateOrderCommand command, String fingerprint) {
        Optional<Order> existing = orders.findByExternalId(command.partnerId(), command.externalId());
        if (existing.isPresent()) {
            return replay(existing.get(), fingerprint);
        }
        Sku sku = skus.find(command.item().skuId()).orElseThrow(() -> new Refusal(OrderRejection.SKU_NOT_FOUND));
        Product product = productReads.get(sku.productId(), products::find)
                .orElseThrow(() -> new Refusal(OrderRejection.SKU_NOT_FOUND));
        if (!sku.stock().covers(command.item().quantity())) {
            throw new Refusal(OrderRejection.OUT_OF_STOCK);
        }
        Money total = Order.totalFor(sku.price(), command.item().quantity())
                .orElseThrow(() -> new Refusal(OrderRejection.AMOUNT_OVERFLOW));
        LedgerAccountId balance = balanceReads.get(new Balance(command.partnerId(), total.currency()),
                key -> accounts.findByOwner(AccountOwner.partner(key.partnerId()), AccountKind.PARTNER_BALANCE,
                        key.currency()).map(LedgerAccount::id))
                .orElseThrow(() -> new Refusal(OrderRejection.CURRENCY_MISMATCH));
        Instant now = clock.instant();
        Order order = Order.place(command.partnerId(), command.externalId(), command.mode(), command.item(),
                product.id(), product.type(), sku.price(), command.metadata(), now);
        if (!orders.addIfExternalIdFree(order)) {
            return replay(orders.findByExternalId(command.partnerId(), command.externalId())
                    .orElseThrow(DuplicateVanished::new), fingerprint);
        }
        IdempotencyKey holdKey = IdempotencyKey.forOrderHold(order.id().value());
        LedgerAccountId revenue = revenueAccount(total.currency(), command.context());
        TransferResult hold = postings.apply(new TransferRequest.Pending(holdKey, balance, revenue, total, 0,
                TransferCode.ORDER, order.id().toString()), HOLD_ACTION, command.context());
        if (hold instanceof TransferResult.Rejected rejected) {
            throw new Refusal(reasonFor(rejected.reason()));
        }
        auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), ACTION,
                order.id().toString(), AuditRecord.SUCCEEDED));
        return new Created(order);
    }

    private static OrderCreation replay(Order existing, String fingerprint) {
        if (!existing.sameRequestAs(fingerprint)) {
            throw new Refusal(OrderRejection.EXTERNAL_ID_REUSED);
        }
        return new Replayed(existing);
    }

    private LedgerAccountId revenueAccount(Currency currency, CallContext context) {
        LedgerAccountId known = revenueAccounts.get(currency);
        if (known != null) {
            return known;
        }
        LedgerAccountId id = opener.operatorAccount(AccountKind.REVENUE, currency, context).id();
        revenueAccounts.put(currency, id);
        return id;
    }

    private static OrderRejection reasonFor(TransferRejection reason) {
        return switch (reason) {
            case EXCEEDS_OVERDRAFT_LIMIT -> OrderRejection.INSUFFICIENT_FUNDS;
            case OVERFLOW -> OrderRejection.AMOUNT_OVERFLOW;
            default -> throw new IllegalStateException("an order's reservation was refused: " + reason.wireName());
        };
    }

    /**
     * The refusal is audited after the order's unit of work rolled back, so the audit record survives it; the
     * signature, rolled back with the order, is remembered again with it.
     */
    private OrderCreation refuse(CreateOrderCommand command, OrderRejection reason) {
        String target = "external_id:" + command.externalId();
        String shortened = target.length() <= AuditRecord.TARGET_LENGTH_MAX ? target
                : target.substring(0, AuditRecord.TARGET_LENGTH_MAX);
        return unitOfWork.write(() -> {
            if (!signatureFresh(command)) {
                return new SignatureReplayed();
            }
            auditLog.append(AuditRecord.of(command.context(), clock.instant(), Optional.of(command.partnerId()),
                    ACTION, shortened, AuditRecord.rejected(reason.wireName())));
            return new Rejected(reason);
        });
    }

    /**
     * Inside the unit of work: remembers the command's signature, if it has one; false (the replay audited) when
     * it is remembered already. A concurrent copy of the request waits here until the first one's unit ends.
     */
    private boolean signatureFresh(CreateOrderCommand command) {
        if (command.signature().isEmpty()) {
            return true;
        }
        SignatureReceipt receipt = command.signature().get();
        return VerifyRequestSignatureService.remember(seenSignatures, auditLog, clock, receipt, command.context());
    }

    private record Balance(PartnerId partnerId, Currency currency) {
    }

    /** Thrown inside the unit of work to roll back what it wrote (the order row) and answer a refusal. */
    private static final class Refusal extends RuntimeException {

        private final OrderRejection reason;

        Refusal(OrderRejection reason) {
            super(reason.wireName(), null, false, false);
            this.reason = reason;
        }
    }

    /** The order that held our external id was rolled back between our insert and our read: run again. */
    private static final class DuplicateVanished extends RuntimeException {

        DuplicateVanished() {
            super("the order holding the external id disappeared", null, false, false);
        }
    }
}
