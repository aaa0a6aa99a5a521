package com.ledgerport.adapter.out.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.ledgerport.application.port.out.WebhookTargets.Allowed;
import com.ledgerport.application.port.out.WebhookTargets.Reason;
import com.ledgerport.application.port.out.WebhookTargets.Refused;
import com.ledgerport.application.port.out.WebhookTargets.Verdict;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResolvingWebhookTargetsTest {

    private static final Map<String, String[]> DNS = Map.of(
            "hooks.partner.example", new String[] {"93.184.216.34"},
            "mixed.partner.example", new String[] {"93.184.216.34", "10.0.0.7"},
            "v6.partner.example", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
            "localhost", new String[] {"127.0.0.1", "::1"});

    /** A fake DNS: the names above, and IP literals (bracketed for IPv6, as URI.getHost() gives them). */
    private static InetAddress[] resolve(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String[] literal = DNS.getOrDefault(bare, new String[] {bare});
        InetAddress[] addresses = new InetAddress[literal.length];
        try {
            for (int i = 0; i < literal.length; i++) {
                // Literal IPs only (InetAddress does not touch DNS for them); unknown names resolve to nothing.
                if (!literal[i].matches("[0-9a-fA-F.:]+")) {
                    return new InetAddress[0];
                }
                addresses[i] = InetAddress.getByName(literal[i]);
            }
        } catch (UnknownHostException impossible) {
            return new InetAddress[0];
        }
        return addresses;
    }

    private final ResolvingWebhookTargets guarded = new ResolvingWebhookTargets(false,
            ResolvingWebhookTargetsTest::resolve);

    private Reason refusal(Verdict verdict) {
        return assertInstanceOf(Refused.class, verdict).reason();
    }

    @Test
    void allows_public_http_and_https_targets() {
        assertEquals("https://hooks.partner.example/ledgerport?x=1",
                assertInstanceOf(Allowed.class, guarded.check("https://hooks.partner.example/ledgerport?x=1"))
                        .normalisedUrl());
        assertInstanceOf(Allowed.class, guarded.check("http://v6.partner.example:8443/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost/hook", "http://10.1.2.3/",
        "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/",
        "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/", "http://224.0.0.1/",
        "https://mixed.partner.example/hook"})
    void refuses_internal_targets(String url) {
        assertEquals(Reason.PRIVATE_TARGET, refusal(guarded.check(url)), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.partner.example/", "file:///etc/passwd", "javascript:alert(1)",
        "hooks.partner.example/path"})
    void refuses_other_schemes(String url) {
        assertEquals(Reason.UNSUPPORTED_SCHEME, refusal(guarded.check(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "http://", "https://user:pw@hooks.partner.example/",
        "https://hooks.partner.example/#frag", "http://exa mple.com/"})
    void refuses_malformed_urls(String url) {
        assertEquals(Reason.MALFORMED, refusal(guarded.check(url)));
    }

    @Test
    void refuses_overlong_urls_and_unresolvable_hosts() {
        assertEquals(Reason.MALFORMED, refusal(guarded.check("https://hooks.partner.example/" + "a".repeat(2100))));
        assertEquals(Reason.UNRESOLVABLE_HOST, refusal(guarded.check("https://nowhere.invalid/")));
    }

    @Test
    void allows_private_targets_when_the_operator_says_so() {
        ResolvingWebhookTargets open = new ResolvingWebhookTargets(true, ResolvingWebhookTargetsTest::resolve);
        assertInstanceOf(Allowed.class, open.check("http://127.0.0.1:8080/hook"));
        assertEquals(Reason.UNSUPPORTED_SCHEME, refusal(open.check("ftp://127.0.0.1/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9/hook", "http://[::1]/hook", "http://localhost/hook",
        "http://169.254.169.254/"})
    void the_real_resolver_refuses_loopback_and_metadata_addresses(String url) {
        ResolvingWebhookTargets real = new ResolvingWebhookTargets(new WebhookSettings());
        assertEquals(Reason.PRIVATE_TARGET, refusal(real.check(url)), url);
    }
}
