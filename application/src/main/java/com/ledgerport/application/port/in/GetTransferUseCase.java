package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.TransferId;
import java.util.Optional;

/** A transfer with the post, void, expiry or reversal that followed it, if any. */
public interface GetTransferUseCase {

    Optional<TargetTransfer> get(GetTransferQuery query);

    record GetTransferQuery(TransferId transferId, CallContext context) {
    }
}
