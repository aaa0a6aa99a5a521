package com.ledgerport.adapter.out.webhooks;

import com.ledgerport.application.port.out.WebhookTargets;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Resolves the target host and refuses any address that points inside: loopback, wildcard, link-local
 * (including cloud metadata at 169.254.169.254), site-local / RFC 1918, IPv6 unique-local, and multicast.
 * Every resolved address must be public, so one private A record among public ones is enough to refuse.
 */
@Singleton
final class ResolvingWebhookTargets implements WebhookTargets {

    private final boolean allowPrivateTargets;
    private final Function<String, InetAddress[]> resolver;

    @Inject
    ResolvingWebhookTargets(WebhookSettings settings) {
        this(settings.isAllowPrivateTargets(), ResolvingWebhookTargets::resolve);
    }

    ResolvingWebhookTargets(boolean allowPrivateTargets, Function<String, InetAddress[]> resolver) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.resolver = resolver;
    }

    @Override
    public Verdict check(String url) {
        if (url == null || url.isBlank() || url.length() > URL_LENGTH_MAX) {
            return new Refused(Reason.MALFORMED, "the URL must be 1 to " + URL_LENGTH_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            return new Refused(Reason.MALFORMED, "the URL is not well-formed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Refused(Reason.UNSUPPORTED_SCHEME, "the URL must use http or https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return new Refused(Reason.MALFORMED, "the URL needs a host and must not carry user info or a fragment");
        }
        if (allowPrivateTargets) {
            return new Allowed(uri.toString());
        }
        InetAddress[] addresses = resolver.apply(uri.getHost());
        if (addresses == null || addresses.length == 0) {
            return new Refused(Reason.UNRESOLVABLE_HOST, "the host '" + uri.getHost() + "' does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return new Refused(Reason.PRIVATE_TARGET,
                        "the host resolves to an internal address; private targets are not allowed");
            }
        }
        return new Allowed(uri.toString());
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
        boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6
                || sharedAddressSpace;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return new InetAddress[0];
        }
    }
}
