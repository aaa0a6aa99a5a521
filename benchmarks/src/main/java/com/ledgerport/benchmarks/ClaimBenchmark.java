package com.ledgerport.benchmarks;

import com.ledgerport.application.port.in.CreateCategoryUseCase;
import com.ledgerport.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import com.ledgerport.application.port.in.CreateProductUseCase;
import com.ledgerport.application.port.in.CreateProductUseCase.CreateProductCommand;
import com.ledgerport.application.port.in.CreateSkuUseCase;
import com.ledgerport.application.port.in.CreateSkuUseCase.CreateSkuCommand;
import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.in.UploadStockUseCase.UploadStockCommand;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Stock claims per second on PostgreSQL: {@code StockItems.claim} of one item per unit of work, as fulfilment
 * will call it. Three loads in one run, each on a fresh database: one client on one SKU (the baseline),
 * {@code bench.clients} clients on one SKU (every claim lowers that SKU's counter: a hot row), and as many
 * clients each on its own SKU. Settings: {@code bench.clients} (16), {@code bench.items} on the shared SKU
 * (20000), {@code bench.items.each} on each client's own SKU (4000), {@code bench.warmup} (5 s),
 * {@code bench.seconds} (15 s), {@code bench.loads} (all three: {@code one,shared,each}); a SKU that runs out stops
 * the run (raise the items). After each load it checks that no item was sold twice
 * and that every SKU's count equals its unsold items. Run with
 * {@code -Dbench.main=com.ledgerport.benchmarks.ClaimBenchmark}.
 */
public final class ClaimBenchmark {

    private static final CallContext CONTEXT = new CallContext(Actor.operator(), "bench");

    private ClaimBenchmark() {
    }

    private record Load(String name, String title, int clients, boolean sharedSku) {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        int items = Integer.getInteger("bench.items", 20_000);
        int itemsEach = Integer.getInteger("bench.items.each", 4_000);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
        Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
        System.out.printf(Locale.ROOT, "Ledgerport claim benchmark: %d clients, %d items per SKU, %ds warm-up, %ds "
                + "measured; %d CPUs%n", clients, items, warmUp.toSeconds(), measured.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        List<String> chosen = List.of(System.getProperty("bench.loads", "one,shared,each").split(","));
        List<Load> loads = List.of(new Load("one", "1 client, 1 SKU (baseline)", 1, true),
                new Load("shared", clients + " clients, 1 SKU", clients, true),
                new Load("each", clients + " clients, 1 SKU each", clients, false)).stream()
                .filter(load -> chosen.contains(load.name())).toList();
        List<String> rows = new ArrayList<>();
        Double baseline = null;
        for (Load load : loads) {
            Result result = run(load, load.sharedSku() ? items : itemsEach, warmUp, measured);
            baseline = baseline == null ? result.throughput() : baseline;
            rows.add(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f× |", load.title(),
                    result.throughput(), result.percentileMillis(50), result.percentileMillis(99),
                    result.throughput() / baseline));
            System.out.println(rows.get(rows.size() - 1));
        }
        System.out.println();
        System.out.println("| load | claims/s | p50 ms | p99 ms | vs baseline |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static Result run(Load load, int items, Duration warmUp, Duration measured) throws Exception {
        try (BenchDatabase database = BenchDatabase.create();
                ApplicationContext context = ApplicationContext.builder().properties(database.serverProperties(
                        load.clients(), Files.createTempDirectory("ledgerport-bench").toString())).start()) {
            List<SkuId> skus = seed(context, load.sharedSku() ? 1 : load.clients(), items);
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
            StockItems stockItems = context.getBean(StockItems.class);
            drive(load, skus, unitOfWork, stockItems, warmUp);
            Result result = drive(load, skus, unitOfWork, stockItems, measured);
            check(database, context.getBean(Skus.class), unitOfWork, stockItems, skus);
            return result;
        }
    }

    private static List<SkuId> seed(ApplicationContext context, int skuCount, int items) {
        Category category = ((CreateCategoryUseCase.Created) context.getBean(CreateCategoryUseCase.class)
                .create(new CreateCategoryCommand("Bench", List.of(), CONTEXT))).category();
        Product product = ((CreateProductUseCase.Created) context.getBean(CreateProductUseCase.class).create(
                new CreateProductCommand(category.id(), "Bench card", ProductType.VOUCHER, Map.of(),
                        Optional.empty(), CONTEXT))).product();
        UploadStockUseCase upload = context.getBean(UploadStockUseCase.class);
        List<SkuId> skus = new ArrayList<>();
        for (int s = 0; s < skuCount; s++) {
            SkuId sku = ((CreateSkuUseCase.Created) context.getBean(CreateSkuUseCase.class).create(new CreateSkuCommand(
                    product.id(), "SKU " + s, Money.parse("1.00", Currency.of("EUR")), Optional.empty(),
                    Optional.empty(), Map.of(), CONTEXT))).sku().id();
            for (int from = 0; from < items; from += UploadStockUseCase.ITEMS_MAX) {
                List<StockItem> codes = new ArrayList<>();
                for (int i = from; i < Math.min(items, from + UploadStockUseCase.ITEMS_MAX); i++) {
                    codes.add(new VoucherCode("BENCH-" + s + "-" + i));
                }
                if (!(upload.upload(new UploadStockCommand(sku, codes, Optional.empty(), CONTEXT))
                        instanceof UploadStockUseCase.Uploaded)) {
                    throw new IllegalStateException("seed upload refused");
                }
            }
            skus.add(sku);
        }
        return skus;
    }

    private static Result drive(Load load, List<SkuId> skus, UnitOfWork unitOfWork, StockItems stockItems,
            Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(load.clients());
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            List<Histogram> histograms = new ArrayList<>();
            for (int c = 0; c < load.clients(); c++) {
                Histogram histogram = Result.histogram();
                histograms.add(histogram);
                SkuId sku = skus.get(load.sharedSku() ? 0 : c);
                counts.add(pool.submit(() -> claimUntil(sku, unitOfWork, stockItems, deadline, histogram)));
            }
            long claimed = 0;
            for (Future<Long> count : counts) {
                claimed += count.get();
            }
            Histogram all = Result.histogram();
            histograms.forEach(all::add);
            return new Result("Ledgerport", claimed, 0, (System.nanoTime() - start) / 1e9, all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long claimUntil(SkuId sku, UnitOfWork unitOfWork, StockItems stockItems, long deadline,
            Histogram histogram) {
        long claimed = 0;
        while (System.nanoTime() < deadline) {
            long began = System.nanoTime();
            int got = unitOfWork.write(() -> stockItems.claim(sku, 1, UuidV7.next(), Instant.now())).size();
            histogram.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
            if (got == 0) {
                throw new IllegalStateException("SKU " + sku + " ran out of stock: raise bench.items");
            }
            claimed += got;
        }
        return claimed;
    }

    private static void check(BenchDatabase database, Skus skus, UnitOfWork unitOfWork, StockItems stockItems,
            List<SkuId> ids) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) - count(DISTINCT order_id) FROM stock_item "
                        + "WHERE order_id IS NOT NULL")) {
            rows.next();
            if (rows.getLong(1) != 0) {
                throw new IllegalStateException("an order got more than the one item it claimed");
            }
        }
        for (SkuId id : ids) {
            long unsold = unitOfWork.read(() -> stockItems.unsold(id));
            long counted = unitOfWork.read(() -> skus.find(id)).orElseThrow().stock().available();
            if (unsold != counted) {
                throw new IllegalStateException("SKU " + id + " counts " + counted + " but has " + unsold + " unsold");
            }
        }
    }
}
