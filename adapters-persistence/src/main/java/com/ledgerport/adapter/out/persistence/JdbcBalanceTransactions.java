package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;

@Singleton
final class JdbcBalanceTransactions implements BalanceTransactions {

    static final String COLUMNS =
            "account_id, transfer_id, type, amount, currency, balance_after, reference, created_at";

    private final Jdbc jdbc;

    JdbcBalanceTransactions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<BalanceTransaction> page(LedgerAccountId accountId, PageRequest request) {
        List<BalanceTransaction> rows = request.after().isPresent()
                ? jdbc.list("SELECT " + COLUMNS + " FROM balance_transaction WHERE account_id = ? AND transfer_id > ? "
                        + "ORDER BY transfer_id LIMIT ?", p -> p.uuid(accountId.value())
                        .uuid(request.after().get()).integer(request.limit() + 1), JdbcBalanceTransactions::map)
                : jdbc.list("SELECT " + COLUMNS + " FROM balance_transaction WHERE account_id = ? "
                        + "ORDER BY transfer_id LIMIT ?", p -> p.uuid(accountId.value())
                        .integer(request.limit() + 1), JdbcBalanceTransactions::map);
        return Page.fromOverfetch(rows, request.limit(), line -> line.transferId().value());
    }

    private static BalanceTransaction map(Row row) throws SQLException {
        Currency currency = Currency.of(row.text("currency"));
        return new BalanceTransaction(new LedgerAccountId(row.uuid("account_id")),
                new TransferId(row.uuid("transfer_id")), TransferCode.valueOf(row.text("type")),
                Money.ofMinor(row.bigint("amount"), currency),
                row.optionalBigint("balance_after").map(minor -> Money.ofMinor(minor, currency)),
                row.text("reference"), row.instant("created_at"));
    }
}
