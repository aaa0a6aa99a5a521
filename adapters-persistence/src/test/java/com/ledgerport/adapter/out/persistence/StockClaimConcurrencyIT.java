package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.StockItems.Added;
import com.ledgerport.application.port.out.StockItems.Upload;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many threads claiming (and uploading) stock of one SKU at once, each in its own transaction; afterwards no
 * item is sold twice, every item is sold or still counted, and the SKU's count equals its unsold items.
 * Runs on H2 by default and on PostgreSQL with -Ppostgresql.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockClaimConcurrencyIT implements TestPropertyProvider {

    private static final int THREADS = 16;
    private static final Currency EUR = Currency.of("EUR");

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Categories categories;
    @Inject
    Products products;
    @Inject
    Skus skus;
    @Inject
    StockItems stockItems;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private SkuId newSku() {
        return unitOfWork.write(() -> {
            Category category = categories.addIfNameFree("Race " + UUID.randomUUID(),
                    List.of(new CategoryAttribute("brand", AttributeTarget.PRODUCT)), now()).orElseThrow();
            Product product = new Product(ProductId.generate(), category.id(), "Race card", ProductType.VOUCHER,
                    Map.of(), Optional.empty(), now());
            products.add(product);
            Sku sku = new Sku(SkuId.generate(), product.id(), "5 EUR", Money.parse("5.00", EUR), Optional.empty(),
                    Stock.counted(0), Map.of(), now());
            skus.add(sku);
            return sku.id();
        });
    }

    private static List<StockItem> codes(String prefix, int from, int count) {
        List<StockItem> codes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            codes.add(new VoucherCode(prefix + "-" + i));
        }
        return codes;
    }

    private <T> List<T> race(int threads, Callable<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Claim(UUID order, List<StockItem> items) {
    }

    @Test
    void sixteen_threads_claiming_more_than_the_stock_sell_every_item_exactly_once() throws Exception {
        SkuId sku = newSku();
        int stock = 120;
        String prefix = "R" + UUID.randomUUID();
        assertEquals(new Added(stock), unitOfWork.write(() -> stockItems.add(sku, codes(prefix, 0, stock), now())));

        List<List<Claim>> perThread = race(THREADS, () -> {
            List<Claim> claims = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                UUID order = UuidV7.next();
                int quantity = 1 + ThreadLocalRandom.current().nextInt(3);
                claims.add(new Claim(order, unitOfWork.write(() -> stockItems.claim(sku, quantity, order, now()))));
            }
            return claims;
        });

        List<StockItem> sold = new ArrayList<>();
        for (List<Claim> claims : perThread) {
            for (Claim claim : claims) {
                sold.addAll(claim.items());
                assertEquals(claim.items(), unitOfWork.read(() -> stockItems.soldTo(claim.order())));
            }
        }
        Set<StockItem> distinct = new HashSet<>(sold);
        assertEquals(sold.size(), distinct.size(), "an item was sold twice");
        // Demand (16 × 6 claims of 1–3) exceeds the stock; everything is sold, and nothing else.
        assertEquals(new HashSet<>(codes(prefix, 0, stock)), distinct);
        assertEquals(0, unitOfWork.read(() -> stockItems.unsold(sku)));
        assertEquals(Stock.counted(0), unitOfWork.read(() -> skus.find(sku)).orElseThrow().stock());
    }

    @Test
    void claims_racing_uploads_keep_the_count_equal_to_the_unsold_items() throws Exception {
        SkuId sku = newSku();
        String prefix = "U" + UUID.randomUUID();
        unitOfWork.write(() -> stockItems.add(sku, codes(prefix, 0, 20), now()));
        int[] batch = {0};

        List<Integer> results = race(THREADS, () -> {
            int mine;
            synchronized (batch) {
                mine = ++batch[0];
            }
            if (mine % 2 == 0) {
                Upload upload = unitOfWork.write(() -> stockItems.add(sku, codes(prefix, mine * 1_000, 10), now()));
                return upload instanceof Added added ? -added.count() : 0;
            }
            UUID order = UuidV7.next();
            return unitOfWork.write(() -> stockItems.claim(sku, 7, order, now())).size();
        });

        int uploaded = 20 - results.stream().filter(count -> count < 0).mapToInt(Integer::intValue).sum();
        int claimed = results.stream().filter(count -> count > 0).mapToInt(Integer::intValue).sum();
        assertEquals(20 + 8 * 10, uploaded);
        long unsold = unitOfWork.read(() -> stockItems.unsold(sku));
        assertEquals(uploaded - claimed, unsold);
        assertEquals(Stock.counted(unsold), unitOfWork.read(() -> skus.find(sku)).orElseThrow().stock());
    }

    @Test
    void the_same_code_uploaded_at_once_to_two_skus_is_stored_once() throws Exception {
        SkuId first = newSku();
        SkuId second = newSku();
        String code = "SAME-" + UUID.randomUUID();
        int[] turn = {0};

        List<Upload> uploads = race(THREADS, () -> {
            SkuId target;
            synchronized (turn) {
                target = turn[0]++ % 2 == 0 ? first : second;
            }
            return unitOfWork.write(() -> stockItems.add(target, List.of(new VoucherCode(code)), now()));
        });

        assertEquals(1, uploads.stream().filter(Added.class::isInstance).count());
        long stored = unitOfWork.read(() -> stockItems.unsold(first) + stockItems.unsold(second));
        assertEquals(1, stored);
        long counted = unitOfWork.read(() -> skus.find(first).orElseThrow().stock().available()
                + skus.find(second).orElseThrow().stock().available());
        assertEquals(1, counted);
        assertTrue(uploads.stream().filter(upload -> !(upload instanceof Added)).allMatch(
                upload -> upload.equals(new StockItems.Duplicates(List.of(0)))));
    }
}
