package shop.agora.core.catalog;

/** The bytes of an image with its type and a hash usable as an ETag. */
public record ImageData(long id, String contentType, byte[] data, String sha256) {
}
