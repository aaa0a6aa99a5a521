package com.ledgerport.bootstrap;

import com.ledgerport.domain.access.PasswordHasher;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code ledgerport.*} configuration keys (README.md lists each with its environment variable).
 */
@ConfigurationProperties("ledgerport")
public final class LedgerportSettings {

    private String dataDir = "./data";
    @Nullable
    private String adminToken;
    @Nullable
    private String jwtSecret;
    @Nullable
    private String secretsKey;
    private int passwordIterations = PasswordHasher.ITERATIONS_DEFAULT;
    private Duration credentialCacheTtl = Duration.ofSeconds(30);
    private Duration apiKeyLifetimeMax = Duration.ofDays(365);
    private int apiKeysActiveMax = 100;
    private Duration accessTokenLifetimeMax = Duration.ofDays(5 * 365);
    private int accessTokensActiveMax = 100;

    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public Optional<String> adminToken() {
        return Optional.ofNullable(adminToken).filter(token -> !token.isBlank());
    }

    public void setAdminToken(@Nullable String adminToken) {
        this.adminToken = adminToken;
    }

    public Optional<String> jwtSecret() {
        return Optional.ofNullable(jwtSecret).filter(secret -> !secret.isBlank());
    }

    public void setJwtSecret(@Nullable String jwtSecret) {
        this.jwtSecret = jwtSecret;
    }

    public Optional<String> secretsKey() {
        return Optional.ofNullable(secretsKey).filter(key -> !key.isBlank());
    }

    public void setSecretsKey(@Nullable String secretsKey) {
        this.secretsKey = secretsKey;
    }

    public int getPasswordIterations() {
        return passwordIterations;
    }

    public void setPasswordIterations(int passwordIterations) {
        this.passwordIterations = passwordIterations;
    }

    /** {@code ledgerport.credential-cache-ttl}: how long a verified credential may be reused without a lookup. */
    public Duration getCredentialCacheTtl() {
        return credentialCacheTtl;
    }

    public void setCredentialCacheTtl(Duration credentialCacheTtl) {
        this.credentialCacheTtl = credentialCacheTtl;
    }

    public Duration getApiKeyLifetimeMax() {
        return apiKeyLifetimeMax;
    }

    public void setApiKeyLifetimeMax(Duration apiKeyLifetimeMax) {
        this.apiKeyLifetimeMax = apiKeyLifetimeMax;
    }

    public int getApiKeysActiveMax() {
        return apiKeysActiveMax;
    }

    public void setApiKeysActiveMax(int apiKeysActiveMax) {
        this.apiKeysActiveMax = apiKeysActiveMax;
    }

    public Duration getAccessTokenLifetimeMax() {
        return accessTokenLifetimeMax;
    }

    public void setAccessTokenLifetimeMax(Duration accessTokenLifetimeMax) {
        this.accessTokenLifetimeMax = accessTokenLifetimeMax;
    }

    public int getAccessTokensActiveMax() {
        return accessTokensActiveMax;
    }

    public void setAccessTokensActiveMax(int accessTokensActiveMax) {
        this.accessTokensActiveMax = accessTokensActiveMax;
    }
}
