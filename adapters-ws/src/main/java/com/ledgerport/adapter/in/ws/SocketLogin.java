package com.ledgerport.adapter.in.ws;

import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.AuthenticateApiKeyCommand;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.KeyAuthentication;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.PublicKeyAndSecret;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.AuthenticateBearerCommand;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.BearerAuthentication;
import com.ledgerport.application.port.in.WatchCredentialUseCase;
import com.ledgerport.application.port.in.WatchCredentialUseCase.Watch;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.TokenKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code auth.login}: seed 000's {@code s2s} (public key as {@code token}, {@code metadata.secret}) or a
 * {@code jwt} (a member's session access token or a seed 004 access token). Success answers seed 000's
 * {@code auth.success} exactly; failure answers {@code auth.error {code, message}} and closes with 4002.
 *
 * <p>Once in, the socket watches its credential on every node: when the key is expired, the token revoked or
 * edited, the session revoked or the partner suspended, the credential is checked again and the socket closed
 * with 4005 if it no longer stands (an edited token's new scopes apply to the socket at once).
 *
 * <p>{@code metadata.storeId}: seed 000 attaches a store to the socket when it exists and belongs to the
 * account. Ledgerport has no stores (its partners sell digital goods through one catalogue), so no store ever
 * exists and none is ever attached: the field is accepted and ignored, and {@code auth.success} never carries
 * a {@code storeId}.
 */
@Singleton
final class SocketLogin {

    static final int TOKEN_LENGTH_MAX = 4_096;
    static final int SECRET_LENGTH_MAX = 256;
    static final int APP_LENGTH_MAX = 64;
    static final Duration EXPIRY_SLACK = Duration.ofMillis(50);
    static final Set<TokenKind> SOCKET_TOKENS = Set.of(TokenKind.SESSION, TokenKind.ACCESS_TOKEN);

    private final AuthenticateApiKeyUseCase authenticateApiKey;
    private final AuthenticateBearerUseCase authenticateBearer;
    private final WatchCredentialUseCase watchCredential;
    private final Frames frames;
    private final SocketTimers timers;
    private final Clock clock;

    SocketLogin(AuthenticateApiKeyUseCase authenticateApiKey, AuthenticateBearerUseCase authenticateBearer,
            WatchCredentialUseCase watchCredential, Frames frames, SocketTimers timers, Clock clock) {
        this.authenticateApiKey = authenticateApiKey;
        this.authenticateBearer = authenticateBearer;
        this.watchCredential = watchCredential;
        this.frames = frames;
        this.timers = timers;
        this.clock = clock;
    }

    void logIn(Frames.Frame frame, SocketConnection connection) {
        Optional<Principal> principal;
        try {
            principal = authenticate(frame, connection);
        } catch (RequestError refused) {
            fail(connection, frame, refused.code(), refused.getMessage());
            return;
        }
        if (principal.isEmpty()) {
            return;
        }
        Watch watch = watchCredential.watch(principal.get(), () -> timers.check(() -> recheck(connection)));
        // A revocation that committed between authenticating and watching would otherwise go unnoticed.
        Optional<Principal> standing = watch.check();
        if (standing.isEmpty()) {
            watch.cancel();
            fail(connection, frame, "invalid_credentials", "The credential was revoked");
            return;
        }
        connection.authenticated(standing.get(), watch);
        // A key or token that simply runs out is checked again the moment it does (a little after, so the
        // check's clock has passed the expiry), and the socket closes with 4005.
        watch.expiresAt().ifPresent(at -> connection.expiryCheck(timers.after(
                Duration.between(clock.instant(), at).plus(EXPIRY_SLACK),
                () -> timers.check(() -> recheck(connection)))));
        String accountId = standing.get().partnerId().toString();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identityId", "account-" + accountId);
        payload.put("role", "account");
        payload.put("context", Map.of("accountId", accountId));
        connection.send(frames.write("auth.success", frame.requestId(), payload));
    }

    /** Empty when it already answered (a refusal it sent itself). */
    private Optional<Principal> authenticate(Frames.Frame frame, SocketConnection connection) {
        Payload payload = new Payload(frame.payload());
        Object authType = frame.payload().get("authType");
        String requestId = Optional.ofNullable(frame.requestId()).orElse("ws-" + connection.session().getId());
        if ("s2s".equals(authType)) {
            String publicKey = payload.requiredText("token", TOKEN_LENGTH_MAX);
            Payload metadata = metadata(frame);
            String secret = metadata.requiredText("secret", SECRET_LENGTH_MAX);
            metadata.optionalText("app", APP_LENGTH_MAX);
            KeyAuthentication outcome = authenticateApiKey.authenticate(new AuthenticateApiKeyCommand(
                    new PublicKeyAndSecret(publicKey, secret), Optional.empty(), Optional.empty(), requestId));
            if (outcome instanceof AuthenticateApiKeyUseCase.Authenticated authenticated) {
                return Optional.of(authenticated.principal());
            }
            throw switch (((AuthenticateApiKeyUseCase.Rejected) outcome).reason()) {
                case MALFORMED, UNKNOWN_KEY, WRONG_SECRET, OTHER_TENANT -> new RequestError("invalid_credentials",
                        "Invalid API key or secret");
                case REVOKED -> new RequestError("key_revoked", "The API key was revoked");
                case EXPIRED -> new RequestError("key_expired", "The API key has expired");
                case PARTNER_SUSPENDED, SURFACE_NOT_ALLOWED -> new RequestError("account_suspended",
                        "The account is suspended");
            };
        }
        if ("jwt".equals(authType)) {
            String token = payload.requiredText("token", TOKEN_LENGTH_MAX);
            BearerAuthentication outcome = authenticateBearer.authenticate(new AuthenticateBearerCommand(token,
                    SOCKET_TOKENS, Optional.empty(), requestId));
            if (outcome instanceof AuthenticateBearerUseCase.Authenticated authenticated) {
                return Optional.of(authenticated.principal());
            }
            throw switch (((AuthenticateBearerUseCase.Rejected) outcome).reason()) {
                case MALFORMED, WRONG_KIND -> new RequestError("invalid_credentials",
                        "The token is not a session or access token of this server");
                case EXPIRED -> new RequestError("token_expired", "The token has expired");
                case REVOKED -> new RequestError("token_revoked", "The token was revoked");
                case PARTNER_SUSPENDED, SURFACE_NOT_ALLOWED -> new RequestError("account_suspended",
                        "The account is suspended");
            };
        }
        throw new RequestError("unsupported_auth_type", "authType must be one of: s2s, jwt");
    }

    private static Payload metadata(Frames.Frame frame) {
        Object metadata = frame.payload().get("metadata");
        if (metadata == null) {
            throw RequestError.invalid("metadata.secret", "is required");
        }
        if (!(metadata instanceof Map<?, ?> map)) {
            throw RequestError.invalid("metadata", "must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new Payload(fields, "metadata.");
    }

    private void recheck(SocketConnection connection) {
        if (!connection.isOpen()) {
            return;
        }
        connection.watch().ifPresent(watch -> watch.check().ifPresentOrElse(connection::principalChanged,
                () -> connection.close(CloseCodes.CREDENTIAL_REVOKED)));
    }

    private void fail(SocketConnection connection, Frames.Frame frame, String code, String message) {
        connection.send(frames.error("auth.error", frame.requestId(), code, message));
        connection.close(CloseCodes.AUTH_FAILED);
    }
}
