package com.ledgerport.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class CatalogProperties {

    private static final SecretBox BOX = new SecretBox(SecretBox.generateKey());
    private static final Category CATEGORY = new Category(new CategoryId(1), "eSIMs", List.of(
            new CategoryAttribute("brand", AttributeTarget.PRODUCT), new CategoryAttribute("region", AttributeTarget.SKU)),
            Instant.EPOCH);

    @Property
    void counted_stock_covers_exactly_what_it_holds(@ForAll @LongRange(max = Stock.COUNT_MAX) long available,
            @ForAll @LongRange(min = 1, max = Stock.COUNT_MAX) long quantity) {
        Stock stock = Stock.counted(available);
        assertEquals(available >= quantity, stock.covers(quantity));
        assertEquals(available > 0 ? "in_stock" : "out_of_stock", stock.status());
        assertEquals(true, Stock.unlimitedStock().covers(quantity));
    }

    @Property
    void distinct_codes_have_distinct_fingerprints(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 40) String b) {
        VoucherCode first = new VoucherCode(a);
        VoucherCode second = new VoucherCode(b);
        assertEquals(a.equals(b), first.fingerprint(BOX).equals(second.fingerprint(BOX)));
    }

    @Property
    void an_esim_is_found_by_its_iccid_whatever_its_activation_code(
            @ForAll @NumericChars @StringLength(min = 18, max = 22) String iccid,
            @ForAll @AlphaChars @StringLength(min = 1, max = 40) String activation) {
        EsimProfile profile = new EsimProfile(iccid, activation);
        assertEquals(StockItem.esimFingerprint(BOX, iccid), profile.fingerprint(BOX));
        assertNotEquals(new VoucherCode(iccid).fingerprint(BOX), profile.fingerprint(BOX));
        assertEquals(profile, EsimProfile.fromContent(profile.content()));
    }

    @Property
    void attributes_take_only_names_the_category_declares_for_that_target(
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String name) {
        Map<String, String> values = Map.of(name, "x");
        boolean declaredForSkus = name.equals("region");
        if (declaredForSkus) {
            assertEquals(values, Attributes.check(values, CATEGORY, AttributeTarget.SKU));
        } else {
            assertThrows(InvalidValueException.class, () -> Attributes.check(values, CATEGORY, AttributeTarget.SKU));
        }
        assertThrows(InvalidValueException.class, () -> Attributes.check(Map.of("region", "EU"), CATEGORY,
                AttributeTarget.PRODUCT));
    }
}
