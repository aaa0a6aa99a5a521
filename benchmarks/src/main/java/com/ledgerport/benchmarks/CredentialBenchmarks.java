package com.ledgerport.benchmarks;

import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.Authenticated;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.AuthenticateApiKeyCommand;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.KeyAuthentication;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.PublicKeyAndSecret;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.SingleString;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.RequestSignatureCheck;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Verified;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.VerifyRequestSignatureCommand;
import com.ledgerport.application.port.out.ApiKeys.NewApiKey;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.AuthenticateApiKeyService;
import com.ledgerport.application.service.CredentialCache;
import com.ledgerport.application.service.CredentialDirectory;
import com.ledgerport.application.service.FailureAudits;
import com.ledgerport.application.service.VerifyRequestSignatureService;
import com.ledgerport.application.testing.InMemoryAccessTokens;
import com.ledgerport.application.testing.InMemoryApiKeys;
import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryPartnerSurfaces;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemorySessions;
import com.ledgerport.application.testing.RecordingCredentialRevocations;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.RequestSignature;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one credential check costs on the CPU, against the bare JDK primitive it is built on, in the same run:
 *
 * <ul>
 *   <li>API key: {@code baselineApiKey} is SHA-256 of the secret with a reused {@link MessageDigest} and
 *       {@link MessageDigest#isEqual} with the stored digest; {@code domainApiKey} is {@link ApiKey#matchesSecret};
 *       {@code serviceApiKeyPair}/{@code serviceApiKeySingle} are {@link AuthenticateApiKeyService} in both
 *       presentations, with the key and the partner's standing in the {@link CredentialCache} (the path every
 *       request but the first in 30 s takes).</li>
 *   <li>Request signature (seed 002): {@code baselineSignature} is HMAC-SHA256 of the same {@code timestamp.body}
 *       bytes with a reused, initialised {@link Mac} and a constant-time compare; {@code domainSignature} is
 *       {@link RequestSignature#matches} with the plain key; {@code serviceSignature} is
 *       {@link VerifyRequestSignatureService}, which also opens the sealed secret, checks headers and the
 *       timestamp window, and asks the replay guard.</li>
 * </ul>
 *
 * <p>Where production touches the database the ports are in memory: the API-key lookups come from the test-jar's
 * adapters (reached once, then cached); the signature path's two port calls (read the partner's verifying
 * secrets, remember the signature) answer from a field, so the figure is the service's own work — the database
 * round trips come on top in production. Nothing here runs during {@code mvn verify}; see docs/performance.md.
 */
// JMH's Mode, spelt out: the domain has a Mode (test/live) of its own.
@BenchmarkMode({org.openjdk.jmh.annotations.Mode.AverageTime, org.openjdk.jmh.annotations.Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CredentialBenchmarks {

    private static final CallContext CONTEXT = new CallContext(Actor.anonymous(), "req-bench");

    /** One active partner with one live API key, verified once so that the cache holds it. */
    @State(Scope.Benchmark)
    public static class ApiKeyState {

        final Clock clock = Clock.systemUTC();
        ApiKeyMaterial material;
        ApiKey key;
        AuthenticateApiKeyService service;
        AuthenticateApiKeyCommand pair;
        AuthenticateApiKeyCommand single;
        MessageDigest sha256;
        byte[] storedDigest;

        @Setup(Level.Trial)
        public void setUp() throws GeneralSecurityException {
            Instant now = clock.instant();
            InMemoryPartners partners = new InMemoryPartners();
            Partner partner = Partner.register("Bench", Currency.of("EUR"), now);
            partners.add(partner);
            InMemoryApiKeys apiKeys = new InMemoryApiKeys();
            material = ApiKeyMaterial.generate(Mode.LIVE);
            key = apiKeys.add(new NewApiKey(partner.id(), "bench", material.publicKey(), material.secretDigest(),
                    Mode.LIVE, now, now.plus(Duration.ofDays(1))));
            UnitOfWork unitOfWork = new DirectUnitOfWork();
            InMemoryAuditLog auditLog = new InMemoryAuditLog();
            CredentialDirectory directory = new CredentialDirectory(new CredentialCache(clock, Duration.ofSeconds(30)),
                    new RecordingCredentialRevocations(), unitOfWork, partners, new InMemoryPartnerSurfaces(), apiKeys,
                    new InMemoryAccessTokens(), new InMemorySessions());
            service = new AuthenticateApiKeyService(directory, unitOfWork, apiKeys, auditLog, new FailureAudits(clock),
                    clock);
            pair = new AuthenticateApiKeyCommand(new PublicKeyAndSecret(material.publicKey(), material.secret()),
                    Optional.empty(), Optional.empty(), "req-bench");
            single = new AuthenticateApiKeyCommand(new SingleString(material.single()), Optional.empty(),
                    Optional.empty(), "req-bench");
            requireAuthenticated(service.authenticate(pair));
            requireAuthenticated(service.authenticate(single));
            sha256 = MessageDigest.getInstance("SHA-256");
            storedDigest = HexFormat.of().parseHex(material.secretDigest());
        }

        private static void requireAuthenticated(KeyAuthentication outcome) {
            if (!(outcome instanceof Authenticated)) {
                throw new IllegalStateException("the benchmark key does not authenticate: " + outcome);
            }
        }
    }

    /** One partner with one signing secret, and a signed request of {@code bodyBytes} random JSON-ish bytes. */
    @State(Scope.Benchmark)
    public static class SignatureState {

        @Param({"512"})
        public int bodyBytes;

        final Clock clock = Clock.systemUTC();
        byte[] key;
        String timestamp;
        byte[] body;
        String signature;
        VerifyRequestSignatureService service;
        VerifyRequestSignatureCommand command;
        Mac mac;
        byte[] payload;
        byte[] presented;

        @Setup(Level.Trial)
        public void setUp() throws GeneralSecurityException {
            Instant now = clock.instant();
            PartnerId partnerId = PartnerId.generate();
            SecretBox box = new SecretBox(SecretBox.generateKey());
            SigningSecret.Issued issued = SigningSecret.issue(partnerId, box, now);
            key = issued.plain().getBytes(StandardCharsets.UTF_8);
            // Fresh for the 300 s window: a fork runs for well under a minute.
            timestamp = Long.toString(now.getEpochSecond());
            body = new byte[bodyBytes];
            Random random = new Random(42);
            for (int i = 0; i < body.length; i++) {
                body[i] = (byte) (' ' + random.nextInt(95));
            }
            signature = RequestSignature.sign(key, timestamp, body);
            List<SigningSecret> verifying = List.of(issued.secret());
            SigningSecrets secrets = new FixedSigningSecrets(verifying);
            service = new VerifyRequestSignatureService(new DirectUnitOfWork(), secrets, new NewSignatures(),
                    new InMemoryAuditLog(), box, clock);
            command = new VerifyRequestSignatureCommand(partnerId, Optional.of(timestamp), Optional.of(signature),
                    body, CONTEXT);
            RequestSignatureCheck check = service.verify(command);
            if (!(check instanceof Verified)) {
                throw new IllegalStateException("the benchmark signature does not verify: " + check);
            }
            mac = Mac.getInstance(RequestSignature.ALGORITHM);
            mac.init(new SecretKeySpec(key, RequestSignature.ALGORITHM));
            payload = RequestSignature.payload(timestamp, body);
            presented = HexFormat.of().parseHex(signature);
            if (!RequestSignature.matches(key, timestamp, body, signature)
                    || !MessageDigest.isEqual(mac.doFinal(payload), presented)) {
                throw new IllegalStateException("baseline and domain disagree");
            }
        }
    }

    @Benchmark
    public boolean baselineApiKey(ApiKeyState state) {
        byte[] digest = state.sha256.digest(state.material.secret().getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(state.storedDigest, digest);
    }

    @Benchmark
    public boolean domainApiKey(ApiKeyState state) {
        return state.key.matchesSecret(state.material.secret());
    }

    @Benchmark
    public KeyAuthentication serviceApiKeyPair(ApiKeyState state) {
        return state.service.authenticate(state.pair);
    }

    @Benchmark
    public KeyAuthentication serviceApiKeySingle(ApiKeyState state) {
        return state.service.authenticate(state.single);
    }

    @Benchmark
    public boolean baselineSignature(SignatureState state) {
        return MessageDigest.isEqual(state.mac.doFinal(state.payload), state.presented);
    }

    @Benchmark
    public boolean domainSignature(SignatureState state) {
        return RequestSignature.matches(state.key, state.timestamp, state.body, state.signature);
    }

    @Benchmark
    public RequestSignatureCheck serviceSignature(SignatureState state) {
        return state.service.verify(state.command);
    }

    /** Runs the work in place: the benchmark measures the services, not a transaction. */
    static final class DirectUnitOfWork implements UnitOfWork {

        @Override
        public <T> T write(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T read(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    }

    /** The partner's verifying secrets, as the database would answer them. */
    static final class FixedSigningSecrets implements SigningSecrets {

        private final List<SigningSecret> verifying;

        FixedSigningSecrets(List<SigningSecret> verifying) {
            this.verifying = verifying;
        }

        @Override
        public void add(SigningSecret secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void retire(PartnerId partnerId, Instant currentRetiresAt, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SigningSecret> verifying(PartnerId partnerId, Instant now) {
            return verifying;
        }
    }

    /**
     * A replay guard that has seen nothing: every call presents the same request, and what is measured is the
     * verification, not the guard (an {@code INSERT … ON CONFLICT DO NOTHING} in production).
     */
    static final class NewSignatures implements SeenSignatures {

        @Override
        public boolean remember(PartnerId partnerId, String signature, Instant forgetAfter) {
            return true;
        }

        @Override
        public int forgetExpired(Instant now, int limit) {
            return 0;
        }
    }
}
