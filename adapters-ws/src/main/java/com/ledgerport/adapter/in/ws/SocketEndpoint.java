package com.ledgerport.adapter.in.ws;

import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.AuthenticateMemberCommand;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.Authenticated;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.MemberAuthentication;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase.CurrentMember;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase.GetCurrentMemberQuery;
import com.ledgerport.domain.access.MemberPrincipal;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws}: JSON text frames {@code {type, requestId, payload}}. The first frame must be
 * {@code auth.login} within {@code ledgerport.ws.auth-timeout} (10 s by default); until then any other frame
 * closes the socket. Requests answer {@code <type>.ok} or {@code <type>.error} with the same {@code requestId}.
 *
 * <p>A socket's frames are handled one at a time, in the order they arrived, on the blocking executor (they
 * reach the database). Letting the framework offload {@code @OnMessage} would not do, neither by
 * {@code @ExecuteOn} nor by the AUTO thread selection that offloads every {@code void} method: it hands each
 * frame to the pool on its own, so a request sent right behind {@code auth.login} could overtake it and find
 * the socket unauthenticated. Hence {@code @NonBlocking} here and a queue per socket below.
 */
@ServerWebSocket("/ws")
final class SocketEndpoint {

    static final int MALFORMED_FRAMES_MAX = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SocketEndpoint.class);
    private static final String PRINCIPAL = "ledgerport.principal";
    private static final String AUTH_DEADLINE = "ledgerport.auth-deadline";
    private static final String MALFORMED = "ledgerport.malformed";
    private static final String LAST_FRAME = "ledgerport.last-frame";

    private final Frames frames;
    private final AuthenticateMemberUseCase authenticateMember;
    private final GetCurrentMemberUseCase getCurrentMember;
    private final SocketTimers timers;
    private final Duration authTimeout;
    private final Executor blocking;

    SocketEndpoint(Frames frames, AuthenticateMemberUseCase authenticateMember,
            GetCurrentMemberUseCase getCurrentMember, SocketTimers timers,
            @Value("${ledgerport.ws.auth-timeout:10s}") Duration authTimeout,
            @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.frames = frames;
        this.timers = timers;
        this.authTimeout = authTimeout;
        this.blocking = blocking;
        this.authenticateMember = authenticateMember;
        this.getCurrentMember = getCurrentMember;
    }

    /**
     * The deadline outlives a socket that closes early and then finds it closed. There is deliberately no
     * {@code @OnClose} to cancel it: with one, Micronaut 4.10 neither answers a Close frame the client sends nor
     * closes the connection (an offloaded {@code @OnClose} never reaches its channel close), so every politely
     * closed socket would stay open on the server.
     */
    @OnOpen
    @NonBlocking
    void open(WebSocketSession session) {
        ScheduledFuture<?> deadline = timers.after(authTimeout, () -> {
            if (session.isOpen() && principal(session).isEmpty()) {
                session.close(CloseCodes.AUTH_TIMEOUT);
            }
        });
        session.put(AUTH_DEADLINE, deadline);
    }

    /**
     * Runs on the socket's event loop, one frame after another, so the frame is queued behind the previous one
     * here; the chained future also makes each frame see what the one before it stored in the session. Frames
     * still queued when the socket closes are dropped.
     */
    @OnMessage
    @NonBlocking
    void message(String text, WebSocketSession session) {
        CompletableFuture<?> previous = session.get(LAST_FRAME, CompletableFuture.class)
                .orElse(CompletableFuture.completedFuture(null));
        Runnable work = () -> {
            if (session.isOpen()) {
                handle(text, session);
            }
        };
        session.put(LAST_FRAME, previous.thenRunAsync(work, blocking)
                .exceptionally(failure -> {
                    LOG.error("handling a frame of WebSocket session {} failed", session.getId(), failure);
                    session.close(CloseReason.INTERNAL_ERROR);
                    return null;
                }));
    }

    private void handle(String text, WebSocketSession session) {
        Optional<Frames.Frame> read = frames.read(text);
        if (read.isEmpty()) {
            malformed(session);
            return;
        }
        Frames.Frame frame = read.get();
        Optional<MemberPrincipal> principal = principal(session);
        if (principal.isEmpty()) {
            if ("auth.login".equals(frame.type())) {
                logIn(frame, session);
            } else {
                session.sendSync(frames.error(frame.type() + ".error", frame.requestId(), "not_authenticated",
                        "The first frame must be auth.login"));
                session.close(CloseCodes.NOT_AUTHENTICATED);
            }
            return;
        }
        switch (frame.type()) {
            case "account.get" -> session.sendSync(frames.write("account.get.ok", frame.requestId(),
                    account(getCurrentMember.get(new GetCurrentMemberQuery(principal.get())))));
            case "auth.login" -> session.sendSync(frames.error("auth.error", frame.requestId(),
                    "already_authenticated", "This socket is already authenticated"));
            default -> session.sendSync(frames.error(frame.type() + ".error", frame.requestId(), "unknown_type",
                    "Unknown message type '" + frame.type() + "'"));
        }
    }

    private void logIn(Frames.Frame frame, WebSocketSession session) {
        Object authType = frame.payload().get("authType");
        Object token = frame.payload().get("token");
        if (!"jwt".equals(authType)) {
            fail(session, frame, "unsupported_auth_type", "authType must be one of: jwt");
            return;
        }
        if (!(token instanceof String jwt) || jwt.isBlank()) {
            fail(session, frame, "invalid_request", "payload.token is required");
            return;
        }
        MemberAuthentication outcome = authenticateMember.authenticate(new AuthenticateMemberCommand(jwt));
        if (!(outcome instanceof Authenticated authenticated)) {
            fail(session, frame, "invalid_credentials", "The token is invalid, expired or revoked");
            return;
        }
        MemberPrincipal principal = authenticated.principal();
        session.put(PRINCIPAL, principal);
        session.get(AUTH_DEADLINE, ScheduledFuture.class).ifPresent(deadline -> deadline.cancel(false));
        String accountId = principal.partnerId().toString();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identityId", "account-" + accountId);
        payload.put("role", "account");
        payload.put("context", Map.of("accountId", accountId));
        session.sendSync(frames.write("auth.success", frame.requestId(), payload));
    }

    private void fail(WebSocketSession session, Frames.Frame frame, String code, String message) {
        session.sendSync(frames.error("auth.error", frame.requestId(), code, message));
        session.close(CloseCodes.AUTH_FAILED);
    }

    private void malformed(WebSocketSession session) {
        int count = session.get(MALFORMED, Integer.class).orElse(0) + 1;
        session.put(MALFORMED, count);
        session.sendSync(frames.error("error", null, "malformed_frame",
                "Frames must be JSON objects with a string 'type'"));
        if (count >= MALFORMED_FRAMES_MAX || principal(session).isEmpty()) {
            boolean anonymous = principal(session).isEmpty();
            session.close(anonymous ? CloseCodes.NOT_AUTHENTICATED : CloseCodes.TOO_MANY_MALFORMED);
        }
    }

    private static Optional<MemberPrincipal> principal(WebSocketSession session) {
        return session.get(PRINCIPAL, MemberPrincipal.class);
    }

    private static Map<String, Object> account(CurrentMember current) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", current.partner().id().toString());
        view.put("name", current.partner().name());
        view.put("currency", current.partner().currency().code());
        view.put("status", current.partner().status().wireName());
        view.put("member", Map.of("id", current.member().id().toString(),
                "email", current.member().email().value()));
        return view;
    }
}
