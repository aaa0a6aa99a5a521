package com.ledgerport.bootstrap;

import com.ledgerport.adapter.out.jwt.NimbusBearerTokens;
import com.ledgerport.application.port.in.AddMemberUseCase;
import com.ledgerport.application.port.in.ApplyTransferBatchUseCase;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase;
import com.ledgerport.application.port.in.CheckHealthUseCase;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase;
import com.ledgerport.application.port.in.FundPartnerUseCase;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase;
import com.ledgerport.application.port.in.GetLedgerAccountUseCase;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.in.GetPartnerUseCase;
import com.ledgerport.application.port.in.GetTransferUseCase;
import com.ledgerport.application.port.in.HoldFundsUseCase;
import com.ledgerport.application.port.in.InitialiseOperatorCredentialUseCase;
import com.ledgerport.application.port.in.ListAuditRecordsUseCase;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.in.ListPartnerAccountsUseCase;
import com.ledgerport.application.port.in.ListPartnersUseCase;
import com.ledgerport.application.port.in.ListSessionsUseCase;
import com.ledgerport.application.port.in.LogInUseCase;
import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.in.PostPendingTransferUseCase;
import com.ledgerport.application.port.in.RefreshSessionUseCase;
import com.ledgerport.application.port.in.RegisterPartnerUseCase;
import com.ledgerport.application.port.in.ReverseTransferUseCase;
import com.ledgerport.application.port.in.RevokeSessionUseCase;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase;
import com.ledgerport.application.port.in.TransferFundsUseCase;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.DatabaseHealth;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Members;
import com.ledgerport.application.port.out.OperatorCredentials;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.AddMemberService;
import com.ledgerport.application.service.ApplyTransferBatchService;
import com.ledgerport.application.service.AuthenticateMemberService;
import com.ledgerport.application.service.AuthenticateOperatorService;
import com.ledgerport.application.service.ChangePartnerStatusService;
import com.ledgerport.application.service.CheckHealthService;
import com.ledgerport.application.service.ExpirePendingTransfersService;
import com.ledgerport.application.service.FundPartnerService;
import com.ledgerport.application.service.GetCurrentMemberService;
import com.ledgerport.application.service.GetLedgerAccountService;
import com.ledgerport.application.service.GetPartnerBalanceService;
import com.ledgerport.application.service.GetPartnerService;
import com.ledgerport.application.service.GetTransferService;
import com.ledgerport.application.service.HoldFundsService;
import com.ledgerport.application.service.InitialiseOperatorCredentialService;
import com.ledgerport.application.service.ListAuditRecordsService;
import com.ledgerport.application.service.ListBalanceTransactionsService;
import com.ledgerport.application.service.ListPartnerAccountsService;
import com.ledgerport.application.service.ListPartnersService;
import com.ledgerport.application.service.ListSessionsService;
import com.ledgerport.application.service.LogInService;
import com.ledgerport.application.service.OpenAccountService;
import com.ledgerport.application.service.PostPendingTransferService;
import com.ledgerport.application.service.RefreshSessionService;
import com.ledgerport.application.service.RegisterPartnerService;
import com.ledgerport.application.service.ReverseTransferService;
import com.ledgerport.application.service.RevokeSessionService;
import com.ledgerport.application.service.SetOverdraftLimitService;
import com.ledgerport.application.service.TransferFundsService;
import com.ledgerport.application.service.VoidPendingTransferService;
import com.ledgerport.domain.access.PasswordHasher;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
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
            Clock clock) {
        return new ChangePartnerStatusService(unitOfWork, partners, auditLog, clock);
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
            AuditLog auditLog, BearerTokens bearerTokens, Clock clock) {
        return new RefreshSessionService(unitOfWork, sessions, partners, auditLog, bearerTokens, clock);
    }

    @Singleton
    AuthenticateMemberUseCase authenticateMember(BearerTokens bearerTokens, UnitOfWork unitOfWork,
            Sessions sessions, Partners partners, Clock clock) {
        return new AuthenticateMemberService(bearerTokens, unitOfWork, sessions, partners, clock);
    }

    @Singleton
    ListSessionsUseCase listSessions(UnitOfWork unitOfWork, Sessions sessions, Clock clock) {
        return new ListSessionsService(unitOfWork, sessions, clock);
    }

    @Singleton
    RevokeSessionUseCase revokeSession(UnitOfWork unitOfWork, Sessions sessions, AuditLog auditLog, Clock clock) {
        return new RevokeSessionService(unitOfWork, sessions, auditLog, clock);
    }

    @Singleton
    GetCurrentMemberUseCase getCurrentMember(UnitOfWork unitOfWork, Members members, Partners partners) {
        return new GetCurrentMemberService(unitOfWork, members, partners);
    }

    @Singleton
    CheckHealthUseCase checkHealth(DatabaseHealth databaseHealth) {
        return new CheckHealthService(databaseHealth);
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
