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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalog's read ports in memory: products, SKUs and uploaded stock items, kept in step as the real one. */
public final class InMemoryCatalog implements Products, Skus, StockItems {

    private record Held(SkuId sku, StockItem item, Optional<UUID> soldTo) {
    }

    private final Map<ProductId, Product> products = new HashMap<>();
    private final Map<SkuId, Sku> skus = new HashMap<>();
    private final List<Held> items = new ArrayList<>();

    public synchronized void add(Product product) {
        products.put(product.id(), product);
    }

    public synchronized void add(Sku sku) {
        skus.put(sku.id(), sku);
    }

    /** Uploads items for a counted SKU; its stock counts them. */
    public synchronized void upload(SkuId sku, List<? extends StockItem> uploaded) {
        uploaded.forEach(item -> items.add(new Held(sku, item, Optional.empty())));
        recount(sku);
    }

    @Override
    public synchronized Optional<Product> find(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    @Override
    public synchronized Optional<Sku> find(SkuId id) {
        return Optional.ofNullable(skus.get(id));
    }

    @Override
    public synchronized List<StockItem> claim(SkuId sku, int quantity, UUID orderId, Instant soldAt) {
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

    @Override
    public synchronized List<StockItem> soldTo(UUID orderId) {
        return items.stream().filter(h -> h.soldTo().equals(Optional.of(orderId))).map(Held::item).toList();
    }

    @Override
    public synchronized Optional<UUID> orderOfEsim(String iccid) {
        return items.stream().filter(h -> h.item() instanceof StockItem.EsimProfile esim && esim.iccid().equals(iccid))
                .findFirst().flatMap(Held::soldTo);
    }

    private void recount(SkuId id) {
        Sku sku = skus.get(id);
        if (sku != null && !sku.stock().unlimited()) {
            long unsold = items.stream().filter(h -> h.sku().equals(id) && h.soldTo().isEmpty()).count();
            skus.put(id, sku.withStock(Stock.counted(unsold)));
        }
    }

    public synchronized Map<SkuId, Sku> skus() {
        return new LinkedHashMap<>(skus);
    }
}
