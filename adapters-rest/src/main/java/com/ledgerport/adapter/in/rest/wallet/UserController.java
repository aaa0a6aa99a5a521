package com.ledgerport.adapter.in.rest.wallet;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.wallet.SignedUuidAuthenticator.SignedRequest;
import com.ledgerport.application.port.in.GetUserInfoUseCase;
import com.ledgerport.application.port.in.GetUserInfoUseCase.GetUserInfoQuery;
import com.ledgerport.domain.customer.Customer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 003 "User Info", {@code POST /api/v1/user}: the public profile of one of the service provider's users.
 * An unknown user_id is the tables' {@code user_not_found} (404).
 */
@Controller("/api/v1/user")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UserController {

    static final String USER_ID = "user_id";
    static final String USER_NOT_FOUND = "user_not_found";

    private final SignedUuidAuthenticator authenticator;
    private final GetUserInfoUseCase getUserInfo;

    UserController(SignedUuidAuthenticator authenticator, GetUserInfoUseCase getUserInfo) {
        this.authenticator = authenticator;
        this.getUserInfo = getUserInfo;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> userInfo(HttpRequest<?> request, @Nullable @Body byte[] body) {
        JsonBody json = WalletRequests.read(request, body);
        List<String> fields = new ArrayList<>(List.of(USER_ID));
        fields.addAll(SignedUuidAuthenticator.FIELDS);
        WalletRequests.requirePresent(json, fields);
        String userId = json.requiredText(USER_ID, Customer.USER_ID_LENGTH_MAX);
        SignedRequest signed = authenticator.authenticate(request, json);
        Customer customer = getUserInfo.get(new GetUserInfoQuery(signed.partnerId(), userId, signed.context()))
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, Optional.of(USER_NOT_FOUND),
                        "User doesn't exist: the service provider has no user with user_id '" + userId + "'",
                        Optional.of(USER_ID)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", customer.userId());
        data.put("fullname", customer.fullname());
        data.put("status", customer.status().wireName());
        return WalletResponses.success("user_info_retrieved", "User info retrieved successfully.", data);
    }
}
