package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.adapter.in.rest.common.CatalogJson;
import com.ledgerport.adapter.in.rest.common.CatalogRequests;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.ListProductsUseCase;
import com.ledgerport.application.port.in.ListProductsUseCase.ListProductsQuery;
import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.in.UploadStockUseCase.StockUpload;
import com.ledgerport.application.port.in.UploadStockUseCase.UploadStockCommand;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.catalog.SkuId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 001 Supplier API, on the {@code ApiKey} header. A supplier sees and stocks only the products that name it
 * as their supplier (set by the operator); another product's SKU answers as an unknown one (404, code -3).
 * {@code POST /Supplier/Products/List}: see {@link PlatformCatalog}. {@code POST /Supplier/Stock/Upload}:
 * {@code {"sku_id": "<uuid>", "items": ["code", …]}} (eSIM profiles as {@code {iccid, activation_code}}).
 */
@Controller("/Supplier")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SupplierController {

    private final PlatformAuth auth;
    private final ListProductsUseCase listProducts;
    private final UploadStockUseCase uploadStock;

    SupplierController(PlatformAuth auth, ListProductsUseCase listProducts, UploadStockUseCase uploadStock) {
        this.auth = auth;
        this.listProducts = listProducts;
        this.uploadStock = uploadStock;
    }

    @Post("/Products/List")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> listProducts(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiKeyPrincipal supplier = auth.apiKey(request, PartnerSurface.SUPPLIER);
        ListProductsQuery asked = PlatformCatalog.query(body);
        ListProductsQuery own = new ListProductsQuery(asked.filter().ofSupplier(supplier.partnerId()), asked.page(),
                true);
        return PlatformViews.ok(PlatformCatalog.items(listProducts.list(own)));
    }

    @Post("/Stock/Upload")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> upload(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiKeyPrincipal supplier = auth.apiKey(request, PartnerSurface.SUPPLIER);
        JsonBody json = JsonBody.parse(body);
        SkuId skuId = CatalogRequests.skuId("sku_id", json.requiredText("sku_id", 64));
        StockUpload outcome = uploadStock.upload(new UploadStockCommand(skuId, CatalogRequests.stockItems(json),
                Optional.of(supplier.partnerId()), RequestIds.context(request, supplier.actor())));
        if (outcome instanceof UploadStockUseCase.Uploaded uploaded) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("sku_id", skuId.toString());
            data.put("added", uploaded.added());
            CatalogJson.stock(data, uploaded.stock());
            return PlatformViews.ok(data);
        }
        if (outcome instanceof UploadStockUseCase.Duplicates duplicates) {
            throw CatalogRequests.duplicates(duplicates.positions(), false);
        }
        throw CatalogRequests.refusal((UploadStockUseCase.Rejected) outcome, skuId, false);
    }
}
