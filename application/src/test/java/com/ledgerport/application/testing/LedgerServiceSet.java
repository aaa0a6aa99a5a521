package com.ledgerport.application.testing;

import com.ledgerport.application.port.in.ApplyTransferBatchUseCase;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase;
import com.ledgerport.application.port.in.FundPartnerUseCase;
import com.ledgerport.application.port.in.GetLedgerAccountUseCase;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.in.GetTransferUseCase;
import com.ledgerport.application.port.in.HoldFundsUseCase;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.in.ListPartnerAccountsUseCase;
import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.in.PostPendingTransferUseCase;
import com.ledgerport.application.port.in.RegisterPartnerUseCase;
import com.ledgerport.application.port.in.ReverseTransferUseCase;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase;
import com.ledgerport.application.port.in.TransferFundsUseCase;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.ApplyTransferBatchService;
import com.ledgerport.application.service.ExpirePendingTransfersService;
import com.ledgerport.application.service.FundPartnerService;
import com.ledgerport.application.service.GetLedgerAccountService;
import com.ledgerport.application.service.GetPartnerBalanceService;
import com.ledgerport.application.service.GetTransferService;
import com.ledgerport.application.service.HoldFundsService;
import com.ledgerport.application.service.ListBalanceTransactionsService;
import com.ledgerport.application.service.ListPartnerAccountsService;
import com.ledgerport.application.service.OpenAccountService;
import com.ledgerport.application.service.PostPendingTransferService;
import com.ledgerport.application.service.RegisterPartnerService;
import com.ledgerport.application.service.ReverseTransferService;
import com.ledgerport.application.service.SetOverdraftLimitService;
import com.ledgerport.application.service.TransferFundsService;
import com.ledgerport.application.service.VoidPendingTransferService;
import java.time.Clock;

/**
 * Every ledger use case built over one set of outbound ports, the way bootstrap builds them: the in-memory
 * adapters in application tests, the JDBC adapters in the persistence suite.
 */
public final class LedgerServiceSet {

    public final UnitOfWork unitOfWork;
    public final LedgerAccounts accounts;
    public final Transfers transfers;
    public final BalanceTransactions history;
    public final RegisterPartnerUseCase registerPartner;
    public final OpenAccountUseCase openAccount;
    public final SetOverdraftLimitUseCase setOverdraftLimit;
    public final FundPartnerUseCase fundPartner;
    public final TransferFundsUseCase transferFunds;
    public final HoldFundsUseCase holdFunds;
    public final PostPendingTransferUseCase postPending;
    public final VoidPendingTransferUseCase voidPending;
    public final ReverseTransferUseCase reverseTransfer;
    public final ApplyTransferBatchUseCase applyBatch;
    public final ExpirePendingTransfersUseCase expirePending;
    public final GetPartnerBalanceUseCase partnerBalance;
    public final GetLedgerAccountUseCase getAccount;
    public final ListPartnerAccountsUseCase partnerAccounts;
    public final GetTransferUseCase getTransfer;
    public final ListBalanceTransactionsUseCase balanceTransactions;

    public LedgerServiceSet(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts, Transfers transfers,
            BalanceTransactions history, LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.transfers = transfers;
        this.history = history;
        registerPartner = new RegisterPartnerService(unitOfWork, partners, accounts, auditLog, clock);
        openAccount = new OpenAccountService(unitOfWork, partners, accounts, auditLog, clock);
        setOverdraftLimit = new SetOverdraftLimitService(unitOfWork, partners, accounts, auditLog, clock);
        fundPartner = new FundPartnerService(unitOfWork, partners, accounts, transfers, journal, auditLog, clock);
        transferFunds = new TransferFundsService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        holdFunds = new HoldFundsService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        postPending = new PostPendingTransferService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        voidPending = new VoidPendingTransferService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        reverseTransfer = new ReverseTransferService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        applyBatch = new ApplyTransferBatchService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        expirePending = new ExpirePendingTransfersService(unitOfWork, accounts, transfers, journal, auditLog, clock);
        partnerBalance = new GetPartnerBalanceService(unitOfWork, partners, accounts, auditLog, clock);
        getAccount = new GetLedgerAccountService(unitOfWork, accounts, auditLog, clock);
        partnerAccounts = new ListPartnerAccountsService(unitOfWork, partners, accounts, auditLog, clock);
        getTransfer = new GetTransferService(unitOfWork, accounts, transfers, auditLog, clock);
        balanceTransactions = new ListBalanceTransactionsService(unitOfWork, accounts, history, auditLog, clock);
    }
}
