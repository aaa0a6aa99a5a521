package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog's ports in memory over one shared state (products, SKUs, uploaded items), kept in step as the real
 * one: a claim marks items sold and lowers the SKU's counted stock. One lock (this object) guards everything.
 */
public final class InMemoryCatalog {

    private record Held(SkuId sku, StockItem item, Optional<UUID> soldTo) {
    }

    private final Map<ProductId, Product> productsById = new HashMap<>();
    private final Map<SkuId, Sku> skusById = new HashMap<>();
    private final List<Held> items = new ArrayList<>();

    public final Products products = new CatalogProducts();
    public final Skus skus = new CatalogSkus();
    public final StockItems stockItems = new CatalogStockItems();

    public void add(Product product) {
        products.add(product);
    }

    public void add(Sku sku) {
        skus.add(sku);
    }

    /** Uploads items for a counted SKU; its stock counts them. */
    public void upload(SkuId sku, List<? extends StockItem> uploaded) {
        stockItems.add(sku, List.copyOf(uploaded), Instant.EPOCH);
    }

    public synchronized Sku sku(SkuId id) {
        return skusById.get(id);
    }

    private void recount(SkuId id) {
        Sku sku = skusById.get(id);
        if (sku != null && !sku.stock().unlimited()) {
            long unsold = items.stream().filter(h -> h.sku().equals(id) && h.soldTo().isEmpty()).count();
            skusById.put(id, sku.withStock(Stock.counted(unsold)));
        }
    }

    private static <T> Page<T> page(List<T> all, PageRequest request, java.util.function.Function<T, UUID> idOf) {
        List<T> rows = all.stream()
                .filter(row -> request.after().map(after -> idOf.apply(row).compareTo(after) > 0).orElse(true))
                .sorted(Comparator.comparing(idOf)).limit(request.limit() + 1L).toList();
        return Page.fromOverfetch(rows, request.limit(), idOf);
    }

    private final class CatalogProducts implements Products {

        @Override
        public Optional<Product> find(ProductId id) {
            synchronized (InMemoryCatalog.this) {
                return Optional.ofNullable(productsById.get(id));
            }
        }

        @Override
        public void add(Product product) {
            synchronized (InMemoryCatalog.this) {
                productsById.put(product.id(), product);
            }
        }

        @Override
        public Page<Product> page(ProductFilter filter, PageRequest request) {
            synchronized (InMemoryCatalog.this) {
                return InMemoryCatalog.page(productsById.values().stream()
                        .filter(p -> filter.category().map(p.categoryId()::equals).orElse(true))
                        .filter(p -> filter.type().map(p.type()::equals).orElse(true)).toList(), request,
                        p -> p.id().value());
            }
        }
    }

    private final class CatalogSkus implements Skus {

        @Override
        public Optional<Sku> find(SkuId id) {
            synchronized (InMemoryCatalog.this) {
                return Optional.ofNullable(skusById.get(id));
            }
        }

        @Override
        public void add(Sku sku) {
            synchronized (InMemoryCatalog.this) {
                skusById.put(sku.id(), sku);
            }
        }

        @Override
        public List<Sku> ofProducts(List<ProductId> ids) {
            synchronized (InMemoryCatalog.this) {
                return skusById.values().stream().filter(s -> ids.contains(s.productId()))
                        .sorted(Comparator.comparing((Sku s) -> s.id().value())).toList();
            }
        }

        @Override
        public long countOf(ProductId product) {
            synchronized (InMemoryCatalog.this) {
                return skusById.values().stream().filter(s -> s.productId().equals(product)).count();
            }
        }

        @Override
        public Page<Sku> page(Products.ProductFilter filter, PageRequest request) {
            synchronized (InMemoryCatalog.this) {
                return InMemoryCatalog.page(List.copyOf(skusById.values()), request, s -> s.id().value());
            }
        }

        @Override
        public boolean takeQuota(SkuId id, long quantity) {
            synchronized (InMemoryCatalog.this) {
                Sku sku = skusById.get(id);
                if (sku == null || !sku.stock().covers(quantity)) {
                    return false;
                }
                if (!sku.stock().unlimited()) {
                    skusById.put(id, sku.withStock(Stock.counted(sku.stock().available() - quantity)));
                }
                return true;
            }
        }
    }

    private final class CatalogStockItems implements StockItems {

        @Override
        public List<StockItem> claim(SkuId sku, int quantity, UUID orderId, Instant soldAt) {
            synchronized (InMemoryCatalog.this) {
                List<StockItem> claimed = new ArrayList<>();
                for (int i = 0; i < items.size() && claimed.size() < quantity; i++) {
                    Held held = items.get(i);
                    if (held.sku().equals(sku) && held.soldTo().isEmpty()) {
                        items.set(i, new Held(sku, held.item(), Optional.of(orderId)));
                        claimed.add(held.item());
                    }
                }
                recount(sku);
                return claimed;
            }
        }

        @Override
        public List<StockItem> soldTo(UUID orderId) {
            synchronized (InMemoryCatalog.this) {
                return items.stream().filter(h -> h.soldTo().equals(Optional.of(orderId))).map(Held::item).toList();
            }
        }

        @Override
        public Optional<UUID> orderOfEsim(String iccid) {
            synchronized (InMemoryCatalog.this) {
                return items.stream()
                        .filter(h -> h.item() instanceof StockItem.EsimProfile esim && esim.iccid().equals(iccid))
                        .findFirst().flatMap(Held::soldTo);
            }
        }

        @Override
        public Upload add(SkuId sku, List<StockItem> uploaded, Instant uploadedAt) {
            synchronized (InMemoryCatalog.this) {
                uploaded.forEach(item -> items.add(new Held(sku, item, Optional.empty())));
                recount(sku);
                return new Added(uploaded.size());
            }
        }

        @Override
        public long unsold(SkuId sku) {
            synchronized (InMemoryCatalog.this) {
                return items.stream().filter(h -> h.sku().equals(sku) && h.soldTo().isEmpty()).count();
            }
        }
    }
}
