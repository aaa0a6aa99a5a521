package com.ledgerport.bootstrap;

import com.ledgerport.domain.access.PasswordHasher;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
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
}
