package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator's catalog API (SPEC.md §6) over real HTTP: every bad input is a 400 naming its field. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogOperatorIT extends CatalogSuiteSupport {

    private int categoryCount() {
        Response listed = operator("GET", "/admin/v1/categories", null);
        assertEquals(200, listed.status(), listed.body());
        return ((List<?>) listed.json().get("items")).size();
    }

    private int productCount(long categoryId) {
        Response listed = operator("GET", "/admin/v1/products?category_id=" + categoryId, null);
        assertEquals(200, listed.status(), listed.body());
        return ((List<?>) listed.json().get("items")).size();
    }

    @Test
    void builds_a_catalog_and_audits_every_write() {
        Response created = operator("POST", "/admin/v1/categories",
                "{\"name\":\"Gift cards " + next() + "\",\"attributes\":" + ATTRIBUTES + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals(List.of(Map.of("name", "brand", "target", "product"), Map.of("name", "region", "target", "sku")),
                created.json().get("attributes"));
        long categoryId = ((Number) created.json().get("id")).longValue();
        String product = product(categoryId, "voucher", null);
        assertTrue(product.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), product);
        String sku = sku(product, "0");
        Response uploaded = upload(sku, codes(3));
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(Map.of("added", 3, "stock", 3, "stock_status", "in_stock"), uploaded.json());

        Map<String, Object> view = skuAsOperator(product, sku);
        assertEquals("9.50", view.get("price"));
        assertEquals("EUR", view.get("currency"));
        assertEquals("10.00", view.get("face_value"));
        assertEquals(3, view.get("stock"));
        assertEquals(Map.of("region", "EU"), view.get("attributes"));
        assertEquals(Map.of("brand", "Acme"), productAsOperator(product).get("attributes"));
        for (String action : List.of("catalog.category.create", "catalog.product.create", "catalog.sku.create",
                "catalog.stock.upload")) {
            assertTrue(audit(null, action).stream().anyMatch(record -> "succeeded".equals(record.get("outcome"))
                    && "operator".equals(record.get("actor"))), action);
        }
        assertTrue(audit(null, "catalog.stock.upload").stream().anyMatch(record -> sku.equals(record.get("target"))));
    }

    @Test
    void skus_of_quota_products_take_unlimited_or_a_count_and_refuse_uploads() {
        long category = category();
        String recharge = product(category, "recharge", null);
        String unlimited = sku(recharge, "\"unlimited\"");
        String counted = sku(recharge, "25");
        assertEquals("unlimited", skuAsOperator(recharge, unlimited).get("stock"));
        assertEquals("in_stock", skuAsOperator(recharge, unlimited).get("stock_status"));
        assertEquals(25, skuAsOperator(recharge, counted).get("stock"));
        assertErrorObject(upload(counted, codes(1)), 409, "not_stocked_by_items", "items");
        assertEquals(25, skuAsOperator(recharge, counted).get("stock"));
        String empty = sku(recharge, "0");
        assertEquals("out_of_stock", skuAsOperator(recharge, empty).get("stock_status"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|body",
        "[]|body",
        "{}|name",
        "{\"name\":42}|name",
        "{\"name\":\"  \"}|name",
        "{\"name\":\"C\",\"attributes\":\"brand\"}|attributes",
        "{\"name\":\"C\",\"attributes\":[\"brand\"]}|attributes[0]",
        "{\"name\":\"C\",\"attributes\":[{\"target\":\"sku\"}]}|attributes[0].name",
        "{\"name\":\"C\",\"attributes\":[{\"name\":\"Brand!\",\"target\":\"sku\"}]}|attributes[0].name",
        "{\"name\":\"C\",\"attributes\":[{\"name\":\"brand\"}]}|attributes[0].target",
        "{\"name\":\"C\",\"attributes\":[{\"name\":\"brand\",\"target\":\"order\"}]}|attributes[0].target",
        "{\"name\":\"C\",\"attributes\":[{\"name\":\"b\",\"target\":\"sku\"},{\"name\":\"b\",\"target\":\"sku\"}]}"
                + "|attributes"})
    void refuses_a_bad_category_naming_the_field_and_writes_nothing(String body, String field) {
        int before = categoryCount();
        assertErrorObject(operator("POST", "/admin/v1/categories", body), 400, "bad_request", field);
        assertEquals(before, categoryCount());
    }

    @Test
    void refuses_a_second_category_with_the_same_name() {
        String body = "{\"name\":\"Twice " + next() + "\"}";
        assertEquals(201, operator("POST", "/admin/v1/categories", body).status());
        int before = categoryCount();
        assertErrorObject(operator("POST", "/admin/v1/categories", body), 409, "name_taken", "name");
        assertEquals(before, categoryCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"P\",\"type\":\"voucher\"}|400|bad_request|category_id",
        "{\"category_id\":\"%d\",\"name\":\"P\",\"type\":\"voucher\"}|400|bad_request|category_id",
        "{\"category_id\":0,\"name\":\"P\",\"type\":\"voucher\"}|400|bad_request|category_id",
        "{\"category_id\":1.5,\"name\":\"P\",\"type\":\"voucher\"}|400|bad_request|category_id",
        "{\"category_id\":999999999,\"name\":\"P\",\"type\":\"voucher\"}|404|not_found|category_id",
        "{\"category_id\":%d,\"type\":\"voucher\"}|400|bad_request|name",
        "{\"category_id\":%d,\"name\":\"P\"}|400|bad_request|type",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"gift\"}|400|bad_request|type",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"voucher\",\"attributes\":[]}|400|bad_request|attributes",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"voucher\",\"attributes\":{\"brand\":7}}|400|bad_request"
                + "|attributes.brand",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"voucher\",\"attributes\":{\"colour\":\"red\"}}|400"
                + "|bad_request|attributes",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"voucher\",\"attributes\":{\"region\":\"EU\"}}|400"
                + "|bad_request|attributes",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"voucher\",\"supplier_id\":\"acme\"}|400|bad_request"
                + "|supplier_id",
        "{\"category_id\":%d,\"name\":\"P\",\"type\":\"voucher\",\"supplier_id\":"
                + "\"019bc0dd-8562-7173-afd9-a5cc534fafb7\"}|404|not_found|supplier_id"})
    void refuses_a_bad_product_naming_the_field_and_writes_nothing(String body, int status, String code,
            String field) {
        long category = category();
        assertErrorObject(operator("POST", "/admin/v1/products", body.replace("%d", Long.toString(category))),
                status, code, field);
        assertEquals(0, productCount(category));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "voucher|{\"price\":\"1.00\",\"currency\":\"EUR\"}|name",
        "voucher|{\"name\":\"S\",\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":\"abc\",\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":true,\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":0,\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":\"-1.00\",\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":\"1.234\",\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":\"1e3\",\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":\"99999999999999999999\",\"currency\":\"EUR\"}|price",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\"}|currency",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EURO\"}|currency",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"eur\"}|currency",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"face_value\":\"-5\"}|face_value",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"face_value\":\"5.001\"}|face_value",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":5}|stock",
        "voucher|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":\"unlimited\"}|stock",
        "esim|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":3}|stock",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\"}|stock",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":\"lots\"}|stock",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":-1}|stock",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":1.5}|stock",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":2000000000}|stock",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":1,\"attributes\":"
                + "{\"brand\":\"x\"}}|attributes",
        "recharge|{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":1,\"attributes\":7}|attributes"})
    void refuses_a_bad_sku_naming_the_field_and_writes_nothing(String type, String body, String field) {
        String product = product(category(), type, null);
        assertErrorObject(createSku(product, body), 400, "bad_request", field);
        assertEquals(List.of(), productAsOperator(product).get("skus"));
    }

    @Test
    void answers_404_for_the_skus_of_an_unknown_or_malformed_product() {
        String body = "{\"name\":\"S\",\"price\":\"1.00\",\"currency\":\"EUR\",\"stock\":1}";
        assertErrorObject(createSku("019bc0dd-8562-7173-afd9-a5cc534fafb7", body), 404, "not_found", null);
        assertErrorObject(createSku("not-a-uuid", body), 404, "not_found", null);
        assertErrorObject(upload("019bc0dd-8562-7173-afd9-a5cc534fafb7", codes(1)), 404, "not_found", null);
        assertErrorObject(upload("nope", codes(1)), 404, "not_found", null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|items",
        "{\"items\":\"ABC\"}|items",
        "{\"items\":[]}|items",
        "{\"items\":[42]}|items[0]",
        "{\"items\":[\"ok-%n\",\"  \"]}|items[1]",
        "{\"items\":[\" padded \"]}|items[0]",
        "{\"items\":[\"tab\\tcode\"]}|items[0]",
        "{\"items\":[{\"iccid\":\"8944422711108338982\",\"activation_code\":\"LPA:1$x$y\"}]}|items"})
    void refuses_a_bad_voucher_upload_naming_the_field_and_writes_nothing(String body, String field) {
        String product = product(category(), "voucher", null);
        String sku = sku(product, "0");
        Response refused = operator("POST", "/admin/v1/skus/" + sku + "/stock", body.replace("%n", "" + next()));
        assertErrorObject(refused, 400, "bad_request", field);
        assertEquals(0, skuAsOperator(product, sku).get("stock"));
    }

    @Test
    void refuses_more_than_a_thousand_items_at_once() {
        String product = product(category(), "voucher", null);
        String sku = sku(product, "0");
        assertErrorObject(upload(sku, codes(1_001)), 400, "bad_request", "items");
        assertEquals(201, upload(sku, codes(1_000)).status());
        assertEquals(1_000, skuAsOperator(product, sku).get("stock"));
    }

    @Test
    void refuses_a_duplicate_code_already_stored_anywhere_or_repeated_and_adds_none_of_the_upload() {
        String product = product(category(), "voucher", null);
        String first = sku(product, "0");
        String second = sku(product, "0");
        String code = "DUP-" + next() + "-" + System.nanoTime();
        assertEquals(201, upload(first, "[\"" + code + "\"]").status());

        assertErrorObject(upload(second, "[\"fresh-" + code + "\",\"" + code + "\"]"), 409, "duplicate_item",
                "items[1]");
        assertErrorObject(upload(second, "[\"again-" + code + "\",\"again-" + code + "\"]"), 409, "duplicate_item",
                "items[1]");
        assertEquals(0, skuAsOperator(product, second).get("stock"));
        assertEquals(1, skuAsOperator(product, first).get("stock"));
        // Nothing of the refused uploads was kept: their fresh codes upload fine now.
        assertEquals(201, upload(second, "[\"fresh-" + code + "\",\"again-" + code + "\"]").status());
        assertTrue(audit(null, "catalog.stock.upload").stream().anyMatch(
                record -> "rejected:duplicate_items".equals(record.get("outcome")) && second.equals(record.get("target"))));
    }

    @Test
    void esim_skus_take_profiles_and_refuse_codes_or_bad_iccids() {
        String product = product(category(), "esim", null);
        String sku = sku(product, "0");
        String iccid = "8944" + String.format("%015d", System.nanoTime() % 1_000_000_000_000_000L);
        assertErrorObject(upload(sku, "[\"CODE-1\"]"), 400, "bad_request", "items");
        assertErrorObject(upload(sku, "[{\"iccid\":\"12ab\",\"activation_code\":\"LPA:1$x$y\"}]"), 400, "bad_request",
                "items[0]");
        assertErrorObject(upload(sku, "[{\"iccid\":\"" + iccid + "\"}]"), 400, "bad_request",
                "items[0].activation_code");
        assertEquals(0, skuAsOperator(product, sku).get("stock"));
        Response uploaded = upload(sku, "[{\"iccid\":\"" + iccid + "\",\"activation_code\":\"LPA:1$smdp.example$AB\"}]");
        assertEquals(201, uploaded.status(), uploaded.body());
        assertErrorObject(upload(sku, "[{\"iccid\":\"" + iccid + "\",\"activation_code\":\"other\"}]"), 409,
                "duplicate_item", "items[0]");
    }

    @Test
    void the_catalog_needs_the_operator_token() {
        Response anonymous = call("POST", "/admin/v1/categories", "{\"name\":\"x\"}", "Content-Type", JSON);
        assertEquals(401, anonymous.status(), anonymous.body());
        Response wrong = call("POST", "/admin/v1/products", "{}", "Content-Type", JSON, "Authorization",
                "Bearer lp_op_wrong");
        assertEquals(401, wrong.status(), wrong.body());
    }
}
