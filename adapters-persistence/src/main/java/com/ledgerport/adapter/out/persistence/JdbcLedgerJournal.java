package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.Balances;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferKind;
import com.ledgerport.domain.shared.Money;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a posting: the transfers ({@code INSERT ... ON CONFLICT DO NOTHING}: a taken key, or a hold already
 * settled, or a transfer already reversed — each a unique constraint — inserts nothing, also when the other row
 * belongs to a transaction still in flight: both databases wait for it, then report the conflict), the holds they
 * open or close, the counters of the locked bounded accounts, the history lines and the audit records.
 *
 * <p>On PostgreSQL all of it goes in one round trip; on H2 statement by statement ({@link LedgerDialect}). When a
 * transfer inserted nothing, the answer is false and the caller rolls the transaction back, so whatever else was
 * written with it goes too.
 */
@Singleton
final class JdbcLedgerJournal implements LedgerJournal {

    static final String INSERT_TRANSFER = "INSERT INTO transfer (" + JdbcTransfers.COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String OPEN_HOLD = "INSERT INTO pending_hold (transfer_id, debit_account_id, credit_account_id, "
            + "amount, expires_at) VALUES (?, ?, ?, ?, ?)";
    static final String CLOSE_HOLD = "DELETE FROM pending_hold WHERE transfer_id = ?";
    static final String SAVE_BALANCES = "UPDATE ledger_account SET debits_pending = ?, debits_posted = ?, "
            + "credits_pending = ?, credits_posted = ?, last_transfer_id = ? "
            + "WHERE id = ? AND overdraft_limit IS NOT NULL";
    static final String LINE_COLUMNS =
            "account_id, transfer_id, type, amount, currency, balance_after, reference, created_at";
    /** All lines in one multi-row INSERT. */
    private static final SqlBySize INSERT_LINES = new SqlBySize(count -> "INSERT INTO balance_transaction ("
            + LINE_COLUMNS + ") VALUES " + String.join(", ", Collections.nCopies(count, "(?, ?, ?, ?, ?, ?, ?, ?)")));
    /** Postings come in a few shapes (e.g. a single transfer between two bounded accounts); beyond, no caching. */
    static final int SHAPES_CACHED_MAX = 64;

    private final Jdbc jdbc;
    private final LedgerDialect dialect;
    /** The text sent for each shape of posting (its statements' texts), joined once. */
    private final Map<List<String>, String> joined = new ConcurrentHashMap<>();

    JdbcLedgerJournal(Jdbc jdbc, LedgerDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public boolean record(Posting posting) {
        List<Jdbc.Update> updates = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        posting.transfers().forEach(transfer -> add(updates, expected, insert(transfer), 1));
        for (Transfer transfer : posting.transfers()) {
            if (transfer.kind() == TransferKind.PENDING) {
                add(updates, expected, openHold(transfer), 1);
            }
            transfer.pendingId().ifPresent(pendingId -> add(updates, expected,
                    new Jdbc.Update(CLOSE_HOLD, p -> p.uuid(pendingId.value())), 1));
        }
        posting.accounts().forEach(account -> add(updates, expected, saveBalances(account), 1));
        if (!posting.lines().isEmpty()) {
            add(updates, expected, lines(posting.lines()), posting.lines().size());
        }
        posting.audit().forEach(record -> add(updates, expected,
                new Jdbc.Update(JdbcAuditLog.INSERT, p -> JdbcAuditLog.bind(p, record)), 1));
        return dialect.sendsStatementsTogether() ? together(updates, expected, posting.transfers().size())
                : oneByOne(updates, expected, posting.transfers().size());
    }

    private boolean together(List<Jdbc.Update> updates, List<Integer> expected, int transfers) {
        int[] counts = jdbc.updatesTogether(joined(updates), updates);
        for (int i = 0; i < transfers; i++) {
            if (counts[i] == 0) {
                return false;
            }
        }
        check(counts, expected, updates);
        return true;
    }

    private boolean oneByOne(List<Jdbc.Update> updates, List<Integer> expected, int transfers) {
        int[] counts = new int[updates.size()];
        for (int i = 0; i < updates.size(); i++) {
            counts[i] = jdbc.update(updates.get(i).sql(), updates.get(i).binder());
            if (i < transfers && counts[i] == 0) {
                return false;
            }
        }
        check(counts, expected, updates);
        return true;
    }

    private String joined(List<Jdbc.Update> updates) {
        List<String> shape = new ArrayList<>(updates.size());
        for (Jdbc.Update update : updates) {
            shape.add(update.sql());
        }
        String sql = joined.get(shape);
        if (sql == null) {
            sql = Jdbc.together(updates);
            if (joined.size() < SHAPES_CACHED_MAX) {
                joined.putIfAbsent(shape, sql);
            }
        }
        return sql;
    }

    /** Every other statement changes exactly the rows it names: anything else is a broken invariant. */
    private static void check(int[] counts, List<Integer> expected, List<Jdbc.Update> updates) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != expected.get(i)) {
                throw new IllegalStateException("expected " + expected.get(i) + " row(s), changed " + counts[i]
                        + ": " + updates.get(i).sql());
            }
        }
    }

    private static void add(List<Jdbc.Update> updates, List<Integer> expected, Jdbc.Update update, int rows) {
        updates.add(update);
        expected.add(rows);
    }

    private static Jdbc.Update insert(Transfer transfer) {
        return new Jdbc.Update(INSERT_TRANSFER, p -> p
                .uuid(transfer.id().value())
                .text(transfer.key().value())
                .text(transfer.kind().name())
                .text(transfer.code().name())
                .uuid(transfer.debitAccountId().value())
                .uuid(transfer.creditAccountId().value())
                .bigint(transfer.amount().minor())
                .text(transfer.amount().currency().code())
                .optionalUuid(transfer.pendingId().map(TransferId::value))
                .optionalUuid(transfer.reversalOf().map(TransferId::value))
                .bigint(transfer.timeoutSeconds())
                .text(transfer.reference())
                .instant(transfer.createdAt()));
    }

    private static Jdbc.Update openHold(Transfer transfer) {
        return new Jdbc.Update(OPEN_HOLD, p -> p
                .uuid(transfer.id().value())
                .uuid(transfer.debitAccountId().value())
                .uuid(transfer.creditAccountId().value())
                .bigint(transfer.amount().minor())
                .optionalInstant(transfer.expiresAt()));
    }

    private static Jdbc.Update saveBalances(LedgerAccount account) {
        Balances balances = account.balances();
        return new Jdbc.Update(SAVE_BALANCES, p -> p
                .bigint(balances.debitsPending())
                .bigint(balances.debitsPosted())
                .bigint(balances.creditsPending())
                .bigint(balances.creditsPosted())
                .optionalUuid(account.lastTransferId().map(TransferId::value))
                .uuid(account.id().value()));
    }

    private static Jdbc.Update lines(List<BalanceTransaction> lines) {
        return new Jdbc.Update(INSERT_LINES.sql(lines.size()), p -> {
            for (BalanceTransaction line : lines) {
                p.uuid(line.accountId().value())
                        .uuid(line.transferId().value())
                        .text(line.type().name())
                        .bigint(line.amount().minor())
                        .text(line.amount().currency().code())
                        .optionalBigint(line.balanceAfter().map(Money::minor))
                        .text(line.reference())
                        .instant(line.createdAt());
            }
        });
    }
}
