package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.Balances;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Overdraft;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ledger accounts. Bounded accounts keep their counters in their row, which a transfer locks and writes back;
 * unbounded (operator) accounts are never locked or written by a transfer, and their counters are summed from
 * their history lines and open holds when they are read.
 */
@Singleton
final class JdbcLedgerAccounts implements LedgerAccounts {

    static final String COLUMNS = "id, owner_type, owner_id, partner_id, kind, currency, overdraft_limit, "
            + "debits_pending, debits_posted, credits_pending, credits_posted, last_transfer_id, created_at";
    /** Locks the bounded accounts among the ids, in id order; unbounded rows are left alone. */
    static final String LOCK_BOUNDED = "SELECT " + COLUMNS + " FROM ledger_account WHERE id IN (%s) "
            + "AND overdraft_limit IS NOT NULL ORDER BY id FOR UPDATE";
    static final String READ_UNLOCKED = "SELECT " + COLUMNS + " FROM ledger_account WHERE id IN (%s)";
    private static final SqlBySize LOCK_BOUNDED_SQL = SqlBySize.inList(LOCK_BOUNDED);
    private static final SqlBySize READ_UNLOCKED_SQL = SqlBySize.inList(READ_UNLOCKED);
    private static final SqlBySize OWNERS_SQL = SqlBySize.inList(
            "SELECT id, owner_type, owner_id, partner_id FROM ledger_account WHERE id IN (%s)");

    /** The operator's accounts: a handful of kinds per currency in use. */
    static final int UNBOUNDED_CACHED_MAX = 1_024;

    private final Jdbc jdbc;
    private final LedgerDialect dialect;
    /**
     * Unbounded accounts as a transfer decision sees them (their attributes, zero counters). None of that can
     * change, and accounts are never deleted; they are opened in units of work of their own (never one that also
     * transfers), so what a transfer reads of them is committed. Caching them saves the operator's account — the
     * one most transfers touch — a read per transfer.
     */
    private final Map<LedgerAccountId, LedgerAccount> unbounded = new ConcurrentHashMap<>();

    JdbcLedgerAccounts(Jdbc jdbc, LedgerDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    private void remember(LedgerAccount account) {
        if (!account.isBounded() && unbounded.size() < UNBOUNDED_CACHED_MAX) {
            unbounded.putIfAbsent(account.id(), account);
        }
    }

    @Override
    public boolean addIfAbsent(LedgerAccount account) {
        Balances balances = account.balances();
        return jdbc.update("INSERT INTO ledger_account (" + COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", p -> p
                .uuid(account.id().value())
                .text(account.owner().type().name())
                .uuid(account.owner().id())
                .optionalUuid(account.owner().partnerId().map(PartnerId::value))
                .text(account.kind().name())
                .text(account.currency().code())
                .optionalBigint(limitOf(account.overdraft()))
                .bigint(balances.debitsPending())
                .bigint(balances.debitsPosted())
                .bigint(balances.creditsPending())
                .bigint(balances.creditsPosted())
                .optionalUuid(account.lastTransferId().map(TransferId::value))
                .instant(account.createdAt())) == 1;
    }

    @Override
    public Optional<LedgerAccount> find(LedgerAccountId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM ledger_account WHERE id = ?", p -> p.uuid(id.value()),
                JdbcLedgerAccounts::map).map(this::withDerivedCounters);
    }

    @Override
    public Map<LedgerAccountId, AccountOwner> ownersOf(Collection<LedgerAccountId> ids) {
        Map<LedgerAccountId, AccountOwner> owners = new HashMap<>();
        if (ids.isEmpty()) {
            return owners;
        }
        List<LedgerAccountId> sorted = List.copyOf(new TreeSet<>(ids));
        jdbc.list(OWNERS_SQL.sql(sorted.size()), p -> bindIds(p, sorted),
                row -> Map.entry(new LedgerAccountId(row.uuid("id")), owner(row)))
                .forEach(entry -> owners.put(entry.getKey(), entry.getValue()));
        return owners;
    }

    @Override
    public Optional<LedgerAccount> findByOwner(AccountOwner owner, AccountKind kind, Currency currency) {
        return jdbc.one("SELECT " + COLUMNS + " FROM ledger_account "
                + "WHERE owner_type = ? AND owner_id = ? AND kind = ? AND currency = ?", p -> p
                .text(owner.type().name())
                .uuid(owner.id())
                .text(kind.name())
                .text(currency.code()), JdbcLedgerAccounts::map).map(this::withDerivedCounters);
    }

    @Override
    public List<LedgerAccount> listByPartner(PartnerId partnerId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM ledger_account WHERE partner_id = ? AND owner_type = ? "
                + "ORDER BY id LIMIT ?", p -> p.uuid(partnerId.value()).text(AccountOwner.OwnerType.PARTNER.name())
                .integer(limit), JdbcLedgerAccounts::map);
    }

    @Override
    public Map<LedgerAccountId, LedgerAccount> lockForTransfer(Collection<LedgerAccountId> ids) {
        Map<LedgerAccountId, LedgerAccount> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<LedgerAccountId> sorted = List.copyOf(new TreeSet<>(ids));
        dialect.beforeLocking();
        jdbc.list(LOCK_BOUNDED_SQL.sql(sorted.size()), p -> bindIds(p, sorted),
                JdbcLedgerAccounts::map).forEach(account -> found.put(account.id(), account));
        List<LedgerAccountId> rest = new ArrayList<>();
        for (LedgerAccountId id : sorted) {
            LedgerAccount known = found.containsKey(id) ? null : unbounded.get(id);
            if (known != null) {
                found.put(id, known);
            } else if (!found.containsKey(id)) {
                rest.add(id);
            }
        }
        if (!rest.isEmpty()) {
            // Unbounded accounts (or unknown ids): nothing a decision reads of them can change, so no lock.
            for (LedgerAccount account : jdbc.list(READ_UNLOCKED_SQL.sql(rest.size()),
                    p -> bindIds(p, rest), JdbcLedgerAccounts::map)) {
                found.put(account.id(), account);
                remember(account);
            }
        }
        return found;
    }

    @Override
    public boolean setOverdraft(LedgerAccountId id, Overdraft.Limited overdraft) {
        return jdbc.update("UPDATE ledger_account SET overdraft_limit = ? WHERE id = ? AND overdraft_limit IS NOT NULL",
                p -> p.bigint(overdraft.limitMinor()).uuid(id.value())) == 1;
    }

    /** An unbounded account's counters: its posted history lines and its open holds, summed now. */
    private LedgerAccount withDerivedCounters(LedgerAccount account) {
        if (account.isBounded()) {
            return account;
        }
        UUID id = account.id().value();
        long[] posted = jdbc.one("""
                SELECT COALESCE(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), 0) AS debits,
                       COALESCE(SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), 0) AS credits
                FROM balance_transaction WHERE account_id = ?""", p -> p.uuid(id),
                row -> new long[] {row.exactLong("debits"), row.exactLong("credits")}).orElseThrow();
        long[] pending = jdbc.one("""
                SELECT COALESCE(SUM(CASE WHEN debit_account_id = ? THEN amount ELSE 0 END), 0) AS debits,
                       COALESCE(SUM(CASE WHEN credit_account_id = ? THEN amount ELSE 0 END), 0) AS credits
                FROM pending_hold WHERE debit_account_id = ? OR credit_account_id = ?""",
                p -> p.uuid(id).uuid(id).uuid(id).uuid(id),
                row -> new long[] {row.exactLong("debits"), row.exactLong("credits")}).orElseThrow();
        return account.withBalances(new Balances(pending[0], posted[0], pending[1], posted[1]));
    }

    private static void bindIds(Params params, List<LedgerAccountId> ids) throws SQLException {
        for (LedgerAccountId id : ids) {
            params.uuid(id.value());
        }
    }

    private static Optional<Long> limitOf(Overdraft overdraft) {
        return overdraft instanceof Overdraft.Limited limited ? Optional.of(limited.limitMinor()) : Optional.empty();
    }

    static LedgerAccount map(Row row) throws SQLException {
        Optional<Long> limit = row.optionalBigint("overdraft_limit");
        return new LedgerAccount(new LedgerAccountId(row.uuid("id")), owner(row),
                AccountKind.valueOf(row.text("kind")), Currency.of(row.text("currency")),
                limit.<Overdraft>map(Overdraft.Limited::new).orElseGet(Overdraft.Unbounded::new),
                new Balances(row.bigint("debits_pending"), row.bigint("debits_posted"), row.bigint("credits_pending"),
                        row.bigint("credits_posted")),
                row.optionalUuid("last_transfer_id").map(TransferId::new), row.instant("created_at"));
    }

    private static AccountOwner owner(Row row) throws SQLException {
        AccountOwner.OwnerType type = AccountOwner.OwnerType.valueOf(row.text("owner_type"));
        return switch (type) {
            case PARTNER -> AccountOwner.partner(new PartnerId(row.uuid("owner_id")));
            case CUSTOMER -> new AccountOwner.CustomerOwner(new PartnerId(row.uuid("partner_id")),
                    row.uuid("owner_id"));
            case OPERATOR -> AccountOwner.operator();
        };
    }
}
