package shop.agora.web.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for limits per client (the tracking page's lookups). Behind a reverse proxy or a
 * load balancer every request comes from the proxy, so all guests would share one limit: the proxies the shop runs
 * behind are listed in {@code agora.web.trusted-proxies} (comma-separated addresses, as the server sees them), and a
 * request from one of them is taken to come from the address it names in {@code X-Forwarded-For}: read from the right
 * (each proxy appends the address it was reached from), the first address that is not a trusted proxy. Addresses a
 * client puts into the header itself stand left of that and are never believed; from any other address the header is
 * ignored.
 */
@ApplicationScoped
public class ClientAddress {

    /** The longest address taken from the header (an IPv6 address with a zone fits); longer is cut. */
    static final int LONGEST = 64;

    private Set<String> trustedProxies = Set.of();

    public ClientAddress() {
    }

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    @Inject
    void configure(@ConfigProperty(name = "agora.web.trusted-proxies") Optional<String> proxies) {
        trustedProxies = proxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    public String of(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("X-Forwarded-For");
        return of(request.getRemoteAddr(), headers == null ? null : String.join(",", Collections.list(headers)));
    }

    String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                break;
            }
            client = hop.length() > LONGEST ? hop.substring(0, LONGEST) : hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
