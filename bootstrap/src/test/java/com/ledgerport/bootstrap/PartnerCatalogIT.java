package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 002's catalog (products, product details, price list, categories) with scoped access tokens. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerCatalogIT extends CatalogSuiteSupport {

    private static final String READ_ALL = "{\"products\":{\"actions\":[\"read_one\",\"read_many\"]},"
            + "\"pricelist\":{\"actions\":[\"read_many\"]},\"categories\":{\"actions\":[\"read_many\"]}}";

    private Token token;
    private long category;
    private final List<String> vouchers = new ArrayList<>();
    private String esim;
    private String voucherSku;
    private String unlimitedSku;

    /** One category: five voucher products (the first with two SKUs), one eSIM product. */
    @BeforeAll
    void catalog() {
        token = token(newTenant(), READ_ALL);
        category = category();
        for (int i = 0; i < 5; i++) {
            vouchers.add(product(category, "voucher", null));
        }
        voucherSku = sku(vouchers.get(0), "0");
        assertEquals(201, upload(voucherSku, codes(4)).status());
        sku(vouchers.get(0), "0");
        esim = product(category, "esim", null);
        String recharge = product(category(), "recharge", null);
        unlimitedSku = sku(recharge, "\"unlimited\"");
    }

    private Response get(String path) {
        return get(path, token);
    }

    private Response get(String path, Token with) {
        return call("GET", path, null, "Authorization", "Bearer " + with.jwt());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response response) {
        assertEquals(200, response.status(), response.body());
        assertEquals(Set.of("success", "data", "meta"), response.json().keySet());
        assertEquals(true, response.json().get("success"));
        return (List<Map<String, Object>>) response.json().get("data");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(Response response) {
        return (Map<String, Object>) response.json().get("meta");
    }

    /** Every item of a listing, following the cursor with {@code per_page}. */
    private List<Map<String, Object>> all(String path, int perPage) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Response page = get(path + (path.contains("?") ? "&" : "?") + "per_page=" + perPage
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            List<Map<String, Object>> items = items(page);
            assertTrue(items.size() <= perPage);
            assertEquals(perPage, meta(page).get("per_page"));
            all.addAll(items);
            cursor = (String) meta(page).get("next_cursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void lists_products_page_by_page_in_creation_order_with_filters() {
        List<Map<String, Object>> listed = all("/v1/partner/products?category_id=" + category, 2);
        List<String> expected = new ArrayList<>(vouchers);
        expected.add(esim);
        assertEquals(expected, listed.stream().map(product -> product.get("uuid")).toList());
        Map<String, Object> first = listed.get(0);
        assertEquals("voucher", first.get("type"));
        assertEquals(category, ((Number) first.get("category_id")).longValue());
        assertEquals(Map.of("brand", "Acme"), first.get("attributes"));
        assertFalse(first.containsKey("skus"), "SKUs only when include_skus=true");
        assertEquals(List.of(esim), all("/v1/partner/products?category_id=" + category + "&type=esim", 100)
                .stream().map(product -> product.get("uuid")).toList());
        assertEquals(100, meta(get("/v1/partner/products")).get("per_page"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void include_skus_lists_them_without_pricing() {
        Map<String, Object> first = items(get("/v1/partner/products?include_skus=true&category_id=" + category))
                .get(0);
        List<Map<String, Object>> skus = (List<Map<String, Object>>) first.get("skus");
        assertEquals(2, skus.size());
        assertEquals(voucherSku, skus.get(0).get("uuid"));
        assertEquals(Set.of("uuid", "name", "face_value", "face_value_currency", "attributes"), skus.get(0).keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void product_details_carry_skus_with_price_and_stock() {
        Response found = get("/v1/partner/products/" + vouchers.get(0));
        assertEquals(200, found.status(), found.body());
        assertEquals(Set.of("success", "data"), found.json().keySet());
        Map<String, Object> product = (Map<String, Object>) found.json().get("data");
        List<Map<String, Object>> skus = (List<Map<String, Object>>) product.get("skus");
        Map<String, Object> sku = skus.get(0);
        assertEquals(voucherSku, sku.get("uuid"));
        assertEquals("9.50", sku.get("price"));
        assertEquals("EUR", sku.get("currency"));
        assertEquals("10.00", sku.get("face_value"));
        assertEquals(4, sku.get("stock"));
        assertEquals("in_stock", sku.get("stock_status"));
        assertEquals(0, skus.get(1).get("stock"));
        assertEquals("out_of_stock", skus.get(1).get("stock_status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"019bc0dd-8562-7173-afd9-a5cc534fafb7", "not-a-uuid", "0"})
    void an_unknown_product_is_404_in_the_partner_envelope(String uuid) {
        assertPartnerError(get("/v1/partner/products/" + uuid), 404, Map.of());
    }

    @Test
    void the_pricelist_pages_skus_with_price_and_stock_status() {
        List<Map<String, Object>> lines = all("/v1/partner/pricelist?category_id=" + category, 1);
        assertEquals(2, lines.size());
        Map<String, Object> line = lines.get(0);
        assertEquals(voucherSku, line.get("sku_uuid"));
        assertEquals(vouchers.get(0), line.get("product_uuid"));
        assertEquals("voucher", line.get("type"));
        assertEquals("9.50", line.get("price"));
        assertEquals("in_stock", line.get("stock_status"));
        assertEquals(List.of(), items(get("/v1/partner/pricelist?category_id=" + category + "&type=esim")));
        List<Map<String, Object>> recharge = all("/v1/partner/pricelist?type=recharge", 200);
        assertTrue(recharge.stream().anyMatch(sku -> unlimitedSku.equals(sku.get("sku_uuid"))
                && "unlimited".equals(sku.get("stock")) && "in_stock".equals(sku.get("stock_status"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void categories_list_their_attributes_narrowed_by_target() {
        Response listed = get("/v1/partner/categories");
        assertEquals(200, listed.status(), listed.body());
        Map<String, Object> ours = ((List<Map<String, Object>>) listed.json().get("data")).stream()
                .filter(found -> ((Number) found.get("id")).longValue() == category).findFirst().orElseThrow();
        assertEquals(2, ((List<?>) ours.get("attributes")).size());
        Map<String, Object> skuOnly = ((List<Map<String, Object>>) get("/v1/partner/categories?target=sku").json()
                .get("data")).stream().filter(found -> ((Number) found.get("id")).longValue() == category)
                .findFirst().orElseThrow();
        assertEquals(List.of(Map.of("name", "region", "target", "sku")), skuOnly.get("attributes"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/v1/partner/products?per_page=0|per_page",
        "/v1/partner/products?per_page=201|per_page",
        "/v1/partner/products?per_page=x|per_page",
        "/v1/partner/products?cursor=nope|cursor",
        "/v1/partner/products?category_id=abc|category_id",
        "/v1/partner/products?category_id=-1|category_id",
        "/v1/partner/products?type=gift|type",
        "/v1/partner/products?include_skus=maybe|include_skus",
        "/v1/partner/pricelist?per_page=201|per_page",
        "/v1/partner/pricelist?category_id=1.5|category_id",
        "/v1/partner/pricelist?type=VOUCHER|type",
        "/v1/partner/pricelist?cursor=djE6eHh4|cursor",
        "/v1/partner/categories?target=order|target"})
    void refuses_bad_parameters_naming_them(String path, String field) {
        assertPartnerFieldError(get(path), field);
    }

    @Test
    void each_endpoint_needs_its_scope_and_a_token() {
        Token balanceOnly = token(newTenant(), "{\"balance\":{\"actions\":[\"read_one\"]}}");
        Token readOne = token(newTenant(), "{\"products\":{\"actions\":[\"read_one\"]}}");
        for (String path : List.of("/v1/partner/products", "/v1/partner/products/" + vouchers.get(0),
                "/v1/partner/pricelist", "/v1/partner/categories")) {
            assertPartnerError(get(path, balanceOnly), 403, Map.of());
            assertPartnerError(call("GET", path, null), 401, Map.of());
        }
        assertEquals(200, get("/v1/partner/products/" + vouchers.get(0), readOne).status());
        assertPartnerError(get("/v1/partner/products", readOne), 403, Map.of());
    }

    @Test
    void a_listing_past_the_end_has_no_next_cursor() {
        Response last = get("/v1/partner/products?category_id=" + category + "&per_page=200");
        assertEquals(6, items(last).size());
        assertNull(meta(last).get("next_cursor"));
    }
}
