package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AddCustomerUseCase;
import com.ledgerport.application.port.in.AddCustomerUseCase.AddCustomerCommand;
import com.ledgerport.application.port.in.GetCustomerUseCase.GetCustomerQuery;
import com.ledgerport.application.port.in.GetUserInfoUseCase.GetUserInfoQuery;
import com.ledgerport.application.port.in.ListCustomersUseCase;
import com.ledgerport.application.port.in.ListCustomersUseCase.ListCustomersQuery;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerServicesTest {

    private final SigningFixture fixture = new SigningFixture();
    private final Partner acme = fixture.partner("Acme");
    private final Partner beta = fixture.partner("Beta");

    private AddCustomerUseCase.CustomerAddition add(Partner partner, String userId, String fullname) {
        return fixture.addCustomer.add(new AddCustomerCommand(partner.id(), userId, fullname, SigningFixture.OPERATOR));
    }

    @Test
    void adds_customers_with_a_user_id_unique_per_partner() {
        Customer ada = assertInstanceOf(AddCustomerUseCase.Added.class, add(acme, "user_1", "Ada")).customer();
        assertEquals("customer.add", fixture.auditLog.last().action());
        assertEquals(ada.id().toString(), fixture.auditLog.last().target());

        assertEquals(AddCustomerUseCase.Reason.USER_ID_TAKEN,
                assertInstanceOf(AddCustomerUseCase.Rejected.class, add(acme, "user_1", "Someone")).reason());
        assertInstanceOf(AddCustomerUseCase.Added.class, add(beta, "user_1", "Bob"), "another partner's user_1");
        assertEquals(AddCustomerUseCase.Reason.PARTNER_NOT_FOUND, assertInstanceOf(AddCustomerUseCase.Rejected.class,
                fixture.addCustomer.add(new AddCustomerCommand(PartnerId.generate(), "user_1", "X",
                        SigningFixture.OPERATOR))).reason());
        assertThrows(InvalidValueException.class, () -> add(acme, " padded", "X"));
    }

    @Test
    void reads_a_customer_only_under_its_own_partner() {
        Customer ada = assertInstanceOf(AddCustomerUseCase.Added.class, add(acme, "user_1", "Ada")).customer();

        assertEquals(Optional.of(ada), fixture.getCustomer.get(new GetCustomerQuery(acme.id(), ada.id(),
                SigningFixture.OPERATOR)));
        assertEquals(Optional.empty(), fixture.getCustomer.get(new GetCustomerQuery(beta.id(), ada.id(),
                SigningFixture.OPERATOR)));
        assertEquals("rejected:not_found", fixture.auditLog.last().outcome());
        assertEquals(Optional.empty(), fixture.getCustomer.get(new GetCustomerQuery(acme.id(), CustomerId.generate(),
                SigningFixture.OPERATOR)));
        assertEquals(Optional.of(ada), fixture.getUserInfo.get(new GetUserInfoQuery(acme.id(), "user_1",
                SigningFixture.ANONYMOUS)));
        assertEquals(Optional.empty(), fixture.getUserInfo.get(new GetUserInfoQuery(beta.id(), "user_1",
                SigningFixture.ANONYMOUS)));
        assertEquals("rejected:user_not_found", fixture.auditLog.last().outcome());
    }

    @Test
    void lists_a_partners_customers_in_pages() {
        for (int i = 0; i < 3; i++) {
            add(acme, "user_" + i, "Name " + i);
        }
        add(beta, "user_x", "Other");
        ListCustomersUseCase.Listed first = assertInstanceOf(ListCustomersUseCase.Listed.class,
                fixture.listCustomers.list(new ListCustomersQuery(acme.id(), PageRequest.first(2),
                        SigningFixture.OPERATOR)));
        assertEquals(List.of("user_0", "user_1"), first.page().items().stream().map(Customer::userId).toList());
        ListCustomersUseCase.Listed second = assertInstanceOf(ListCustomersUseCase.Listed.class,
                fixture.listCustomers.list(new ListCustomersQuery(acme.id(), new PageRequest(first.page().nextAfter(),
                        2), SigningFixture.OPERATOR)));
        assertEquals(List.of("user_2"), second.page().items().stream().map(Customer::userId).toList());
        assertTrue(second.page().nextAfter().isEmpty());
        assertInstanceOf(ListCustomersUseCase.PartnerNotFound.class, fixture.listCustomers.list(
                new ListCustomersQuery(PartnerId.generate(), PageRequest.first(2), SigningFixture.OPERATOR)));
    }
}
