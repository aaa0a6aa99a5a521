package com.ledgerport.adapter.in.ws;

import com.ledgerport.application.port.in.CreateApiKeyUseCase;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.CreateApiKeyCommand;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.Created;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.ExpireApiKeyCommand;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.Expired;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase.GetCurrentMemberQuery;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase.GetPartnerBalanceQuery;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase.GetPartnerProfileQuery;
import com.ledgerport.application.port.in.ListApiKeysUseCase;
import com.ledgerport.application.port.in.ListApiKeysUseCase.ListApiKeysQuery;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase.ListBalanceTransactionsQuery;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The account requests of seed 000 over /ws, on the same use cases and rules as REST: key management needs a
 * member session (or an access token with {@code keys} scopes), never an API key; balances need the
 * {@code balance} scopes.
 */
@Singleton
final class SocketRequests {

    static final int PER_PAGE_DEFAULT = 50;
    static final int PER_PAGE_MAX = 100;

    private final GetPartnerProfileUseCase getPartnerProfile;
    private final GetCurrentMemberUseCase getCurrentMember;
    private final CreateApiKeyUseCase createApiKey;
    private final ListApiKeysUseCase listApiKeys;
    private final ExpireApiKeyUseCase expireApiKey;
    private final GetPartnerBalanceUseCase getPartnerBalance;
    private final ListBalanceTransactionsUseCase listBalanceTransactions;

    SocketRequests(GetPartnerProfileUseCase getPartnerProfile, GetCurrentMemberUseCase getCurrentMember,
            CreateApiKeyUseCase createApiKey, ListApiKeysUseCase listApiKeys, ExpireApiKeyUseCase expireApiKey,
            GetPartnerBalanceUseCase getPartnerBalance, ListBalanceTransactionsUseCase listBalanceTransactions) {
        this.getPartnerProfile = getPartnerProfile;
        this.getCurrentMember = getCurrentMember;
        this.createApiKey = createApiKey;
        this.listApiKeys = listApiKeys;
        this.expireApiKey = expireApiKey;
        this.getPartnerBalance = getPartnerBalance;
        this.listBalanceTransactions = listBalanceTransactions;
    }

    Map<String, Object> account(Principal principal) {
        Map<String, Object> view = SocketViews.profile(getPartnerProfile.get(new GetPartnerProfileQuery(principal)));
        if (principal instanceof MemberPrincipal member) {
            var current = getCurrentMember.get(new GetCurrentMemberQuery(member));
            view.put("member", Map.of("id", current.member().id().toString(),
                    "email", current.member().email().value()));
        }
        return view;
    }

    Map<String, Object> createKey(Principal principal, Payload payload, CallContext context) {
        manager(principal, Permission.KEYS_CREATE_ONE);
        var outcome = createApiKey.create(new CreateApiKeyCommand(principal.partnerId(),
                payload.requiredText("name", ApiKey.NAME_LENGTH_MAX).strip(), payload.optionalLong("ttl_seconds"),
                payload.optionalLong("expires_at"), mode(principal), context));
        if (outcome instanceof Created created) {
            return SocketViews.createdKey(created.key(), created.material());
        }
        CreateApiKeyUseCase.Rejected rejected = (CreateApiKeyUseCase.Rejected) outcome;
        throw switch (rejected.reason()) {
            case PARTNER_NOT_FOUND -> RequestError.notFound("Partner not found");
            case INVALID_LIFETIME -> RequestError.invalid(rejected.field().orElse("ttl_seconds"), rejected.message());
            case TOO_MANY_KEYS -> new RequestError("too_many_keys", rejected.message());
        };
    }

    Map<String, Object> listKeys(Principal principal) {
        manager(principal, Permission.KEYS_READ_MANY);
        return Map.of("items", listApiKeys.list(new ListApiKeysQuery(principal.partnerId())).stream()
                .map(SocketViews::key).toList());
    }

    Map<String, Object> expireKey(Principal principal, Payload payload, CallContext context) {
        manager(principal, Permission.KEYS_UPDATE_ONE);
        String raw = payload.requiredId("key_id", 32);
        ApiKeyId keyId;
        try {
            keyId = ApiKeyId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw RequestError.notFound("API key '" + raw + "' not found");
        }
        if (expireApiKey.expire(new ExpireApiKeyCommand(principal.partnerId(), keyId, context))
                instanceof Expired expired) {
            return SocketViews.key(expired.key());
        }
        throw RequestError.notFound("API key '" + raw + "' not found");
    }

    Map<String, Object> balance(Principal principal, CallContext context) {
        require(principal, Permission.BALANCE_READ_ONE);
        return SocketViews.balance(account(principal, context));
    }

    Map<String, Object> balanceTransactions(Principal principal, Payload payload, CallContext context) {
        require(principal, Permission.BALANCE_READ_MANY);
        long perPage = payload.optionalLong("per_page").orElse((long) PER_PAGE_DEFAULT);
        if (perPage < 1 || perPage > PER_PAGE_MAX) {
            throw RequestError.invalid("per_page", "must be between 1 and " + PER_PAGE_MAX);
        }
        PageRequest page = new PageRequest(SocketViews.cursor(payload.optionalText("cursor", 128)), (int) perPage);
        LedgerAccount account = account(principal, context);
        Page<BalanceTransaction> lines = listBalanceTransactions.list(new ListBalanceTransactionsQuery(account.id(),
                page, context)).orElseThrow(SocketRequests::missing);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", page.limit());
        meta.put("next_cursor", lines.nextAfter().map(SocketViews::cursor).orElse(null));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("items", lines.items().stream().map(SocketViews::balanceTransaction).toList());
        view.put("meta", meta);
        return view;
    }

    private LedgerAccount account(Principal principal, CallContext context) {
        return getPartnerBalance.get(new GetPartnerBalanceQuery(principal.partnerId(), context))
                .orElseThrow(SocketRequests::missing);
    }

    /** Every partner has a balance account from registration on; its absence is a broken invariant. */
    private static IllegalStateException missing() {
        return new IllegalStateException("an authenticated partner has no balance account");
    }

    private static void manager(Principal principal, Permission permission) {
        if (principal instanceof ApiKeyPrincipal) {
            throw RequestError.forbidden("Key management needs a member session (authType jwt); an API key "
                    + "cannot manage keys");
        }
        require(principal, permission);
    }

    static void require(Principal principal, Permission permission) {
        if (!principal.allows(permission)) {
            throw RequestError.forbidden("This credential's scopes do not allow " + permission);
        }
    }

    /** A test-mode access token makes test-mode keys; members make live keys (as over REST). */
    private static Mode mode(Principal principal) {
        return principal instanceof AccessTokenPrincipal token ? token.mode() : Mode.LIVE;
    }
}
