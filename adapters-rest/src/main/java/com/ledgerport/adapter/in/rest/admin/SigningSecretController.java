package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.application.port.in.IssueSigningSecretUseCase;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.IssueSigningSecretCommand;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.Issued;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.SigningSecretIssue;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * Operator API: {@code POST /admin/v1/partners/{id}/signing-secret} issues the partner's seed 002 signing
 * secret, or rotates it (the previous one keeps verifying for {@code ledgerport.signing.rotation-overlap}).
 * The secret is in this answer only; the server keeps it sealed.
 */
@Controller("/admin/v1/partners/{id}/signing-secret")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SigningSecretController {

    private final IssueSigningSecretUseCase issueSigningSecret;

    SigningSecretController(IssueSigningSecretUseCase issueSigningSecret) {
        this.issueSigningSecret = issueSigningSecret;
    }

    @Post
    HttpResponse<Map<String, Object>> issue(HttpRequest<?> request, String id) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        SigningSecretIssue outcome = issueSigningSecret.issue(
                new IssueSigningSecretCommand(partnerId, AdminRequests.operator(request)));
        if (outcome instanceof Issued issued) {
            // Shown once: no cache may keep it.
            return HttpResponse.<Map<String, Object>>created(Map.of("secret", issued.secret()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        throw AdminRequests.partnerNotFound(partnerId);
    }
}
