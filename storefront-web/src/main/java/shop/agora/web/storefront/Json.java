package shop.agora.web.storefront;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider for the storefront's JSON answers (add to cart, search suggestions), looked up once, when first
 * used: {@code jakarta.json.Json.createObjectBuilder()} and its kin look it up with a class-path scan every time.
 */
public final class Json {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }
}
