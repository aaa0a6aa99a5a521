package com.ledgerport.bootstrap;

import com.ledgerport.adapter.out.jwt.NimbusBearerTokens;
import com.ledgerport.application.port.in.AddCustomerUseCase;
import com.ledgerport.application.port.in.AddMemberUseCase;
import com.ledgerport.application.port.in.ApplyTransferBatchUseCase;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase;
import com.ledgerport.application.port.in.CheckHealthUseCase;
import com.ledgerport.application.port.in.CreateApiKeyUseCase;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase;
import com.ledgerport.application.port.in.ForgetCredentialsUseCase;
import com.ledgerport.application.port.in.ForgetExpiredSignaturesUseCase;
import com.ledgerport.application.port.in.FundPartnerUseCase;
import com.ledgerport.application.port.in.GenerateRsaKeysUseCase;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase;
import com.ledgerport.application.port.in.GetCustomerUseCase;
import com.ledgerport.application.port.in.GetLedgerAccountUseCase;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase;
import com.ledgerport.application.port.in.GetPartnerUseCase;
import com.ledgerport.application.port.in.GetTransferUseCase;
import com.ledgerport.application.port.in.GetUserInfoUseCase;
import com.ledgerport.application.port.in.HoldFundsUseCase;
import com.ledgerport.application.port.in.InitialiseOperatorCredentialUseCase;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase;
import com.ledgerport.application.port.in.IssueResellerTokenUseCase;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase;
import com.ledgerport.application.port.in.IssueStorefrontTokenUseCase;
import com.ledgerport.application.port.in.ListApiKeysUseCase;
import com.ledgerport.application.port.in.ListAuditRecordsUseCase;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.in.ListCustomersUseCase;
import com.ledgerport.application.port.in.ListPartnerAccountsUseCase;
import com.ledgerport.application.port.in.ListPartnersUseCase;
import com.ledgerport.application.port.in.ListSessionsUseCase;
import com.ledgerport.application.port.in.LogInUseCase;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase;
import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.in.PostPendingTransferUseCase;
import com.ledgerport.application.port.in.RefreshSessionUseCase;
import com.ledgerport.application.port.in.RegisterPartnerUseCase;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase;
import com.ledgerport.application.port.in.ReverseTransferUseCase;
import com.ledgerport.application.port.in.RevokeSessionUseCase;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase;
import com.ledgerport.application.port.in.SetPartnerSurfacesUseCase;
import com.ledgerport.application.port.in.TransferFundsUseCase;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase;
import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.CredentialRevocations;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.DatabaseHealth;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Members;
import com.ledgerport.application.port.out.OperatorCredentials;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.PartnerSurfaces;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.UsedUuids;
import com.ledgerport.application.service.AddCustomerService;
import com.ledgerport.application.service.AddMemberService;
import com.ledgerport.application.service.ApplyTransferBatchService;
import com.ledgerport.application.service.AuthenticateApiKeyService;
import com.ledgerport.application.service.AuthenticateBearerService;
import com.ledgerport.application.service.AuthenticateMemberService;
import com.ledgerport.application.service.AuthenticateOperatorService;
import com.ledgerport.application.service.ChangePartnerStatusService;
import com.ledgerport.application.service.CheckHealthService;
import com.ledgerport.application.service.CreateApiKeyService;
import com.ledgerport.application.service.CredentialCache;
import com.ledgerport.application.service.CredentialDirectory;
import com.ledgerport.application.service.ExpireApiKeyService;
import com.ledgerport.application.service.ExpirePendingTransfersService;
import com.ledgerport.application.service.FailureAudits;
import com.ledgerport.application.service.ForgetCredentialsService;
import com.ledgerport.application.service.ForgetExpiredSignaturesService;
import com.ledgerport.application.service.FundPartnerService;
import com.ledgerport.application.service.GenerateRsaKeysService;
import com.ledgerport.application.service.GetCurrentMemberService;
import com.ledgerport.application.service.GetCustomerService;
import com.ledgerport.application.service.GetLedgerAccountService;
import com.ledgerport.application.service.GetPartnerBalanceService;
import com.ledgerport.application.service.GetPartnerProfileService;
import com.ledgerport.application.service.GetPartnerService;
import com.ledgerport.application.service.GetTransferService;
import com.ledgerport.application.service.GetUserInfoService;
import com.ledgerport.application.service.HoldFundsService;
import com.ledgerport.application.service.InitialiseOperatorCredentialService;
import com.ledgerport.application.service.IssueAccessTokenService;
import com.ledgerport.application.service.IssueResellerTokenService;
import com.ledgerport.application.service.IssueSigningSecretService;
import com.ledgerport.application.service.IssueStorefrontTokenService;
import com.ledgerport.application.service.ListApiKeysService;
import com.ledgerport.application.service.ListAuditRecordsService;
import com.ledgerport.application.service.ListBalanceTransactionsService;
import com.ledgerport.application.service.ListCustomersService;
import com.ledgerport.application.service.ListPartnerAccountsService;
import com.ledgerport.application.service.ListPartnersService;
import com.ledgerport.application.service.ListSessionsService;
import com.ledgerport.application.service.LogInService;
import com.ledgerport.application.service.ManageAccessTokensService;
import com.ledgerport.application.service.OpenAccountService;
import com.ledgerport.application.service.PostPendingTransferService;
import com.ledgerport.application.service.RefreshSessionService;
import com.ledgerport.application.service.RegisterPartnerService;
import com.ledgerport.application.service.RegisterRsaKeyService;
import com.ledgerport.application.service.ReverseTransferService;
import com.ledgerport.application.service.RevokeSessionService;
import com.ledgerport.application.service.RotateRsaKeysService;
import com.ledgerport.application.service.SetOverdraftLimitService;
import com.ledgerport.application.service.SetPartnerSurfacesService;
import com.ledgerport.application.service.TransferFundsService;
import com.ledgerport.application.service.VerifyRequestSignatureService;
import com.ledgerport.application.service.VerifySignedUuidService;
import com.ledgerport.application.service.VoidPendingTransferService;
import com.ledgerport.domain.access.PasswordHasher;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.shared.SecretBox;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one place where the framework-free application services meet their adapters: each use case is
 * constructed here from the outbound ports the persistence and token adapters provide.
 */
@Factory
final class ServicesFactory {

    /** Microsecond ticks: the precision both databases store, so what is written reads back equal. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    PasswordHasher passwordHasher(LedgerportSettings settings) {
        return new PasswordHasher(settings.getPasswordIterations());
    }

    /** Eager, so that an unreadable or too short secret stops the server at start, not at the first login. */
    @Context
    BearerTokens bearerTokens(LedgerportSettings settings) {
        return new NimbusBearerTokens(JwtSecret.resolve(settings.jwtSecret(), settings.dataDirectory()));
    }

    @Singleton
    RegisterPartnerUseCase registerPartner(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        return new RegisterPartnerService(unitOfWork, partners, accounts, auditLog, clock);
    }

    @Singleton
    GetPartnerUseCase getPartner(UnitOfWork unitOfWork, Partners partners, AuditLog auditLog, Clock clock) {
        return new GetPartnerService(unitOfWork, partners, auditLog, clock);
    }

    @Singleton
    ListPartnersUseCase listPartners(UnitOfWork unitOfWork, Partners partners, AuditLog auditLog, Clock clock) {
        return new ListPartnersService(unitOfWork, partners, auditLog, clock);
    }

    @Singleton
    ChangePartnerStatusUseCase changePartnerStatus(UnitOfWork unitOfWork, Partners partners, AuditLog auditLog,
            CredentialDirectory directory, Clock clock) {
        return new ChangePartnerStatusService(unitOfWork, partners, auditLog, directory, clock);
    }

    @Singleton
    AddMemberUseCase addMember(UnitOfWork unitOfWork, Partners partners, Members members, AuditLog auditLog,
            PasswordHasher passwordHasher, Clock clock) {
        return new AddMemberService(unitOfWork, partners, members, auditLog, passwordHasher, clock);
    }

    @Singleton
    ListAuditRecordsUseCase listAuditRecords(UnitOfWork unitOfWork, AuditLog auditLog, Clock clock) {
        return new ListAuditRecordsService(unitOfWork, auditLog, clock);
    }

    @Singleton
    AuthenticateOperatorUseCase authenticateOperator(LedgerportSettings settings,
            OperatorCredentials operatorCredentials, UnitOfWork unitOfWork) {
        return new AuthenticateOperatorService(settings.adminToken(), operatorCredentials, unitOfWork);
    }

    @Singleton
    InitialiseOperatorCredentialUseCase initialiseOperatorCredential(OperatorCredentials operatorCredentials,
            UnitOfWork unitOfWork, Clock clock) {
        return new InitialiseOperatorCredentialService(operatorCredentials, unitOfWork, clock);
    }

    @Singleton
    LogInUseCase logIn(UnitOfWork unitOfWork, Members members, Partners partners, Sessions sessions,
            AuditLog auditLog, PasswordHasher passwordHasher, BearerTokens bearerTokens, Clock clock) {
        return new LogInService(unitOfWork, members, partners, sessions, auditLog, passwordHasher, bearerTokens,
                clock);
    }

    @Singleton
    RefreshSessionUseCase refreshSession(UnitOfWork unitOfWork, Sessions sessions, Partners partners,
            AuditLog auditLog, BearerTokens bearerTokens, CredentialDirectory directory, Clock clock) {
        return new RefreshSessionService(unitOfWork, sessions, partners, auditLog, bearerTokens, directory, clock);
    }

    @Singleton
    AuthenticateMemberUseCase authenticateMember(AuthenticateBearerUseCase authenticateBearer) {
        return new AuthenticateMemberService(authenticateBearer);
    }

    @Singleton
    ListSessionsUseCase listSessions(UnitOfWork unitOfWork, Sessions sessions, Clock clock) {
        return new ListSessionsService(unitOfWork, sessions, clock);
    }

    @Singleton
    RevokeSessionUseCase revokeSession(UnitOfWork unitOfWork, Sessions sessions, AuditLog auditLog,
            CredentialDirectory directory, Clock clock) {
        return new RevokeSessionService(unitOfWork, sessions, auditLog, directory, clock);
    }

    @Singleton
    GetCurrentMemberUseCase getCurrentMember(UnitOfWork unitOfWork, Members members, Partners partners) {
        return new GetCurrentMemberService(unitOfWork, members, partners);
    }

    @Singleton
    CheckHealthUseCase checkHealth(DatabaseHealth databaseHealth) {
        return new CheckHealthService(databaseHealth);
    }

    // ---- credentials --------------------------------------------------------------------------------------

    @Singleton
    CredentialCache credentialCache(Clock clock, LedgerportSettings settings) {
        return new CredentialCache(clock, settings.getCredentialCacheTtl());
    }

    @Singleton
    CredentialDirectory credentialDirectory(CredentialCache cache, CredentialRevocations revocations,
            UnitOfWork unitOfWork, Partners partners, PartnerSurfaces surfaces, ApiKeys apiKeys,
            AccessTokens accessTokens, Sessions sessions) {
        return new CredentialDirectory(cache, revocations, unitOfWork, partners, surfaces, apiKeys, accessTokens,
                sessions);
    }

    @Singleton
    ForgetCredentialsUseCase forgetCredentials(CredentialCache cache) {
        return new ForgetCredentialsService(cache);
    }

    @Singleton
    FailureAudits failureAudits(Clock clock) {
        return new FailureAudits(clock);
    }

    @Singleton
    AuthenticateBearerUseCase authenticateBearer(BearerTokens bearerTokens, CredentialDirectory directory,
            UnitOfWork unitOfWork, AuditLog auditLog, FailureAudits failureAudits, Customers customers,
            Clock clock) {
        return new AuthenticateBearerService(bearerTokens, directory, unitOfWork, auditLog, failureAudits, customers,
                clock);
    }

    @Singleton
    IssueStorefrontTokenUseCase issueStorefrontToken(UnitOfWork unitOfWork, Customers customers,
            BearerTokens bearerTokens, AuditLog auditLog, Clock clock) {
        return new IssueStorefrontTokenService(unitOfWork, customers, bearerTokens, auditLog, clock);
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(CredentialDirectory directory, UnitOfWork unitOfWork,
            ApiKeys apiKeys, AuditLog auditLog, FailureAudits failureAudits, Clock clock) {
        return new AuthenticateApiKeyService(directory, unitOfWork, apiKeys, auditLog, failureAudits, clock);
    }

    @Singleton
    CreateApiKeyUseCase createApiKey(UnitOfWork unitOfWork, Partners partners, ApiKeys apiKeys, AuditLog auditLog,
            Clock clock, LedgerportSettings settings) {
        return new CreateApiKeyService(unitOfWork, partners, apiKeys, auditLog, clock,
                settings.getApiKeyLifetimeMax(), settings.getApiKeysActiveMax());
    }

    @Singleton
    ListApiKeysUseCase listApiKeys(UnitOfWork unitOfWork, ApiKeys apiKeys) {
        return new ListApiKeysService(unitOfWork, apiKeys);
    }

    @Singleton
    ExpireApiKeyUseCase expireApiKey(UnitOfWork unitOfWork, ApiKeys apiKeys, AuditLog auditLog,
            CredentialDirectory directory, Clock clock) {
        return new ExpireApiKeyService(unitOfWork, apiKeys, auditLog, directory, clock);
    }

    @Singleton
    IssueResellerTokenUseCase issueResellerToken(UnitOfWork unitOfWork, ApiKeys apiKeys, BearerTokens bearerTokens,
            AuditLog auditLog, Clock clock) {
        return new IssueResellerTokenService(unitOfWork, apiKeys, bearerTokens, auditLog, clock);
    }

    @Singleton
    IssueAccessTokenUseCase issueAccessToken(UnitOfWork unitOfWork, AccessTokens accessTokens,
            BearerTokens bearerTokens, AuditLog auditLog, Outbox outbox, Clock clock, LedgerportSettings settings) {
        return new IssueAccessTokenService(unitOfWork, accessTokens, bearerTokens, auditLog, outbox, clock,
                settings.getAccessTokenLifetimeMax(), settings.getAccessTokensActiveMax());
    }

    @Singleton
    ManageAccessTokensUseCase manageAccessTokens(UnitOfWork unitOfWork, AccessTokens accessTokens,
            AuditLog auditLog, CredentialDirectory directory, Outbox outbox, Clock clock) {
        return new ManageAccessTokensService(unitOfWork, accessTokens, auditLog, directory, outbox, clock);
    }

    @Singleton
    GetPartnerProfileUseCase getPartnerProfile(UnitOfWork unitOfWork, Partners partners) {
        return new GetPartnerProfileService(unitOfWork, partners);
    }

    @Singleton
    SetPartnerSurfacesUseCase setPartnerSurfaces(UnitOfWork unitOfWork, Partners partners,
            PartnerSurfaces surfaces, AuditLog auditLog, CredentialDirectory directory, Clock clock) {
        return new SetPartnerSurfacesService(unitOfWork, partners, surfaces, auditLog, directory, clock);
    }

    // --- Credentials: seed 002 request signatures, seed 003 RSA-signed uuids, customers ---------------------

    /** Eager, so that a malformed or unreadable secrets key stops the server at start. */
    @Context
    SecretBox secretBox(LedgerportSettings settings) {
        return new SecretBox(SecretsKey.resolve(settings.secretsKey(), settings.dataDirectory()));
    }

    /** Eager, so that an out-of-range rotation overlap stops the server at start. */
    @Context
    IssueSigningSecretUseCase issueSigningSecret(UnitOfWork unitOfWork, PartnerLocks partnerLocks,
            SigningSecrets signingSecrets, AuditLog auditLog, SecretBox secretBox,
            @Value("${ledgerport.signing.rotation-overlap:24h}") Duration rotationOverlap, Clock clock) {
        return new IssueSigningSecretService(unitOfWork, partnerLocks, signingSecrets, auditLog, secretBox,
                rotationOverlap, clock);
    }

    @Singleton
    VerifyRequestSignatureUseCase verifyRequestSignature(UnitOfWork unitOfWork, SigningSecrets signingSecrets,
            SeenSignatures seenSignatures, AuditLog auditLog, SecretBox secretBox, Clock clock) {
        return new VerifyRequestSignatureService(unitOfWork, signingSecrets, seenSignatures, auditLog, secretBox,
                clock);
    }

    @Singleton
    ForgetExpiredSignaturesUseCase forgetExpiredSignatures(UnitOfWork unitOfWork, SeenSignatures seenSignatures,
            Clock clock) {
        return new ForgetExpiredSignaturesService(unitOfWork, seenSignatures, clock);
    }

    @Singleton
    RegisterRsaKeyUseCase registerRsaKey(UnitOfWork unitOfWork, PartnerLocks partnerLocks, RsaKeys rsaKeys,
            AuditLog auditLog, Clock clock) {
        return new RegisterRsaKeyService(unitOfWork, partnerLocks, rsaKeys, auditLog, clock);
    }

    @Singleton
    GenerateRsaKeysUseCase generateRsaKeys(UnitOfWork unitOfWork, Partners partners, PartnerLocks partnerLocks,
            RsaKeys rsaKeys, AuditLog auditLog, Clock clock) {
        return new GenerateRsaKeysService(unitOfWork, partners, partnerLocks, rsaKeys, auditLog,
                RsaKeyPairs::generate, clock);
    }

    /** Eager, so that an out-of-range rotation overlap stops the server at start. */
    @Context
    RotateRsaKeysUseCase rotateRsaKeys(UnitOfWork unitOfWork, Partners partners, PartnerLocks partnerLocks,
            RsaKeys rsaKeys, AuditLog auditLog,
            @Value("${ledgerport.rsa-keys.rotation-overlap:24h}") Duration rotationOverlap, Clock clock) {
        return new RotateRsaKeysService(unitOfWork, partners, partnerLocks, rsaKeys, auditLog, RsaKeyPairs::generate,
                rotationOverlap, clock);
    }

    @Singleton
    VerifySignedUuidUseCase verifySignedUuid(UnitOfWork unitOfWork, Partners partners, RsaKeys rsaKeys,
            UsedUuids usedUuids, AuditLog auditLog, Clock clock) {
        return new VerifySignedUuidService(unitOfWork, partners, rsaKeys, usedUuids, auditLog, clock);
    }

    @Singleton
    AddCustomerUseCase addCustomer(UnitOfWork unitOfWork, Partners partners, Customers customers, AuditLog auditLog,
            Clock clock) {
        return new AddCustomerService(unitOfWork, partners, customers, auditLog, clock);
    }

    @Singleton
    GetCustomerUseCase getCustomer(UnitOfWork unitOfWork, Customers customers, AuditLog auditLog, Clock clock) {
        return new GetCustomerService(unitOfWork, customers, auditLog, clock);
    }

    @Singleton
    ListCustomersUseCase listCustomers(UnitOfWork unitOfWork, Partners partners, Customers customers,
            AuditLog auditLog, Clock clock) {
        return new ListCustomersService(unitOfWork, partners, customers, auditLog, clock);
    }

    @Singleton
    GetUserInfoUseCase getUserInfo(UnitOfWork unitOfWork, Customers customers, AuditLog auditLog, Clock clock) {
        return new GetUserInfoService(unitOfWork, customers, auditLog, clock);
    }

    // ---- ledger ------------------------------------------------------------------------------------------------

    @Singleton
    OpenAccountUseCase openAccount(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        return new OpenAccountService(unitOfWork, partners, accounts, auditLog, clock);
    }

    @Singleton
    SetOverdraftLimitUseCase setOverdraftLimit(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        return new SetOverdraftLimitService(unitOfWork, partners, accounts, auditLog, clock);
    }

    @Singleton
    FundPartnerUseCase fundPartner(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new FundPartnerService(unitOfWork, partners, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    TransferFundsUseCase transferFunds(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new TransferFundsService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    HoldFundsUseCase holdFunds(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new HoldFundsService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    PostPendingTransferUseCase postPendingTransfer(UnitOfWork unitOfWork, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new PostPendingTransferService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    VoidPendingTransferUseCase voidPendingTransfer(UnitOfWork unitOfWork, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new VoidPendingTransferService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    ReverseTransferUseCase reverseTransfer(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new ReverseTransferService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    ApplyTransferBatchUseCase applyTransferBatch(UnitOfWork unitOfWork, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new ApplyTransferBatchService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    ExpirePendingTransfersUseCase expirePendingTransfers(UnitOfWork unitOfWork, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new ExpirePendingTransfersService(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    GetPartnerBalanceUseCase getPartnerBalance(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        return new GetPartnerBalanceService(unitOfWork, partners, accounts, auditLog, clock);
    }

    @Singleton
    GetLedgerAccountUseCase getLedgerAccount(UnitOfWork unitOfWork, LedgerAccounts accounts, AuditLog auditLog,
            Clock clock) {
        return new GetLedgerAccountService(unitOfWork, accounts, auditLog, clock);
    }

    @Singleton
    ListPartnerAccountsUseCase listPartnerAccounts(UnitOfWork unitOfWork, Partners partners,
            LedgerAccounts accounts, AuditLog auditLog, Clock clock) {
        return new ListPartnerAccountsService(unitOfWork, partners, accounts, auditLog, clock);
    }

    @Singleton
    GetTransferUseCase getTransfer(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            AuditLog auditLog, Clock clock) {
        return new GetTransferService(unitOfWork, accounts, transfers, auditLog, clock);
    }

    @Singleton
    ListBalanceTransactionsUseCase listBalanceTransactions(UnitOfWork unitOfWork, LedgerAccounts accounts,
            BalanceTransactions history, AuditLog auditLog, Clock clock) {
        return new ListBalanceTransactionsService(unitOfWork, accounts, history, auditLog, clock);
    }
}
