package shop.agora.core.catalog.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import shop.agora.core.shared.DomainException;

/**
 * Accepts only real PNG, JPEG and WebP pictures (by their first bytes, not by the file name) up to 5 MB. SVG is not
 * accepted from uploads: it can carry scripts.
 */
public final class ImageCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private ImageCheck() {
    }

    /** The content type of the picture, or a DomainException saying why it is refused. */
    public static String contentType(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new DomainException("The file \"" + fileName + "\" is empty.");
        }
        if (data.length > MAX_BYTES) {
            throw new DomainException("\"" + fileName + "\" is larger than 5 MB; please upload a smaller picture.");
        }
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (data.length > 12 && new String(data, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(data, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "image/webp";
        }
        throw new DomainException("\"" + fileName + "\" is not a PNG, JPEG or WebP picture.");
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
