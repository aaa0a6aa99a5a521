package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.AddMemberUseCase;
import com.ledgerport.application.port.in.AddMemberUseCase.AddMemberCommand;
import com.ledgerport.application.port.in.AddMemberUseCase.Added;
import com.ledgerport.application.port.in.AddMemberUseCase.MemberAddition;
import com.ledgerport.application.port.in.AddMemberUseCase.Rejected;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.ChangePartnerStatusCommand;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.Changed;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.StatusChange;
import com.ledgerport.application.port.in.GetPartnerUseCase;
import com.ledgerport.application.port.in.GetPartnerUseCase.GetPartnerQuery;
import com.ledgerport.application.port.in.ListPartnersUseCase;
import com.ledgerport.application.port.in.ListPartnersUseCase.ListPartnersQuery;
import com.ledgerport.application.port.in.RegisterPartnerUseCase;
import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.partner.PartnerStatus;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Email;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Page;
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
import java.util.function.Function;

/** Operator API: partners, their status, and their members (SPEC.md §6). */
@Controller("/admin/v1/partners")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnersController {

    private final RegisterPartnerUseCase registerPartner;
    private final ListPartnersUseCase listPartners;
    private final GetPartnerUseCase getPartner;
    private final ChangePartnerStatusUseCase changePartnerStatus;
    private final AddMemberUseCase addMember;

    PartnersController(RegisterPartnerUseCase registerPartner, ListPartnersUseCase listPartners,
            GetPartnerUseCase getPartner, ChangePartnerStatusUseCase changePartnerStatus,
            AddMemberUseCase addMember) {
        this.registerPartner = registerPartner;
        this.listPartners = listPartners;
        this.getPartner = getPartner;
        this.changePartnerStatus = changePartnerStatus;
        this.addMember = addMember;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> register(HttpRequest<?> request, @Nullable @Body byte[] body) {
        JsonBody json = JsonBody.parse(body);
        String name = json.requiredText("name", Partner.NAME_LENGTH_MAX);
        Currency currency = field("currency", json.requiredText("currency", 3), Currency::of);
        Partner partner = registerPartner.register(
                new RegisterPartnerCommand(name.strip(), currency, AdminRequests.operator(request)));
        return HttpResponse.created(AdminViews.partner(partner));
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        Page<Partner> partners = listPartners.list(new ListPartnersQuery(page, AdminRequests.operator(request)));
        return AdminViews.page(partners, page.limit(), AdminViews::partner);
    }

    @Get("/{id}")
    Map<String, Object> get(HttpRequest<?> request, String id) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        return getPartner.get(new GetPartnerQuery(partnerId, AdminRequests.operator(request)))
                .map(AdminViews::partner)
                .orElseThrow(() -> AdminRequests.partnerNotFound(partnerId));
    }

    @Post("/{id}/suspend")
    Map<String, Object> suspend(HttpRequest<?> request, String id) {
        return changeStatus(request, id, PartnerStatus.SUSPENDED);
    }

    @Post("/{id}/activate")
    Map<String, Object> activate(HttpRequest<?> request, String id) {
        return changeStatus(request, id, PartnerStatus.ACTIVE);
    }

    @Post("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> addMember(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        JsonBody json = JsonBody.parse(body);
        Email email = field("email", json.requiredText("email", Email.LENGTH_MAX), Email::parse);
        Password password = field("password", json.requiredText("password", Password.LENGTH_MAX), Password::choose);
        MemberAddition outcome = addMember.add(
                new AddMemberCommand(partnerId, email, password, AdminRequests.operator(request)));
        if (outcome instanceof Added added) {
            return HttpResponse.created(AdminViews.member(added.member()));
        }
        Rejected rejected = (Rejected) outcome;
        throw switch (rejected.reason()) {
            case PARTNER_NOT_FOUND -> AdminRequests.partnerNotFound(partnerId);
            case EMAIL_TAKEN -> new ApiException(ErrorCode.CONFLICT, Optional.of("email_taken"),
                    "A member with email '" + email + "' already exists", Optional.of("email"));
        };
    }

    private Map<String, Object> changeStatus(HttpRequest<?> request, String id, PartnerStatus status) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        StatusChange change = changePartnerStatus.change(
                new ChangePartnerStatusCommand(partnerId, status, AdminRequests.operator(request)));
        if (change instanceof Changed changed) {
            return AdminViews.partner(changed.partner());
        }
        throw AdminRequests.partnerNotFound(partnerId);
    }

    /** Turns a domain refusal of one field's value into a 400 that names the field. */
    static <T> T field(String name, String raw, Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (InvalidValueException invalid) {
            throw ApiException.badField(name, "Field '" + name + "' is invalid: " + invalid.getMessage());
        }
    }
}
