package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.StockItems.Added;
import com.ledgerport.application.port.out.StockItems.Duplicates;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalog's JDBC adapters against a real database: H2 by default, PostgreSQL with -Ppostgresql. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogPersistenceIT implements TestPropertyProvider {

    private static final Currency EUR = Currency.of("EUR");

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
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

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T write(Supplier<T> work) {
        return unitOfWork.write(work);
    }

    private Category category(String name) {
        return write(() -> categories.addIfNameFree(name, List.of(new CategoryAttribute("brand", AttributeTarget.PRODUCT),
                new CategoryAttribute("region", AttributeTarget.SKU)), now())).orElseThrow();
    }

    private Product product(Category category, ProductType type, Optional<Partner> supplier) {
        Product product = new Product(ProductId.generate(), category.id(), "Gift card", type, Map.of("brand", "Acme"),
                supplier.map(Partner::id), now());
        write(() -> {
            products.add(product);
            return null;
        });
        return product;
    }

    private Sku sku(Product product, Stock stock) {
        Sku sku = new Sku(SkuId.generate(), product.id(), "10 EUR", Money.parse("9.50", EUR),
                Optional.of(Money.parse("10.00", EUR)), stock, Map.of("region", "EU"), now());
        write(() -> {
            skus.add(sku);
            return null;
        });
        return sku;
    }

    private static List<StockItem> codes(String prefix, int count) {
        List<StockItem> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(new VoucherCode(prefix + "-" + i));
        }
        return codes;
    }

    @Test
    void categories_keep_their_attributes_in_order_and_refuse_a_second_one_with_the_same_name() {
        Category category = category("Gift cards " + UUID.randomUUID());

        assertEquals(Optional.of(category), unitOfWork.read(() -> categories.find(category.id())));
        assertTrue(unitOfWork.read(() -> categories.all()).contains(category));
        assertTrue(write(() -> categories.addIfNameFree(category.name(), List.of(), now())).isEmpty());
        assertTrue(unitOfWork.read(() -> categories.count()) >= 1);
    }

    @Test
    void products_and_skus_read_back_as_written_and_page_with_filters() {
        Category category = category("Vouchers " + UUID.randomUUID());
        Partner supplier = Partner.register("Supplier Co", EUR, now());
        write(() -> {
            partners.add(supplier);
            return null;
        });
        Product first = product(category, ProductType.VOUCHER, Optional.of(supplier));
        Product second = product(category, ProductType.ESIM, Optional.empty());
        Product third = product(category, ProductType.VOUCHER, Optional.empty());
        Sku sku = sku(first, Stock.counted(0));
        Sku unlimited = sku(third, Stock.unlimitedStock());

        assertEquals(Optional.of(first), unitOfWork.read(() -> products.find(first.id())));
        assertEquals(Optional.of(sku), unitOfWork.read(() -> skus.find(sku.id())));
        assertEquals(Optional.of(unlimited), unitOfWork.read(() -> skus.find(unlimited.id())));
        ProductFilter vouchers = new ProductFilter(Optional.of(category.id()), Optional.of(ProductType.VOUCHER),
                Optional.empty());
        Page<Product> page = unitOfWork.read(() -> products.page(vouchers, PageRequest.first(1)));
        assertEquals(List.of(first), page.items());
        Page<Product> next = unitOfWork.read(() -> products.page(vouchers,
                new PageRequest(page.nextAfter(), 1)));
        assertEquals(List.of(third), next.items());
        assertTrue(next.nextAfter().isEmpty());
        assertEquals(List.of(first), unitOfWork.read(() -> products.page(new ProductFilter(Optional.empty(),
                Optional.empty(), Optional.of(supplier.id())), PageRequest.first(10))).items());
        assertEquals(List.of(second), unitOfWork.read(() -> products.page(new ProductFilter(
                Optional.of(category.id()), Optional.of(ProductType.ESIM), Optional.empty()), PageRequest.first(10)))
                .items());
        assertEquals(List.of(sku, unlimited), unitOfWork.read(() -> skus.ofProducts(List.of(first.id(), second.id(),
                third.id()))));
        assertEquals(List.of(sku, unlimited), unitOfWork.read(() -> skus.page(vouchers, PageRequest.first(10)))
                .items());
        assertEquals(1, unitOfWork.read(() -> skus.countOf(first.id())));
    }

    @Test
    void uploads_seal_the_codes_raise_the_count_and_refuse_any_duplicate_all_or_nothing() throws Exception {
        Category category = category("Codes " + UUID.randomUUID());
        Sku sku = sku(product(category, ProductType.VOUCHER, Optional.empty()), Stock.counted(0));
        Sku other = sku(product(category, ProductType.VOUCHER, Optional.empty()), Stock.counted(0));
        String prefix = "SECRET" + UUID.randomUUID().toString().substring(0, 8);

        assertEquals(new Added(3), write(() -> stockItems.add(sku.id(), codes(prefix, 3), now())));
        assertEquals(3, stockCount(sku.id()));
        assertEquals(3, unitOfWork.read(() -> stockItems.unsold(sku.id())));
        // The same code under another SKU, and a code repeated within one upload: refused, nothing written.
        List<StockItem> again = List.of(new VoucherCode(prefix + "-new"), new VoucherCode(prefix + "-1"),
                new VoucherCode(prefix + "-new2"), new VoucherCode(prefix + "-new"));
        assertEquals(new Duplicates(List.of(1, 3)), write(() -> stockItems.add(other.id(), again, now())));
        assertEquals(0, stockCount(other.id()));
        assertEquals(0, unitOfWork.read(() -> stockItems.unsold(other.id())));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sealed_content, fingerprint FROM stock_item")) {
            while (rows.next()) {
                assertFalse(rows.getString(1).contains(prefix), "code stored in the clear");
                assertFalse(rows.getString(2).contains(prefix));
            }
        }
    }

    @Test
    void claims_take_the_oldest_unsold_items_once_and_keep_the_count_in_step() {
        Category category = category("Claims " + UUID.randomUUID());
        Sku sku = sku(product(category, ProductType.VOUCHER, Optional.empty()), Stock.counted(0));
        String prefix = "C" + UUID.randomUUID().toString().substring(0, 8);
        write(() -> stockItems.add(sku.id(), codes(prefix, 5), now()));
        UUID order = UuidV7.next();
        UUID secondOrder = UuidV7.next();

        List<StockItem> first = write(() -> stockItems.claim(sku.id(), 2, order, now()));
        List<StockItem> rest = write(() -> stockItems.claim(sku.id(), 10, secondOrder, now()));

        assertEquals(codes(prefix, 2), first);
        assertEquals(codes(prefix, 5).subList(2, 5), rest);
        assertEquals(first, unitOfWork.read(() -> stockItems.soldTo(order)));
        assertEquals(rest, unitOfWork.read(() -> stockItems.soldTo(secondOrder)));
        assertEquals(List.of(), unitOfWork.read(() -> stockItems.soldTo(UuidV7.next())));
        assertEquals(0, stockCount(sku.id()));
        assertEquals(List.of(), write(() -> stockItems.claim(sku.id(), 1, UuidV7.next(), now())));
    }

    @Test
    void an_esim_is_found_by_its_iccid_once_sold() {
        Category category = category("eSIMs " + UUID.randomUUID());
        Sku sku = sku(product(category, ProductType.ESIM, Optional.empty()), Stock.counted(0));
        String iccid = "89" + (100_000_000_000_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(),
                800_000_000_000_000_000L));
        EsimProfile profile = new EsimProfile(iccid, "LPA:1$smdp.example$ABC");
        write(() -> stockItems.add(sku.id(), List.of(profile), now()));
        assertEquals(Optional.empty(), unitOfWork.read(() -> stockItems.orderOfEsim(iccid)));
        UUID order = UuidV7.next();

        assertEquals(List.of(profile), write(() -> stockItems.claim(sku.id(), 1, order, now())));

        assertEquals(Optional.of(order), unitOfWork.read(() -> stockItems.orderOfEsim(iccid)));
        assertEquals(Optional.empty(), unitOfWork.read(() -> stockItems.orderOfEsim("8900000000000000000")));
        assertEquals(Optional.empty(), unitOfWork.read(() -> stockItems.orderOfEsim("not an iccid")));
    }

    @Test
    void quota_skus_give_out_their_count_and_unlimited_ones_anything() {
        Category category = category("Recharge " + UUID.randomUUID());
        Sku counted = sku(product(category, ProductType.RECHARGE, Optional.empty()), Stock.counted(3));
        Sku unlimited = sku(product(category, ProductType.RECHARGE, Optional.empty()), Stock.unlimitedStock());

        assertTrue(write(() -> skus.takeQuota(counted.id(), 2)));
        assertFalse(write(() -> skus.takeQuota(counted.id(), 2)));
        assertTrue(write(() -> skus.takeQuota(counted.id(), 1)));
        assertTrue(write(() -> skus.takeQuota(unlimited.id(), 1_000)));
        assertEquals(Stock.counted(0), unitOfWork.read(() -> skus.find(counted.id())).orElseThrow().stock());
        assertEquals(Stock.unlimitedStock(), unitOfWork.read(() -> skus.find(unlimited.id())).orElseThrow().stock());
        assertInstanceOf(Sku.class, unitOfWork.read(() -> skus.find(counted.id())).orElseThrow());
    }

    private long stockCount(SkuId sku) {
        return unitOfWork.read(() -> skus.find(sku)).orElseThrow().stock().available();
    }
}
