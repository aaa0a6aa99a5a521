package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.HoldFundsUseCase;
import com.ledgerport.application.port.in.HoldFundsUseCase.HoldFundsCommand;
import com.ledgerport.application.port.in.TransferFundsUseCase;
import com.ledgerport.application.port.in.TransferFundsUseCase.TransferFundsCommand;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator API's ledger endpoints (SPEC.md §6 overdraft and funding rows, plus views and actions) over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerApiIT extends ServerTestSupport {

    static final CallContext TEST = new CallContext(Actor.system(), "ledger-it");

    @Inject
    HoldFundsUseCase holdFunds;
    @Inject
    TransferFundsUseCase transferFunds;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.ledger.expiry-interval", "200ms");
    }

    private Response fund(String partnerId, String body) {
        return operator("POST", "/admin/v1/partners/" + partnerId + "/funding", body);
    }

    private Map<String, Object> balance(String partnerId) {
        Response balance = operator("GET", "/admin/v1/partners/" + partnerId + "/balance", null);
        assertEquals(200, balance.status(), balance.body());
        return balance.json();
    }

    private String accountId(String partnerId) {
        return (String) balance(partnerId).get("account_id");
    }

    private String hold(String partnerId, String otherPartnerId, long minor, long timeoutSeconds) {
        TransferResult result = holdFunds.hold(new HoldFundsCommand(IdempotencyKey.of("it:" + UUID.randomUUID()),
                LedgerAccountId.parse(accountId(partnerId)), LedgerAccountId.parse(accountId(otherPartnerId)),
                Money.ofMinor(minor, Currency.of("EUR")), timeoutSeconds, TransferCode.TRANSFER, "order", TEST));
        return assertInstanceOf(TransferResult.Applied.class, result).transfer().id().toString();
    }

    @Test
    void funds_a_partner_once_per_reference_and_refuses_the_same_reference_with_another_amount() {
        String partner = createPartner("Funded Ltd", "EUR");

        Response first = fund(partner, "{\"amount\":\"100.50\",\"currency\":\"EUR\",\"reference\":\"wire-1\"}");
        assertEquals(201, first.status(), first.body());
        Map<String, Object> transfer = first.json();
        assertEquals("100.50", transfer.get("amount"));
        assertEquals("EUR", transfer.get("currency"));
        assertEquals("funding", transfer.get("code"));
        assertEquals("single_phase", transfer.get("kind"));
        assertEquals("posted", transfer.get("status"));
        assertEquals("wire-1", transfer.get("reference"));
        assertEquals(accountId(partner), transfer.get("credit_account_id"));

        Response again = fund(partner, "{\"amount\":100.5,\"currency\":\"EUR\",\"reference\":\"wire-1\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals(transfer, again.json());
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));

        Response conflict = fund(partner, "{\"amount\":\"100.51\",\"currency\":\"EUR\",\"reference\":\"wire-1\"}");
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals("exists_with_different_amount", conflict.error().get("code"));
        assertEquals("amount", conflict.error().get("field"));

        assertEquals(Map.of("account_id", accountId(partner), "balance", "100.50", "overdraft_limit", "0.00",
                "available", "100.50", "currency", "EUR"), balance(partner));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"amount\":\"10.001\",\"currency\":\"EUR\",\"reference\":\"r\"}  | amount",
        "{\"amount\":10.001,\"currency\":\"EUR\",\"reference\":\"r\"}      | amount",
        "{\"amount\":\"0\",\"currency\":\"EUR\",\"reference\":\"r\"}       | amount",
        "{\"amount\":0.00,\"currency\":\"EUR\",\"reference\":\"r\"}        | amount",
        "{\"amount\":\"-5\",\"currency\":\"EUR\",\"reference\":\"r\"}      | amount",
        "{\"amount\":\"1e3\",\"currency\":\"EUR\",\"reference\":\"r\"}     | amount",
        "{\"amount\":true,\"currency\":\"EUR\",\"reference\":\"r\"}        | amount",
        "{\"currency\":\"EUR\",\"reference\":\"r\"}                         | amount",
        "{\"amount\":99999999999999999999,\"currency\":\"EUR\",\"reference\":\"r\"} | amount",
        "{\"amount\":\"1\",\"currency\":\"USD\",\"reference\":\"r\"}       | currency",
        "{\"amount\":\"1\",\"currency\":\"XYZ\",\"reference\":\"r\"}       | currency",
        "{\"amount\":\"1\",\"currency\":\"eur\",\"reference\":\"r\"}       | currency",
        "{\"amount\":\"1\",\"reference\":\"r\"}                             | currency",
        "{\"amount\":\"1\",\"currency\":\"EUR\"}                            | reference",
        "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"\"}        | reference",
        "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"  \"}      | reference",
        "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":7}           | reference",
        "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"a\\u0000b\"} | reference",
        "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"r\"        | body",
        "[]                                                                | body"})
    void rejects_bad_funding_with_a_400_naming_the_field_and_moves_nothing(String body, String field) {
        String partner = createPartner("Careful Ltd", "EUR");

        Response rejected = fund(partner, body);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals(field, rejected.error().get("field"), rejected.body());
        assertEquals("0.00", balance(partner).get("balance"));
    }

    @Test
    void refuses_an_overlong_reference_and_an_unknown_partner() {
        String partner = createPartner("Long Ref Ltd", "EUR");
        Response tooLong = fund(partner, "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"" + "r".repeat(129)
                + "\"}");
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("reference", tooLong.error().get("field"));
        Response longest = fund(partner, "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"" + "r".repeat(128)
                + "\"}");
        assertEquals(201, longest.status(), longest.body());

        for (String unknown : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            Response missing = fund(unknown, "{\"amount\":\"1\",\"currency\":\"EUR\",\"reference\":\"r\"}");
            assertEquals(404, missing.status(), missing.body());
            assertEquals(404, operator("GET", "/admin/v1/partners/" + unknown + "/balance", null).status());
            assertEquals(404, operator("PUT", "/admin/v1/partners/" + unknown + "/overdraft",
                    "{\"currency\":\"EUR\",\"limit\":\"1\"}").status());
        }
    }

    @Test
    void sets_an_overdraft_limit_that_lets_the_balance_go_down_to_minus_the_limit() {
        String partner = createPartner("Overdraft Ltd", "EUR");
        String other = createPartner("Payee Ltd", "EUR");

        Response set = operator("PUT", "/admin/v1/partners/" + partner + "/overdraft",
                "{\"currency\":\"EUR\",\"limit\":\"50.00\"}");
        assertEquals(200, set.status(), set.body());
        assertEquals("50.00", set.json().get("overdraft_limit"));
        assertEquals("0.00", set.json().get("available"));

        assertInstanceOf(TransferResult.Applied.class, debit(partner, other, 5_000));
        assertInstanceOf(TransferResult.Rejected.class, debit(partner, other, 1));
        assertEquals("-50.00", balance(partner).get("available"));

        // Lowering the limit below the balance is allowed: the balance stays, further debits are refused.
        Response lowered = operator("PUT", "/admin/v1/partners/" + partner + "/overdraft",
                "{\"currency\":\"EUR\",\"limit\":10}");
        assertEquals(200, lowered.status(), lowered.body());
        assertEquals(Map.of("account_id", accountId(partner), "balance", "-50.00", "overdraft_limit", "10.00",
                "available", "-50.00", "currency", "EUR"), lowered.json());
        assertInstanceOf(TransferResult.Rejected.class, debit(partner, other, 1));
    }

    private TransferResult debit(String partner, String other, long minor) {
        return transferFunds.transfer(new TransferFundsCommand(IdempotencyKey.of("it:" + UUID.randomUUID()),
                LedgerAccountId.parse(accountId(partner)), LedgerAccountId.parse(accountId(other)),
                Money.ofMinor(minor, Currency.of("EUR")), TransferCode.TRANSFER, "", TEST));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"currency\":\"EUR\",\"limit\":\"-1\"}      | limit",
        "{\"currency\":\"EUR\",\"limit\":\"1.001\"}   | limit",
        "{\"currency\":\"EUR\",\"limit\":\"lots\"}    | limit",
        "{\"currency\":\"EUR\"}                       | limit",
        "{\"currency\":\"GBP\",\"limit\":\"1\"}       | currency",
        "{\"currency\":\"ABC\",\"limit\":\"1\"}       | currency",
        "{\"limit\":\"1\"}                            | currency",
        "not json                                     | body"})
    void rejects_a_bad_overdraft_with_a_400_naming_the_field(String body, String field) {
        String partner = createPartner("Limit Ltd", "EUR");
        Response rejected = operator("PUT", "/admin/v1/partners/" + partner + "/overdraft", body);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals(field, rejected.error().get("field"), rejected.body());
        assertEquals("0.00", balance(partner).get("overdraft_limit"));
    }

    @Test
    void shows_accounts_and_pages_their_history_with_balances_after_each_line() {
        String partner = createPartner("History Ltd", "JPY");
        for (int i = 1; i <= 5; i++) {
            Response funded = fund(partner, "{\"amount\":" + (i * 100) + ",\"currency\":\"JPY\",\"reference\":\"r" + i
                    + "\"}");
            assertEquals(201, funded.status(), funded.body());
        }
        Response accounts = operator("GET", "/admin/v1/partners/" + partner + "/accounts", null);
        assertEquals(200, accounts.status(), accounts.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) accounts.json().get("items");
        assertEquals(1, items.size());
        assertEquals("partner_balance", items.get(0).get("kind"));
        assertEquals("1500", items.get(0).get("balance"), "JPY has no decimals");
        String accountId = (String) items.get(0).get("id");
        assertEquals(items.get(0), operator("GET", "/admin/v1/accounts/" + accountId, null).json());

        List<String> balancesAfter = new ArrayList<>();
        String cursor = null;
        do {
            Response page = operator("GET", "/admin/v1/accounts/" + accountId + "/transactions?per_page=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), null);
            assertEquals(200, page.status(), page.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) page.json().get("items");
            lines.forEach(line -> {
                assertEquals("funding", line.get("type"));
                balancesAfter.add((String) line.get("balance_after"));
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) page.json().get("meta");
            cursor = (String) meta.get("next_cursor");
        } while (cursor != null);
        assertEquals(List.of("100", "300", "600", "1000", "1500"), balancesAfter);

        assertEquals(400, operator("GET", "/admin/v1/accounts/" + accountId + "/transactions?per_page=101", null)
                .status());
        assertEquals(400, operator("GET", "/admin/v1/accounts/" + accountId + "/transactions?cursor=nope", null)
                .status());
        assertEquals(404, operator("GET", "/admin/v1/accounts/" + UUID.randomUUID(), null).status());
        assertEquals(404, operator("GET", "/admin/v1/accounts/x/transactions", null).status());
    }

    @Test
    void the_operator_posts_voids_and_reverses_once_and_repeats_answer_the_first_result() {
        String partner = createPartner("Holder Ltd", "EUR");
        String payee = createPartner("Shop Ltd", "EUR");
        assertEquals(201, fund(partner, "{\"amount\":\"100\",\"currency\":\"EUR\",\"reference\":\"w\"}").status());
        String held = hold(partner, payee, 4_000, 0);
        assertEquals("60.00", balance(partner).get("available"));

        Response tooMuch = operator("POST", "/admin/v1/transfers/" + held + "/post", "{\"amount\":\"40.01\"}");
        assertEquals(422, tooMuch.status(), tooMuch.body());
        assertEquals("exceeds_pending_amount", tooMuch.error().get("code"));
        Response badDecimals = operator("POST", "/admin/v1/transfers/" + held + "/post", "{\"amount\":\"1.234\"}");
        assertEquals(400, badDecimals.status(), badDecimals.body());
        assertEquals("amount", badDecimals.error().get("field"));

        Response posted = operator("POST", "/admin/v1/transfers/" + held + "/post", "{\"amount\":\"25.00\"}");
        assertEquals(201, posted.status(), posted.body());
        assertEquals("25.00", posted.json().get("amount"));
        assertEquals(held, posted.json().get("pending_id"));
        Response repeated = operator("POST", "/admin/v1/transfers/" + held + "/post", "{\"amount\":\"25.00\"}");
        assertEquals(200, repeated.status(), repeated.body());
        assertEquals(posted.json(), repeated.json());
        Response voided = operator("POST", "/admin/v1/transfers/" + held + "/void", null);
        assertEquals(409, voided.status(), voided.body());
        assertEquals("pending_transfer_already_posted", voided.error().get("code"));
        assertEquals(Map.of("account_id", accountId(partner), "balance", "75.00", "overdraft_limit", "0.00",
                "available", "75.00", "currency", "EUR"), balance(partner));

        Response holdView = operator("GET", "/admin/v1/transfers/" + held, null);
        assertEquals("posted", holdView.json().get("status"));
        assertEquals(posted.json().get("id"), holdView.json().get("followed_by"));

        String postId = (String) posted.json().get("id");
        Response reversal = operator("POST", "/admin/v1/transfers/" + postId + "/reverse", null);
        assertEquals(201, reversal.status(), reversal.body());
        assertEquals("reversal", reversal.json().get("code"));
        assertEquals(reversal.json(), operator("POST", "/admin/v1/transfers/" + postId + "/reverse", null).json());
        assertEquals("100.00", balance(partner).get("balance"));
        assertEquals("reversed", operator("GET", "/admin/v1/transfers/" + postId, null).json().get("status"));

        Response notReversible = operator("POST", "/admin/v1/transfers/" + held + "/reverse", null);
        assertEquals(409, notReversible.status(), notReversible.body());
        assertEquals("transfer_not_reversible", notReversible.error().get("code"));
        for (String action : List.of("post", "void", "reverse")) {
            assertEquals(404, operator("POST", "/admin/v1/transfers/" + UUID.randomUUID() + "/" + action, null)
                    .status());
        }
        assertEquals(404, operator("GET", "/admin/v1/transfers/not-an-id", null).status());
    }

    @Test
    void a_void_releases_the_whole_hold_and_a_post_afterwards_is_refused() {
        String partner = createPartner("Voider Ltd", "EUR");
        String payee = createPartner("Voidee Ltd", "EUR");
        assertEquals(201, fund(partner, "{\"amount\":\"10\",\"currency\":\"EUR\",\"reference\":\"w\"}").status());
        String held = hold(partner, payee, 600, 0);

        Response voided = operator("POST", "/admin/v1/transfers/" + held + "/void", "");
        assertEquals(201, voided.status(), voided.body());
        assertEquals("voided", voided.json().get("status"));
        assertEquals(200, operator("POST", "/admin/v1/transfers/" + held + "/void", null).status());
        Response post = operator("POST", "/admin/v1/transfers/" + held + "/post", null);
        assertEquals(409, post.status(), post.body());
        assertEquals("pending_transfer_already_voided", post.error().get("code"));
        assertEquals("10.00", balance(partner).get("available"));
    }

    @Test
    void the_background_expiry_releases_a_hold_once_its_timeout_has_passed() {
        String partner = createPartner("Expiry Ltd", "EUR");
        String payee = createPartner("Expiree Ltd", "EUR");
        assertEquals(201, fund(partner, "{\"amount\":\"10\",\"currency\":\"EUR\",\"reference\":\"w\"}").status());
        String held = hold(partner, payee, 700, 60);
        Map<String, Object> before = operator("GET", "/admin/v1/transfers/" + held, null).json();
        assertEquals("pending", before.get("status"));
        assertNotNull(before.get("expires_at"));
        assertNull(before.get("followed_by"));

        clock.advance(Duration.ofSeconds(61));
        try {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> operator("GET", "/admin/v1/transfers/" + held,
                    null).json().get("followed_by") != null);
        } finally {
            clock.reset();
        }
        assertEquals("10.00", balance(partner).get("available"));
        Response late = operator("POST", "/admin/v1/transfers/" + held + "/post", null);
        assertEquals(409, late.status(), late.body());
        assertEquals("pending_transfer_expired", late.error().get("code"));
        Response audit = operator("GET", "/admin/v1/audit?action=ledger.expire&partner_id=" + partner, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) audit.json().get("items");
        assertEquals(1, records.size(), audit.body());
        assertEquals("system", records.get(0).get("actor"));
    }

    @Test
    void audits_every_money_movement_and_refusal() {
        String partner = createPartner("Audited Ltd", "EUR");
        assertEquals(201, fund(partner, "{\"amount\":\"5\",\"currency\":\"EUR\",\"reference\":\"a\"}").status());
        assertEquals(200, fund(partner, "{\"amount\":\"5\",\"currency\":\"EUR\",\"reference\":\"a\"}").status());
        assertEquals(409, fund(partner, "{\"amount\":\"6\",\"currency\":\"EUR\",\"reference\":\"a\"}").status());

        Response audit = operator("GET", "/admin/v1/audit?action=ledger.fund&partner_id=" + partner, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) audit.json().get("items");
        assertEquals(List.of("succeeded", "already_applied", "rejected:exists_with_different_amount"),
                records.stream().map(r -> r.get("outcome")).toList());
        assertTrue(records.stream().allMatch(r -> "operator".equals(r.get("actor"))));
    }
}
