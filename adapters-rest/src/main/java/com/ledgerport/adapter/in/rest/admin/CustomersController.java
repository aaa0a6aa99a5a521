package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.AddCustomerUseCase;
import com.ledgerport.application.port.in.AddCustomerUseCase.AddCustomerCommand;
import com.ledgerport.application.port.in.AddCustomerUseCase.Added;
import com.ledgerport.application.port.in.AddCustomerUseCase.CustomerAddition;
import com.ledgerport.application.port.in.AddCustomerUseCase.Rejected;
import com.ledgerport.application.port.in.GetCustomerUseCase;
import com.ledgerport.application.port.in.GetCustomerUseCase.GetCustomerQuery;
import com.ledgerport.application.port.in.ListCustomersUseCase;
import com.ledgerport.application.port.in.ListCustomersUseCase.CustomerListing;
import com.ledgerport.application.port.in.ListCustomersUseCase.ListCustomersQuery;
import com.ledgerport.application.port.in.ListCustomersUseCase.Listed;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;

/** Operator API: a partner's customers (SPEC.md §6), the users of seed 003. */
@Controller("/admin/v1/partners/{id}/customers")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CustomersController {

    private final AddCustomerUseCase addCustomer;
    private final GetCustomerUseCase getCustomer;
    private final ListCustomersUseCase listCustomers;

    CustomersController(AddCustomerUseCase addCustomer, GetCustomerUseCase getCustomer,
            ListCustomersUseCase listCustomers) {
        this.addCustomer = addCustomer;
        this.getCustomer = getCustomer;
        this.listCustomers = listCustomers;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> add(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        JsonBody json = JsonBody.parse(body);
        String userId = PartnersController.field("user_id",
                json.requiredText("user_id", Customer.USER_ID_LENGTH_MAX), Customer::checkUserId);
        // Surrounding spaces of a name are trimmed (as a partner's name is); the rest JsonBody has checked.
        String fullname = json.requiredText("fullname", Customer.FULLNAME_LENGTH_MAX).strip();
        CustomerAddition outcome = addCustomer.add(
                new AddCustomerCommand(partnerId, userId, fullname, AdminRequests.operator(request)));
        if (outcome instanceof Added added) {
            return HttpResponse.created(CustomerViews.customer(added.customer()));
        }
        throw switch (((Rejected) outcome).reason()) {
            case PARTNER_NOT_FOUND -> AdminRequests.partnerNotFound(partnerId);
            case USER_ID_TAKEN -> new ApiException(ErrorCode.CONFLICT, Optional.of("user_id_taken"),
                    "The partner already has a customer with user_id '" + userId + "'", Optional.of("user_id"));
        };
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, String id, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        CustomerListing listing = listCustomers.list(
                new ListCustomersQuery(partnerId, page, AdminRequests.operator(request)));
        if (listing instanceof Listed listed) {
            return AdminViews.page(listed.page(), page.limit(), CustomerViews::customer);
        }
        throw AdminRequests.partnerNotFound(partnerId);
    }

    @Get("/{customerId}")
    Map<String, Object> get(HttpRequest<?> request, String id, String customerId) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        CustomerId customer = customerId(customerId);
        return getCustomer.get(new GetCustomerQuery(partnerId, customer, AdminRequests.operator(request)))
                .map(CustomerViews::customer)
                .orElseThrow(() -> customerNotFound(customerId));
    }

    private static CustomerId customerId(String raw) {
        try {
            return CustomerId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw customerNotFound(raw);
        }
    }

    private static ApiException customerNotFound(String id) {
        return ApiException.notFound("No customer with id '" + id + "' under this partner");
    }
}
