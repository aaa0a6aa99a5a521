package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.util.Optional;

/** An eSIM the partner bought, by ICCID (seed 002 {@code GET /services/esim/{iccid}}); anyone else's is not found. */
public interface GetEsimUseCase {

    Optional<EsimDetails> get(GetEsimQuery query);

    record GetEsimQuery(PartnerId partnerId, String iccid, CallContext context) {

        public GetEsimQuery {
            Require.present(partnerId, "partner id");
            Require.present(iccid, "iccid");
            Require.present(context, "context");
        }
    }

    record EsimDetails(EsimProfile profile, Order order) {

        public EsimDetails {
            Require.present(profile, "profile");
            Require.present(order, "order");
        }
    }
}
