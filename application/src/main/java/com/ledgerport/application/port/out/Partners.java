package com.ledgerport.application.port.out;

import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.Optional;

public interface Partners {

    void add(Partner partner);

    /** Stores a changed status; answers false when the partner does not exist. */
    boolean update(Partner partner);

    Optional<Partner> find(PartnerId id);

    Page<Partner> page(PageRequest request);
}
