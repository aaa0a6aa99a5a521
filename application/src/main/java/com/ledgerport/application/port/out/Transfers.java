package com.ledgerport.application.port.out;

import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applied transfers: append-only, one per idempotency key (written through {@link LedgerJournal}). */
public interface Transfers {

    /** Most pending transfers one expiry run looks at. */
    int DUE_FOR_EXPIRY_MAX = 1_000;

    Optional<Transfer> find(TransferId id);

    /** The transfers stored under any of these keys. */
    Map<IdempotencyKey, Transfer> findByKeys(Collection<IdempotencyKey> keys);

    /** The transfer with the post, void, expiry or reversal that followed it, if any. */
    Optional<TargetTransfer> findWithFollowUp(TransferId id);

    /** Pending transfers still open whose timeout has passed at {@code now}, soonest first, at most {@code limit}. */
    List<TransferId> dueForExpiry(Instant now, int limit);
}
