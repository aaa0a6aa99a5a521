package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderItem;
import com.ledgerport.domain.order.OrderRejection;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.util.Optional;

/**
 * Places an order (seed 002 {@code POST /v1/partner/orders}, seed 001 {@code POST /Orders/Create}): prices it
 * from the SKU, reserves price × quantity from the partner's balance (its overdraft counts) by a pending
 * transfer in the same transaction as the order, and leaves it {@code created} for fulfilment. The partner's
 * {@code external_id} makes it idempotent: the same request again answers the first order, another request
 * under the same id is refused; concurrent duplicates never create two orders.
 *
 * <p>A signed request (seed 002) brings the receipt of its verified signature
 * ({@link VerifyRequestSignatureUseCase#check}): it is remembered first, in the order's own unit of work — the
 * order (or its replay) and the signature's single use commit together, in one transaction. A refused order is
 * rolled back, and its signature is then remembered with the refusal's audit; a signature remembered already
 * answers {@link SignatureReplayed} and does nothing else.
 */
public interface CreateOrderUseCase {

    OrderCreation create(CreateOrderCommand command);

    /**
     * @param metadata  the partner's metadata as compact JSON text (at most {@link Order#METADATA_LENGTH_MAX})
     * @param signature the receipt of the request's verified signature, still to be remembered (signed requests)
     */
    record CreateOrderCommand(PartnerId partnerId, Mode mode, String externalId, OrderItem item,
            Optional<String> metadata, CallContext context, Optional<SignatureReceipt> signature) {

        /** An order that is not signed (or whose signature is remembered already). */
        public CreateOrderCommand(PartnerId partnerId, Mode mode, String externalId, OrderItem item,
                Optional<String> metadata, CallContext context) {
            this(partnerId, mode, externalId, item, metadata, context, Optional.empty());
        }

        public CreateOrderCommand {
            Require.present(partnerId, "partner id");
            Require.present(mode, "mode");
            Order.checkExternalId(externalId);
            Require.present(item, "item");
            Require.present(metadata, "metadata");
            metadata.ifPresent(text -> Require.that(text.length() <= Order.METADATA_LENGTH_MAX,
                    "metadata must be at most " + Order.METADATA_LENGTH_MAX + " characters of JSON"));
            Require.present(context, "context");
            Require.present(signature, "signature");
            signature.ifPresent(receipt -> Require.that(receipt.partnerId().equals(partnerId),
                    "the signature must be the ordering partner's"));
        }

        /** The same order, signed: its signature's receipt is remembered in the order's unit of work. */
        public CreateOrderCommand signed(SignatureReceipt receipt) {
            return new CreateOrderCommand(partnerId, mode, externalId, item, metadata, context,
                    Optional.of(receipt));
        }
    }

    sealed interface OrderCreation permits Created, Replayed, Rejected, SignatureReplayed {
    }

    /** A new order, its funds reserved. */
    record Created(Order order) implements OrderCreation {
    }

    /** The external id named an order placed by the same request: that order, as it is now. */
    record Replayed(Order order) implements OrderCreation {
    }

    record Rejected(OrderRejection reason) implements OrderCreation {
    }

    /** The command's signature was remembered already (a replayed request): nothing was done; audited as such. */
    record SignatureReplayed() implements OrderCreation {
    }
}
