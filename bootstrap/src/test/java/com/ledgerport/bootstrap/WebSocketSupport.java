package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sockets, logins and events for the /ws suites. */
abstract class WebSocketSupport extends CredentialSuiteSupport {

    @Inject
    Outbox outbox;
    @Inject
    UnitOfWork unitOfWork;

    TestSocket connect() throws Exception {
        return TestSocket.connect(http, jsonMapper, server.getPort(), true);
    }

    static String s2sLogin(String requestId, Key key) {
        return "{\"type\":\"auth.login\",\"requestId\":\"" + requestId + "\",\"payload\":{\"authType\":\"s2s\","
                + "\"token\":\"" + key.username() + "\",\"metadata\":{\"secret\":\"" + key.secret() + "\"}}}";
    }

    static String jwtLogin(String requestId, String jwt) {
        return "{\"type\":\"auth.login\",\"requestId\":\"" + requestId + "\",\"payload\":{\"authType\":\"jwt\","
                + "\"token\":\"" + jwt + "\"}}";
    }

    static String request(String type, String requestId, String payloadJson) {
        return "{\"type\":\"" + type + "\",\"requestId\":\"" + requestId + "\",\"payload\":" + payloadJson + "}";
    }

    TestSocket loggedIn(String loginFrame) throws Exception {
        TestSocket socket = connect();
        socket.send(loginFrame);
        Map<String, Object> reply = socket.next();
        assertEquals("auth.success", reply.get("type"), reply.toString());
        return socket;
    }

    /** Sends a request and answers the reply, checking its type ({@code <type>.ok} or {@code .error}). */
    static Map<String, Object> ask(TestSocket socket, String type, String payloadJson, boolean ok) throws Exception {
        String requestId = type + "-" + System.nanoTime();
        socket.send(request(type, requestId, payloadJson));
        Map<String, Object> reply = socket.next();
        assertEquals(type + (ok ? ".ok" : ".error"), reply.get("type"), reply.toString());
        assertEquals(requestId, reply.get("requestId"), reply.toString());
        return TestSocket.payload(reply);
    }

    static Map<String, Object> subscribe(TestSocket socket, String... topics) throws Exception {
        return ask(socket, "events.subscribe", "{\"topics\":" + jsonList(topics) + "}", true);
    }

    static String jsonList(String... texts) {
        List<String> quoted = new ArrayList<>();
        for (String text : texts) {
            quoted.add("\"" + text + "\"");
        }
        return "[" + String.join(",", quoted) + "]";
    }

    /** Appends one event in its own unit of work, as a use case would. */
    Event publish(String partnerId, Mode mode, EventType type, String objectId, Map<String, Object> data) {
        return unitOfWork.write(() -> outbox.append(new NewEvent(PartnerId.parse(partnerId), mode, type, objectId,
                EventPayload.of(data), clock.instant())));
    }

    static String topic(String partnerId, String mode, EventType type) {
        return "company/" + partnerId + "/" + mode + "/" + type.resource() + "/" + type.action();
    }
}
