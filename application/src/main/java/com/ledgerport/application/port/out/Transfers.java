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

/** Applied transfers: append-only, one per idempotency key. */
public interface Transfers {

    /** Most pending transfers one expiry run looks at. */
    int DUE_FOR_EXPIRY_MAX = 1_000;

    /**
     * Adds the transfer unless its key is taken, the pending transfer it settles is already settled, or the
     * transfer it reverses is already reversed — also when the other transfer is being added concurrently and
     * commits first. Answers whether it was added; on false nothing was written. A pending transfer opens a hold
     * and its post, void or expiry closes it.
     */
    boolean addIfAbsent(Transfer transfer);

    Optional<Transfer> find(TransferId id);

    /** The transfers stored under any of these keys. */
    Map<IdempotencyKey, Transfer> findByKeys(Collection<IdempotencyKey> keys);

    /** The transfer with the post, void, expiry or reversal that followed it, if any. */
    Optional<TargetTransfer> findWithFollowUp(TransferId id);

    /** Pending transfers still open whose timeout has passed at {@code now}, soonest first, at most {@code limit}. */
    List<TransferId> dueForExpiry(Instant now, int limit);
}
