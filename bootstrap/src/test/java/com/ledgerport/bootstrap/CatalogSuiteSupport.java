package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** Shared ground of the catalog suites: the operator builds categories, products and SKUs and uploads stock. */
abstract class CatalogSuiteSupport extends CredentialSuiteSupport {

    static final String ATTRIBUTES = "[{\"name\":\"brand\",\"target\":\"product\"},"
            + "{\"name\":\"region\",\"target\":\"sku\"}]";

    /** A new category with a product attribute {@code brand} and a SKU attribute {@code region}; its id. */
    long category() {
        Response created = operator("POST", "/admin/v1/categories",
                "{\"name\":\"" + label() + " category " + next() + "\",\"attributes\":" + ATTRIBUTES + "}");
        assertEquals(201, created.status(), created.body());
        return ((Number) created.json().get("id")).longValue();
    }

    /** A product of the category; {@code supplierId} may be null (stocked by the operator). */
    String product(long categoryId, String type, String supplierId) {
        Response created = operator("POST", "/admin/v1/products", "{\"category_id\":" + categoryId
                + ",\"name\":\"" + type + " " + next() + "\",\"type\":\"" + type + "\",\"attributes\":{\"brand\":\"Acme\"}"
                + (supplierId == null ? "" : ",\"supplier_id\":\"" + supplierId + "\"") + "}");
        assertEquals(201, created.status(), created.body());
        return (String) created.json().get("uuid");
    }

    /** A SKU at 9.50 EUR (face value 10.00); {@code stock} is JSON ({@code 0}, {@code "\"unlimited\""}, …). */
    String sku(String productUuid, String stock) {
        Response created = createSku(productUuid, "{\"name\":\"10 EUR " + next() + "\",\"price\":\"9.50\","
                + "\"currency\":\"EUR\",\"face_value\":10,\"stock\":" + stock + ",\"attributes\":{\"region\":\"EU\"}}");
        assertEquals(201, created.status(), created.body());
        return (String) created.json().get("uuid");
    }

    Response createSku(String productUuid, String body) {
        return operator("POST", "/admin/v1/products/" + productUuid + "/skus", body);
    }

    Response upload(String skuUuid, String itemsJson) {
        return operator("POST", "/admin/v1/skus/" + skuUuid + "/stock", "{\"items\":" + itemsJson + "}");
    }

    /** {@code count} fresh voucher codes as a JSON array. */
    String codes(int count) {
        StringBuilder json = new StringBuilder("[");
        String prefix = label() + "-" + next() + "-" + System.nanoTime();
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"").append(prefix).append("-").append(i).append("\"");
        }
        return json.append("]").toString();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> productAsOperator(String uuid) {
        Response found = operator("GET", "/admin/v1/products/" + uuid, null);
        assertEquals(200, found.status(), found.body());
        return found.json();
    }

    /** The operator's view of one SKU of a product: price, stock, stock_status. */
    @SuppressWarnings("unchecked")
    Map<String, Object> skuAsOperator(String productUuid, String skuUuid) {
        return ((List<Map<String, Object>>) productAsOperator(productUuid).get("skus")).stream()
                .filter(sku -> skuUuid.equals(sku.get("uuid"))).findFirst()
                .orElseThrow(() -> new AssertionError("SKU " + skuUuid + " not listed"));
    }

    /** Seed 002's envelope for a refused field: 400, success false, errors naming exactly that field. */
    void assertPartnerFieldError(Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertEquals(false, response.json().get("success"), response.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> errors = (Map<String, Object>) response.json().get("errors");
        assertEquals(List.of(field), List.copyOf(errors.keySet()), response.body());
        assertTrue(((String) response.json().get("message")).contains(field), response.body());
    }
}
