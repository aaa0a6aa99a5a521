package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;

/** With the default configuration (private targets refused) no webhook may point inside the network. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookPrivateTargetsIT extends ServerTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
            "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
            "http://0.0.0.0/hook", "http://172.16.0.1/hook"})
    void refuses_a_webhook_pointing_inside_the_network(String url) {
        String partner = createPartner("Guarded", "EUR");
        Response refused = operator("POST", "/admin/v1/partners/" + partner + "/webhooks", "{\"url\":\"" + url + "\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("url", refused.error().get("field"), refused.body());
        assertTrue(((String) refused.error().get("message")).contains("private"), refused.body());
    }
}
