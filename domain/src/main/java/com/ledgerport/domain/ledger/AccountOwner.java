package com.ledgerport.domain.ledger;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.util.Optional;
import java.util.UUID;

/** Whom a ledger account belongs to: a partner, one of a partner's customers, or the operator. */
public sealed interface AccountOwner permits AccountOwner.PartnerOwner, AccountOwner.CustomerOwner,
        AccountOwner.OperatorOwner {

    /** The operator has no id of its own; storage uses this nil UUID so that (owner, kind, currency) is unique. */
    UUID OPERATOR_ID = new UUID(0, 0);

    OwnerType type();

    /** The owner's id: the partner's, the customer's, or {@link #OPERATOR_ID}. */
    UUID id();

    /** The partner the account belongs to (directly, or through its customer). */
    Optional<PartnerId> partnerId();

    static AccountOwner partner(PartnerId partnerId) {
        return new PartnerOwner(partnerId);
    }

    static AccountOwner operator() {
        return new OperatorOwner();
    }

    enum OwnerType {
        PARTNER,
        CUSTOMER,
        OPERATOR
    }

    record PartnerOwner(PartnerId partner) implements AccountOwner {

        public PartnerOwner {
            Require.present(partner, "partner id");
        }

        @Override
        public OwnerType type() {
            return OwnerType.PARTNER;
        }

        @Override
        public UUID id() {
            return partner.value();
        }

        @Override
        public Optional<PartnerId> partnerId() {
            return Optional.of(partner);
        }
    }

    /**
     * A customer's wallet under a partner. The customer is named by a plain UUID until the customers issue gives
     * it a typed id.
     */
    record CustomerOwner(PartnerId partner, UUID customerId) implements AccountOwner {

        public CustomerOwner {
            Require.present(partner, "partner id");
            Require.present(customerId, "customer id");
        }

        @Override
        public OwnerType type() {
            return OwnerType.CUSTOMER;
        }

        @Override
        public UUID id() {
            return customerId;
        }

        @Override
        public Optional<PartnerId> partnerId() {
            return Optional.of(partner);
        }
    }

    record OperatorOwner() implements AccountOwner {

        @Override
        public OwnerType type() {
            return OwnerType.OPERATOR;
        }

        @Override
        public UUID id() {
            return OPERATOR_ID;
        }

        @Override
        public Optional<PartnerId> partnerId() {
            return Optional.empty();
        }
    }
}
