package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferKind;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading transfers; {@link JdbcLedgerJournal} writes them. */
@Singleton
final class JdbcTransfers implements Transfers {

    static final String COLUMNS = "id, idempotency_key, kind, code, debit_account_id, credit_account_id, amount, "
            + "currency, pending_id, reversal_of, timeout_seconds, reference, created_at";

    private static final SqlBySize BY_KEYS = SqlBySize.inList(
            "SELECT " + COLUMNS + " FROM transfer WHERE idempotency_key IN (%s)");

    private final Jdbc jdbc;

    JdbcTransfers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Transfer> find(TransferId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM transfer WHERE id = ?", p -> p.uuid(id.value()),
                row -> map(row, ""));
    }

    @Override
    public Map<IdempotencyKey, Transfer> findByKeys(Collection<IdempotencyKey> keys) {
        Map<IdempotencyKey, Transfer> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        List<IdempotencyKey> list = new ArrayList<>(keys);
        jdbc.list(BY_KEYS.sql(list.size()), p -> {
            for (IdempotencyKey key : list) {
                p.text(key.value());
            }
        }, row -> map(row, "")).forEach(transfer -> found.put(transfer.key(), transfer));
        return found;
    }

    /** The transfer and whatever settled or reversed it, in one statement (two joins on unique indexes). */
    @Override
    public Optional<TargetTransfer> findWithFollowUp(TransferId id) {
        String sql = "SELECT " + prefixed("t") + ", " + prefixed("s") + ", " + prefixed("r") + """
                 FROM transfer t
                LEFT JOIN transfer s ON s.pending_id = t.id
                LEFT JOIN transfer r ON r.reversal_of = t.id
                WHERE t.id = ?""";
        return jdbc.one(sql, p -> p.uuid(id.value()), row -> {
            Transfer transfer = map(row, "t_");
            Optional<Transfer> followUp = row.optionalUuid("s_id").isPresent() ? Optional.of(map(row, "s_"))
                    : row.optionalUuid("r_id").isPresent() ? Optional.of(map(row, "r_")) : Optional.empty();
            return new TargetTransfer(transfer, followUp);
        });
    }

    @Override
    public List<TransferId> dueForExpiry(Instant now, int limit) {
        return jdbc.list("SELECT transfer_id FROM pending_hold WHERE expires_at <= ? "
                + "ORDER BY expires_at, transfer_id LIMIT ?", p -> p.instant(now).integer(limit),
                row -> new TransferId(row.uuid("transfer_id")));
    }

    /** {@code t.id AS t_id, t.idempotency_key AS t_idempotency_key, …} */
    private static String prefixed(String alias) {
        List<String> columns = new ArrayList<>();
        for (String column : COLUMNS.split(", ")) {
            columns.add(alias + "." + column + " AS " + alias + "_" + column);
        }
        return String.join(", ", columns);
    }

    private static Transfer map(Row row, String prefix) throws SQLException {
        Currency currency = Currency.of(row.text(prefix + "currency"));
        return new Transfer(new TransferId(row.uuid(prefix + "id")),
                new IdempotencyKey(row.text(prefix + "idempotency_key")),
                TransferKind.valueOf(row.text(prefix + "kind")), TransferCode.valueOf(row.text(prefix + "code")),
                new LedgerAccountId(row.uuid(prefix + "debit_account_id")),
                new LedgerAccountId(row.uuid(prefix + "credit_account_id")),
                Money.ofMinor(row.bigint(prefix + "amount"), currency),
                row.optionalUuid(prefix + "pending_id").map(TransferId::new),
                row.optionalUuid(prefix + "reversal_of").map(TransferId::new),
                row.bigint(prefix + "timeout_seconds"), row.text(prefix + "reference"),
                row.instant(prefix + "created_at"));
    }
}
