package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 001's catalog: suppliers list and stock only the products that name them ({@code ApiKey} header), and a
 * storefront customer lists the catalog with prices ({@code Bearer} customer token).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierCatalogIT extends CatalogSuiteSupport {

    private Response supplierCall(String path, String apiKey, String body) {
        return call("POST", path, body, "ApiKey", apiKey, "Content-Type", JSON);
    }

    private Response supplierUpload(String apiKey, String sku, String items) {
        return supplierCall("/Supplier/Stock/Upload", apiKey, "{\"sku_id\":\"" + sku + "\",\"items\":" + items + "}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Response response) {
        assertEquals(200, response.status(), response.body());
        assertEquals(0, response.json().get("code"), response.body());
        assertEquals("OK", response.json().get("message"));
        return (Map<String, Object>) response.json().get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response response) {
        return (List<Map<String, Object>>) data(response).get("items");
    }

    @Test
    void a_supplier_lists_and_stocks_its_own_products_only() {
        Tenant supplier = newTenant();
        Tenant other = newTenant();
        Key supplierKey = operatorKey(supplier.partnerId());
        Key otherKey = operatorKey(other.partnerId());
        long category = category();
        String own = product(category, "voucher", supplier.partnerId());
        String foreign = product(category, "voucher", other.partnerId());
        String operators = product(category, "voucher", null);
        String ownSku = sku(own, "0");
        String foreignSku = sku(foreign, "0");
        String operatorSku = sku(operators, "0");

        assertEquals(List.of(own), items(supplierCall("/Supplier/Products/List", supplierKey.apiKey(), "{}"))
                .stream().map(product -> product.get("uuid")).toList());
        Map<String, Object> uploaded = data(supplierUpload(supplierKey.apiKey(), ownSku, codes(2)));
        assertEquals(Map.of("sku_id", ownSku, "added", 2, "stock", 2, "stock_status", "in_stock"), uploaded);

        // Another partner's SKU, or the operator's, is "not found" for this supplier, and nothing is written.
        assertPlatformError(supplierUpload(supplierKey.apiKey(), foreignSku, codes(1)), 404, -3);
        assertPlatformError(supplierUpload(supplierKey.apiKey(), operatorSku, codes(1)), 404, -3);
        assertEquals(0, skuAsOperator(foreign, foreignSku).get("stock"));
        assertEquals(0, skuAsOperator(operators, operatorSku).get("stock"));
        assertEquals(List.of(foreign), items(supplierCall("/Supplier/Products/List", otherKey.apiKey(), "{}"))
                .stream().map(product -> product.get("uuid")).toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skus = (List<Map<String, Object>>) items(
                supplierCall("/Supplier/Products/List", supplierKey.apiKey(), "")).get(0).get("skus");
        assertEquals(2, skus.get(0).get("stock"));
        assertTrue(audit(supplier.partnerId(), "catalog.stock.upload").stream().anyMatch(
                record -> "succeeded".equals(record.get("outcome")) && ownSku.equals(record.get("target"))));
        assertTrue(audit(supplier.partnerId(), "catalog.stock.upload").stream().anyMatch(
                record -> "rejected:sku_not_found".equals(record.get("outcome"))));
    }

    @Test
    void a_supplier_pages_its_products() {
        Tenant supplier = newTenant();
        Key key = operatorKey(supplier.partnerId());
        long category = category();
        List<String> products = List.of(product(category, "voucher", supplier.partnerId()),
                product(category, "esim", supplier.partnerId()), product(category, "other", supplier.partnerId()));
        Map<String, Object> first = data(supplierCall("/Supplier/Products/List", key.apiKey(), "{\"per_page\":2}"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> firstItems = (List<Map<String, Object>>) first.get("items");
        assertEquals(products.subList(0, 2), firstItems.stream().map(product -> product.get("uuid")).toList());
        Map<String, Object> second = data(supplierCall("/Supplier/Products/List", key.apiKey(),
                "{\"per_page\":2,\"cursor\":\"" + first.get("next_cursor") + "\"}"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> secondItems = (List<Map<String, Object>>) second.get("items");
        assertEquals(products.subList(2, 3), secondItems.stream().map(product -> product.get("uuid")).toList());
        assertNull(second.get("next_cursor"));
        assertEquals(List.of(products.get(1)), items(supplierCall("/Supplier/Products/List", key.apiKey(),
                "{\"type\":\"esim\"}")).stream().map(product -> product.get("uuid")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|400|-2",
        "{}|400|-2",
        "{\"sku_id\":\"x\",\"items\":[\"A\"]}|400|-2",
        "{\"sku_id\":42,\"items\":[\"A\"]}|400|-2",
        "{\"sku_id\":\"%s\"}|400|-2",
        "{\"sku_id\":\"%s\",\"items\":[]}|400|-2",
        "{\"sku_id\":\"%s\",\"items\":[7]}|400|-2",
        "{\"sku_id\":\"%s\",\"items\":\"A\"}|400|-2",
        "{\"sku_id\":\"019bc0dd-8562-7173-afd9-a5cc534fafb7\",\"items\":[\"A\"]}|404|-3"})
    void refuses_bad_uploads_in_the_platform_envelope_and_writes_nothing(String body, int status, int code) {
        Tenant supplier = newTenant();
        Key key = operatorKey(supplier.partnerId());
        String product = product(category(), "voucher", supplier.partnerId());
        String sku = sku(product, "0");
        String sent = body == null ? "" : body.replace("%s", sku);
        assertPlatformError(supplierCall("/Supplier/Stock/Upload", key.apiKey(), sent), status, code);
        assertEquals(0, skuAsOperator(product, sku).get("stock"));
    }

    @Test
    void a_duplicate_code_is_a_conflict_and_a_quota_sku_takes_no_items() {
        Tenant supplier = newTenant();
        Key key = operatorKey(supplier.partnerId());
        long category = category();
        String product = product(category, "voucher", supplier.partnerId());
        String sku = sku(product, "0");
        String code = "[\"SUP-" + next() + "-" + System.nanoTime() + "\"]";
        data(supplierUpload(key.apiKey(), sku, code));
        assertPlatformError(supplierUpload(key.apiKey(), sku, code), 409, -5);
        assertEquals(1, skuAsOperator(product, sku).get("stock"));
        String recharge = product(category, "recharge_fixed", supplier.partnerId());
        String quota = sku(recharge, "10");
        assertPlatformError(supplierUpload(key.apiKey(), quota, codes(1)), 409, -5);
        assertEquals(10, skuAsOperator(recharge, quota).get("stock"));
    }

    @Test
    void the_supplier_api_needs_a_valid_api_key() {
        assertPlatformError(call("POST", "/Supplier/Stock/Upload", "{}", "Content-Type", JSON), 401, -23);
        assertPlatformError(supplierCall("/Supplier/Stock/Upload", "ak_live_nope", "{}"), 401, -23);
    }

    @Test
    void a_storefront_customer_lists_the_catalog_with_prices_and_stock() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        Response added = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/customers",
                "{\"user_id\":\"shopper\",\"fullname\":\"Ada Lovelace\"}");
        assertEquals(201, added.status(), added.body());
        String jwt = (String) data(call("POST", "/Storefront/Login", "{\"user_id\":\"shopper\"}", "ApiKey",
                key.apiKey(), "Content-Type", JSON)).get("token");
        long category = category();
        String product = product(category, "voucher", null);
        String sku = sku(product, "0");
        assertEquals(201, upload(sku, codes(2)).status());

        Response listed = call("POST", "/Storefront/Products/List", "{\"category_id\":" + category + "}",
                "Authorization", "Bearer " + jwt, "Content-Type", JSON);
        List<Map<String, Object>> products = items(listed);
        assertEquals(List.of(product), products.stream().map(found -> found.get("uuid")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> listedSku = ((List<Map<String, Object>>) products.get(0).get("skus")).get(0);
        assertEquals("9.50", listedSku.get("price"));
        assertEquals(2, listedSku.get("stock"));
        assertPlatformError(call("POST", "/Storefront/Products/List", "{\"category_id\":\"x\"}",
                "Authorization", "Bearer " + jwt, "Content-Type", JSON), 400, -2);
        assertPlatformError(call("POST", "/Storefront/Products/List", "{\"per_page\":101}",
                "Authorization", "Bearer " + jwt, "Content-Type", JSON), 400, -2);
        assertPlatformError(call("POST", "/Storefront/Products/List", "{}", "Authorization", jwt,
                "Content-Type", JSON), 401);
    }
}
