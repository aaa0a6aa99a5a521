package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.shared.SecretBox;
import com.ledgerport.domain.shared.UuidV7;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stock items, sealed with the {@link SecretBox} (AES-GCM bound to the item's id) and found again by their keyed
 * fingerprint. Uploads and claims keep the SKU's {@code stock_count} equal to its unsold items, in the same
 * transaction.
 *
 * <p>A claim selects the oldest unsold items with {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so concurrent
 * claims take disjoint items without waiting for each other (on H2 it locks the SKU's row first: see
 * {@link LedgerDialect}), and marks them sold with a compare-and-set ({@code … AND order_id IS NULL}): even an
 * engine that handed a just-sold row to a second claimer could not sell it twice. Then it lowers the SKU's
 * counter (one row lock, held to commit).
 */
@Singleton
final class JdbcStockItems implements StockItems {

    /** Rows per multi-row statement (upload inserts, fingerprint look-ups). */
    static final int ROWS_PER_STATEMENT_MAX = 200;
    /** Rounds of a claim that lost candidates to concurrent claimers before it settles for what it has. */
    static final int CLAIM_ROUNDS_MAX = 16;
    /** Most items answered for one order. */
    static final int SOLD_TO_MAX = 10_000;
    private static final String VOUCHER_CODE = "VOUCHER_CODE";
    private static final String ESIM_PROFILE = "ESIM_PROFILE";

    private final Jdbc jdbc;
    private final LedgerDialect dialect;
    private final SecretBox box;

    JdbcStockItems(Jdbc jdbc, LedgerDialect dialect, SecretBox box) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.box = box;
    }

    private record Stored(UUID id, String kind, String sealed) {
    }

    @Override
    public List<StockItem> claim(SkuId sku, int quantity, UUID orderId, Instant soldAt) {
        if (quantity < 1 || quantity > CLAIM_MAX) {
            throw new IllegalArgumentException("a claim takes 1 to " + CLAIM_MAX + " items");
        }
        dialect.beforeLocking();
        if (!dialect.claimsSkipLockedItems()) {
            lockSku(sku);
        }
        List<Stored> taken = new ArrayList<>();
        for (int round = 0; round < CLAIM_ROUNDS_MAX && taken.size() < quantity; round++) {
            int wanted = quantity - taken.size();
            List<Stored> candidates = jdbc.list("SELECT id, kind, sealed_content FROM stock_item "
                    + "WHERE sku_id = ? AND order_id IS NULL ORDER BY id LIMIT ? " + dialect.claimLocking(),
                    p -> p.uuid(sku.value()).integer(wanted), JdbcStockItems::stored);
            if (candidates.isEmpty()) {
                break;
            }
            for (Stored candidate : candidates) {
                if (jdbc.update("UPDATE stock_item SET order_id = ?, sold_at = ? WHERE id = ? AND order_id IS NULL",
                        p -> p.uuid(orderId).instant(soldAt).uuid(candidate.id())) == 1) {
                    taken.add(candidate);
                }
            }
        }
        if (!taken.isEmpty()) {
            int sold = taken.size();
            int updated = jdbc.update("UPDATE sku SET stock_count = stock_count - ? WHERE id = ? AND stock_count >= ?",
                    p -> p.bigint(sold).uuid(sku.value()).bigint(sold));
            if (updated != 1) {
                throw new IllegalStateException("SKU " + sku + " counts fewer units than the items just sold");
            }
        }
        return taken.stream().map(this::open).toList();
    }

    @Override
    public List<StockItem> soldTo(UUID orderId) {
        return jdbc.list("SELECT id, kind, sealed_content FROM stock_item WHERE order_id = ? "
                + "ORDER BY sold_at, id LIMIT ?", p -> p.uuid(orderId).integer(SOLD_TO_MAX), JdbcStockItems::stored)
                .stream().map(this::open).toList();
    }

    @Override
    public Optional<UUID> orderOfEsim(String iccid) {
        if (iccid == null || !StockItem.ICCID.matcher(iccid).matches()) {
            return Optional.empty();
        }
        String fingerprint = StockItem.esimFingerprint(box, iccid);
        return jdbc.one("SELECT order_id FROM stock_item WHERE fingerprint = ? AND kind = ?",
                p -> p.text(fingerprint).text(ESIM_PROFILE), row -> row.optionalUuid("order_id"))
                .flatMap(order -> order);
    }

    @Override
    public long unsold(SkuId sku) {
        return jdbc.one("SELECT COUNT(*) AS n FROM stock_item WHERE sku_id = ? AND order_id IS NULL",
                p -> p.uuid(sku.value()), row -> row.bigint("n")).orElse(0L);
    }

    @Override
    public Upload add(SkuId sku, List<StockItem> items, Instant uploadedAt) {
        if (items.isEmpty()) {
            return new Added(0);
        }
        // Serialises uploads to one SKU and makes the counter update below wait for no one.
        dialect.beforeLocking();
        lockSku(sku);
        List<String> fingerprints = items.stream().map(item -> item.fingerprint(box)).toList();
        List<Integer> duplicates = duplicates(fingerprints);
        if (!duplicates.isEmpty()) {
            return new Duplicates(duplicates);
        }
        Savepoint savepoint = savepoint();
        int inserted = 0;
        for (int from = 0; from < items.size(); from += ROWS_PER_STATEMENT_MAX) {
            inserted += insert(sku, items.subList(from, Math.min(items.size(), from + ROWS_PER_STATEMENT_MAX)),
                    fingerprints.subList(from, Math.min(items.size(), from + ROWS_PER_STATEMENT_MAX)), uploadedAt);
        }
        if (inserted != items.size()) {
            // A concurrent upload stored one of these codes after the check above: nothing of this one stays.
            rollbackTo(savepoint);
            return new Duplicates(duplicates(fingerprints));
        }
        int count = inserted;
        jdbc.update("UPDATE sku SET stock_count = stock_count + ? WHERE id = ?", p -> p.bigint(count).uuid(sku.value()));
        return new Added(count);
    }

    private void lockSku(SkuId sku) {
        if (jdbc.one("SELECT id FROM sku WHERE id = ? FOR UPDATE", p -> p.uuid(sku.value()), row -> row.uuid("id"))
                .isEmpty()) {
            throw new IllegalArgumentException("no SKU " + sku);
        }
    }

    /** Positions of fingerprints stored already or repeated earlier in the list. */
    private List<Integer> duplicates(List<String> fingerprints) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < fingerprints.size(); from += ROWS_PER_STATEMENT_MAX) {
            List<String> chunk = fingerprints.subList(from, Math.min(fingerprints.size(), from + ROWS_PER_STATEMENT_MAX));
            stored.addAll(jdbc.list("SELECT fingerprint FROM stock_item WHERE fingerprint IN ("
                    + marks(chunk.size()) + ")", p -> {
                        for (String fingerprint : chunk) {
                            p.text(fingerprint);
                        }
                    }, row -> row.text("fingerprint")));
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            String fingerprint = fingerprints.get(i);
            if (stored.contains(fingerprint) || firstSeen.putIfAbsent(fingerprint, i) != null) {
                positions.add(i);
            }
        }
        return positions;
    }

    private int insert(SkuId sku, List<StockItem> items, List<String> fingerprints, Instant uploadedAt) {
        String rows = String.join(", ", Collections.nCopies(items.size(), "(?, ?, ?, ?, ?, ?)"));
        return jdbc.update("INSERT INTO stock_item (id, sku_id, kind, fingerprint, sealed_content, uploaded_at) "
                + "VALUES " + rows + " ON CONFLICT DO NOTHING", p -> {
                    for (int i = 0; i < items.size(); i++) {
                        StockItem item = items.get(i);
                        UUID id = UuidV7.next();
                        p.uuid(id).uuid(sku.value()).text(kind(item)).text(fingerprints.get(i))
                                .text(box.seal(item.content(), context(id))).instant(uploadedAt);
                    }
                });
    }

    private StockItem open(Stored stored) {
        String content = box.openText(stored.sealed(), context(stored.id()));
        return ESIM_PROFILE.equals(stored.kind()) ? EsimProfile.fromContent(content) : new VoucherCode(content);
    }

    private static String kind(StockItem item) {
        return item instanceof EsimProfile ? ESIM_PROFILE : VOUCHER_CODE;
    }

    private static String context(UUID id) {
        return "stock_item:" + id;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Stored stored(Row row) throws SQLException {
        return new Stored(row.uuid("id"), row.text("kind"), row.text("sealed_content"));
    }

    private Savepoint savepoint() {
        try {
            return jdbc.connection().setSavepoint();
        } catch (SQLException failure) {
            throw new PersistenceException("could not set a savepoint", failure);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            Connection connection = jdbc.connection();
            connection.rollback(savepoint);
        } catch (SQLException failure) {
            throw new PersistenceException("could not roll back to the savepoint", failure);
        }
    }
}
