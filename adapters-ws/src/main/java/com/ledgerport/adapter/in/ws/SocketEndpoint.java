package com.ledgerport.adapter.in.ws;

import com.ledgerport.application.port.in.SubscribeEventsUseCase;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Refused;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscribed;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscriber;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscription;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.event.TopicFilter;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws}: JSON text frames {@code {type, requestId, payload}} (docs/websocket.md). The first frame must be
 * {@code auth.login} within {@code ledgerport.ws.auth-timeout} (10 s by default); until then any other frame
 * closes the socket. Requests answer {@code <type>.ok} or {@code <type>.error} with the same {@code requestId}.
 *
 * <p>A socket's frames are handled one at a time, in the order they arrived, on the blocking executor (they
 * reach the database). Letting the framework offload {@code @OnMessage} would not do, neither by
 * {@code @ExecuteOn} nor by the AUTO thread selection that offloads every {@code void} method: it hands each
 * frame to the pool on its own, so a request sent right behind {@code auth.login} could overtake it and find
 * the socket unauthenticated. Hence {@code @NonBlocking} here and a chain of futures per socket.
 */
@ServerWebSocket("/ws")
final class SocketEndpoint {

    static final int MALFORMED_FRAMES_MAX = 3;
    static final int TOPIC_COUNT_PER_REQUEST_MAX = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SocketEndpoint.class);
    private static final String CONNECTION = "ledgerport.connection";

    private final Frames frames;
    private final SocketLogin login;
    private final SocketRequests requests;
    private final SocketOrders orders;
    private final SubscribeEventsUseCase subscribeEvents;
    private final SocketTimers timers;
    private final SocketRegistry registry;
    private final SocketSettings settings;
    private final Executor blocking;

    SocketEndpoint(Frames frames, SocketLogin login, SocketRequests requests, SocketOrders orders,
            SubscribeEventsUseCase subscribeEvents,
            SocketTimers timers, SocketRegistry registry, SocketSettings settings,
            @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.frames = frames;
        this.login = login;
        this.requests = requests;
        this.orders = orders;
        this.subscribeEvents = subscribeEvents;
        this.timers = timers;
        this.registry = registry;
        this.settings = settings;
        this.blocking = blocking;
    }

    /**
     * The deadline outlives a socket that closes early and then finds it closed. There is deliberately no
     * {@code @OnClose}: with one, Micronaut 4.10 neither answers a Close frame the client sends nor closes the
     * connection (an offloaded {@code @OnClose} never reaches its channel close), so every politely closed
     * socket would stay open on the server. {@link SocketRegistry} notices closed sockets instead.
     */
    @OnOpen
    @NonBlocking
    void open(WebSocketSession session) {
        SocketConnection connection = new SocketConnection(session, settings, timers, frames);
        session.put(CONNECTION, connection);
        registry.add(connection);
        connection.authDeadline(timers.after(settings.getAuthTimeout(), () -> {
            if (session.isOpen() && connection.principal().isEmpty()) {
                connection.close(CloseCodes.AUTH_TIMEOUT);
            }
        }));
    }

    @OnMessage
    @NonBlocking
    void pong(WebSocketPongMessage pong, WebSocketSession session) {
        session.get(CONNECTION, SocketConnection.class).ifPresent(SocketConnection::active);
    }

    /**
     * Runs on the socket's event loop, one frame after another, so the frame is queued behind the previous one
     * here; the chained future also makes each frame see what the one before it stored. Frames still queued
     * when the socket closes are dropped.
     */
    @OnMessage
    @NonBlocking
    void message(String text, WebSocketSession session) {
        SocketConnection connection = session.get(CONNECTION, SocketConnection.class).orElseThrow();
        connection.active();
        Runnable work = () -> {
            if (connection.isOpen()) {
                handle(text, connection);
            }
        };
        connection.lastFrame(connection.lastFrame().thenRunAsync(work, blocking)
                .exceptionally(failure -> {
                    LOG.error("handling a frame of WebSocket session {} failed", session.getId(), failure);
                    connection.close(CloseReason.INTERNAL_ERROR);
                    return null;
                }));
    }

    private void handle(String text, SocketConnection connection) {
        if (tooLarge(text)) {
            connection.send(frames.error("error", null, "frame_too_large",
                    "Frames may hold at most " + settings.getFrameBytesMax() + " bytes"));
            connection.close(CloseCodes.TOO_BIG);
            return;
        }
        Optional<Frames.Frame> read = frames.read(text);
        if (read.isEmpty()) {
            malformed(connection);
            return;
        }
        Frames.Frame frame = read.get();
        Optional<Principal> principal = connection.principal();
        if (principal.isEmpty()) {
            if ("auth.login".equals(frame.type())) {
                login.logIn(frame, connection);
            } else {
                connection.send(frames.error(frame.type() + ".error", frame.requestId(), "not_authenticated",
                        "The first frame must be auth.login"));
                connection.close(CloseCodes.NOT_AUTHENTICATED);
            }
            return;
        }
        Optional<Boolean> overRate = connection.overRate();
        if (overRate.isPresent()) {
            if (overRate.get()) {
                connection.send(frames.error(frame.type() + ".error", frame.requestId(), "rate_limited",
                        "At most " + settings.getMessagesPerSecond() + " messages per second"));
            } else {
                connection.close(CloseCodes.RATE_EXCEEDED);
            }
            return;
        }
        request(frame, principal.get(), connection);
    }

    private boolean tooLarge(String text) {
        int max = settings.getFrameBytesMax();
        return text.length() > max || (long) text.length() * 3 > max
                && text.getBytes(StandardCharsets.UTF_8).length > max;
    }

    private void request(Frames.Frame frame, Principal principal, SocketConnection connection) {
        String type = frame.type();
        String requestId = frame.requestId();
        try {
            Map<String, Object> answer = answer(frame, principal, connection);
            if (answer == null) {
                connection.send(frames.error(type + ".error", requestId, "unknown_type",
                        "Unknown message type '" + type + "'"));
            } else {
                connection.send(frames.write(type + ".ok", requestId, answer));
            }
        } catch (RequestError refused) {
            connection.send(frames.error(type.equals("auth.login") ? "auth.error" : type + ".error", requestId,
                    refused.code(), refused.getMessage()));
        } catch (InvalidValueException invalid) {
            connection.send(frames.error(type + ".error", requestId, "invalid_request", invalid.getMessage()));
        }
    }

    /** The answer's payload; null for an unknown type. */
    private Map<String, Object> answer(Frames.Frame frame, Principal principal, SocketConnection connection) {
        Payload payload = new Payload(frame.payload());
        CallContext context = new CallContext(principal.actor(), Optional.ofNullable(frame.requestId())
                .orElse("ws-" + connection.session().getId()));
        return switch (frame.type()) {
            case "auth.login" -> throw new RequestError("already_authenticated", "This socket is already authenticated");
            case "account.get" -> requests.account(principal);
            case "account.keys.create" -> requests.createKey(principal, payload, context);
            case "account.keys.list" -> requests.listKeys(principal);
            case "account.keys.expire" -> requests.expireKey(principal, payload, context);
            case "balance.get" -> requests.balance(principal, context);
            case "balance.transactions.list" -> requests.balanceTransactions(principal, payload, context);
            case "account.orders.fetch" -> orders.fetch(principal, payload, context);
            case "account.order.get" -> orders.get(principal, payload, context);
            case "events.subscribe" -> subscribe(payload, principal, connection);
            case "events.unsubscribe" -> unsubscribe(payload, connection);
            default -> null;
        };
    }

    private Map<String, Object> subscribe(Payload payload, Principal principal, SocketConnection connection) {
        List<String> topics = payload.requiredTexts("topics", TOPIC_COUNT_PER_REQUEST_MAX, TopicFilter.LENGTH_MAX);
        Optional<EventCursor> after;
        try {
            after = payload.optionalText("after", EventCursor.TEXT_LENGTH_MAX).map(EventCursor::parse);
        } catch (InvalidValueException notOurs) {
            throw RequestError.invalid("after", "is not a cursor this server issued");
        }
        Subscriber subscriber = connection.subscriber().orElseGet(() -> {
            Subscriber opened = subscribeEvents.open(principal, connection);
            connection.subscriber(opened);
            return opened;
        });
        Subscription outcome = subscriber.subscribe(topics, after);
        if (outcome instanceof Refused refused) {
            throw new RequestError(switch (refused.reason()) {
                case MALFORMED_TOPIC -> "invalid_topic";
                case OTHER_PARTNER, SCOPE_NOT_ALLOWED -> "forbidden";
                case TOO_MANY_TOPICS -> "too_many_topics";
            }, refused.message());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("topics", subscriber.topics());
        answer.put("replayed", ((Subscribed) outcome).replayed());
        return answer;
    }

    private Map<String, Object> unsubscribe(Payload payload, SocketConnection connection) {
        List<String> topics = payload.requiredTexts("topics", TOPIC_COUNT_PER_REQUEST_MAX, TopicFilter.LENGTH_MAX);
        Map<String, Object> answer = new LinkedHashMap<>();
        Optional<Subscriber> subscriber = connection.subscriber();
        answer.put("removed", subscriber.map(current -> current.unsubscribe(topics)).orElse(List.of()));
        answer.put("topics", subscriber.map(Subscriber::topics).orElse(List.of()));
        return answer;
    }

    private void malformed(SocketConnection connection) {
        int count = connection.malformed();
        connection.send(frames.error("error", null, "malformed_frame",
                "Frames must be JSON objects with a string 'type'"));
        boolean anonymous = connection.principal().isEmpty();
        if (count >= MALFORMED_FRAMES_MAX || anonymous) {
            connection.close(anonymous ? CloseCodes.NOT_AUTHENTICATED : CloseCodes.TOO_MANY_MALFORMED);
        }
    }
}
