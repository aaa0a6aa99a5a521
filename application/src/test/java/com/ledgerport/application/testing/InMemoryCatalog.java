package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import com.ledgerport.domain.shared.UuidV7;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The catalog's four ports in memory, sharing one store (an upload and a claim move a SKU's count as the JDBC
 * adapters do). Items are kept in the clear and told apart by kind and identity — no fingerprint key here.
 */
public final class InMemoryCatalog {

    private final TreeMap<Long, Category> categories = new TreeMap<>();
    private final TreeMap<UUID, Product> products = new TreeMap<>();
    private final TreeMap<UUID, Sku> skus = new TreeMap<>();
    private final TreeMap<UUID, Item> items = new TreeMap<>();

    private record Item(UUID id, SkuId sku, StockItem content, Optional<UUID> order, Optional<Instant> soldAt) {

        String identity() {
            return content.fingerprintPurpose() + ":" + content.identity();
        }
    }

    public final Categories categoriesPort = new Categories() {
        @Override
        public Optional<Category> addIfNameFree(String name, List<CategoryAttribute> attributes, Instant createdAt) {
            synchronized (InMemoryCatalog.this) {
                if (categories.values().stream().anyMatch(category -> category.name().equals(name))) {
                    return Optional.empty();
                }
                Category category = new Category(new CategoryId(categories.size() + 1L), name, attributes, createdAt);
                categories.put(category.id().value(), category);
                return Optional.of(category);
            }
        }

        @Override
        public Optional<Category> find(CategoryId id) {
            synchronized (InMemoryCatalog.this) {
                return Optional.ofNullable(categories.get(id.value()));
            }
        }

        @Override
        public List<Category> all() {
            synchronized (InMemoryCatalog.this) {
                return List.copyOf(categories.values());
            }
        }

        @Override
        public long count() {
            synchronized (InMemoryCatalog.this) {
                return categories.size();
            }
        }
    };

    public final Products productsPort = new Products() {
        @Override
        public Optional<Product> find(ProductId id) {
            synchronized (InMemoryCatalog.this) {
                return Optional.ofNullable(products.get(id.value()));
            }
        }

        @Override
        public void add(Product product) {
            synchronized (InMemoryCatalog.this) {
                products.put(product.id().value(), product);
            }
        }

        @Override
        public Page<Product> page(ProductFilter filter, PageRequest request) {
            synchronized (InMemoryCatalog.this) {
                return InMemoryCatalog.page(products, request, passes(filter), product -> product.id().value());
            }
        }
    };

    public final Skus skusPort = new Skus() {
        @Override
        public Optional<Sku> find(SkuId id) {
            synchronized (InMemoryCatalog.this) {
                return Optional.ofNullable(skus.get(id.value()));
            }
        }

        @Override
        public void add(Sku sku) {
            synchronized (InMemoryCatalog.this) {
                skus.put(sku.id().value(), sku);
            }
        }

        @Override
        public List<Sku> ofProducts(List<ProductId> ids) {
            synchronized (InMemoryCatalog.this) {
                List<Sku> found = new ArrayList<>();
                ids.stream().distinct().sorted((a, b) -> a.value().compareTo(b.value())).forEach(id -> skus.values()
                        .stream().filter(sku -> sku.productId().equals(id)).forEach(found::add));
                return found;
            }
        }

        @Override
        public long countOf(ProductId product) {
            synchronized (InMemoryCatalog.this) {
                return skus.values().stream().filter(sku -> sku.productId().equals(product)).count();
            }
        }

        @Override
        public Page<Sku> page(ProductFilter filter, PageRequest request) {
            synchronized (InMemoryCatalog.this) {
                Predicate<Product> passes = passes(filter);
                return InMemoryCatalog.page(skus, request, sku -> passes.test(products.get(sku.productId().value())),
                        sku -> sku.id().value());
            }
        }

        @Override
        public boolean takeQuota(SkuId id, long quantity) {
            synchronized (InMemoryCatalog.this) {
                Sku sku = skus.get(id.value());
                if (sku == null || !sku.stock().covers(quantity)) {
                    return false;
                }
                if (!sku.stock().unlimited()) {
                    skus.put(id.value(), sku.withStock(Stock.counted(sku.stock().available() - quantity)));
                }
                return true;
            }
        }
    };

    public final StockItems stockItemsPort = new StockItems() {
        @Override
        public List<StockItem> claim(SkuId sku, int quantity, UUID orderId, Instant soldAt) {
            synchronized (InMemoryCatalog.this) {
                List<StockItem> taken = new ArrayList<>();
                for (Item item : List.copyOf(items.values())) {
                    if (taken.size() < quantity && item.sku().equals(sku) && item.order().isEmpty()) {
                        items.put(item.id(), new Item(item.id(), sku, item.content(), Optional.of(orderId),
                                Optional.of(soldAt)));
                        taken.add(item.content());
                    }
                }
                moveCount(sku, -taken.size());
                return taken;
            }
        }

        @Override
        public List<StockItem> soldTo(UUID orderId) {
            synchronized (InMemoryCatalog.this) {
                return items.values().stream().filter(item -> item.order().equals(Optional.of(orderId)))
                        .map(Item::content).toList();
            }
        }

        @Override
        public Optional<UUID> orderOfEsim(String iccid) {
            synchronized (InMemoryCatalog.this) {
                return items.values().stream().filter(item -> item.content() instanceof EsimProfile profile
                        && profile.iccid().equals(iccid)).findFirst().flatMap(Item::order);
            }
        }

        @Override
        public Upload add(SkuId sku, List<StockItem> uploaded, Instant uploadedAt) {
            synchronized (InMemoryCatalog.this) {
                Set<String> stored = new HashSet<>();
                items.values().forEach(item -> stored.add(item.identity()));
                Map<String, Integer> seen = new HashMap<>();
                List<Integer> duplicates = new ArrayList<>();
                for (int i = 0; i < uploaded.size(); i++) {
                    String identity = uploaded.get(i).fingerprintPurpose() + ":" + uploaded.get(i).identity();
                    if (stored.contains(identity) || seen.putIfAbsent(identity, i) != null) {
                        duplicates.add(i);
                    }
                }
                if (!duplicates.isEmpty()) {
                    return new Duplicates(duplicates);
                }
                for (StockItem item : uploaded) {
                    UUID id = UuidV7.next();
                    items.put(id, new Item(id, sku, item, Optional.empty(), Optional.empty()));
                }
                moveCount(sku, uploaded.size());
                return new Added(uploaded.size());
            }
        }

        @Override
        public long unsold(SkuId sku) {
            synchronized (InMemoryCatalog.this) {
                return items.values().stream().filter(item -> item.sku().equals(sku) && item.order().isEmpty())
                        .count();
            }
        }
    };

    private void moveCount(SkuId id, int by) {
        Sku sku = skus.get(id.value());
        skus.put(id.value(), sku.withStock(Stock.counted(sku.stock().available() + by)));
    }

    private static Predicate<Product> passes(ProductFilter filter) {
        return product -> filter.category().map(product.categoryId()::equals).orElse(true)
                && filter.type().map(type -> product.type() == type).orElse(true)
                && filter.supplier().map(supplier -> product.supplierId().equals(Optional.of(supplier))).orElse(true);
    }

    private static <T> Page<T> page(TreeMap<UUID, T> rows, PageRequest request, Predicate<T> filter,
            java.util.function.Function<T, UUID> idOf) {
        var tail = request.after().map(after -> rows.tailMap(after, false)).orElse(rows);
        List<T> found = tail.values().stream().filter(filter).limit(request.limit() + 1L).toList();
        return Page.fromOverfetch(found, request.limit(), idOf);
    }
}
