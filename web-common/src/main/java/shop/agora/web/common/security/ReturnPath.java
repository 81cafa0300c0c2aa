package shop.agora.web.common.security;

/**
 * Where to go after signing in. Only a path inside the current application is accepted, so a crafted link cannot
 * send someone to another site after they typed their password (an open redirect).
 */
final class ReturnPath {

    private ReturnPath() {
    }

    /** The given path when it is a page of this application, otherwise the application's home. */
    static String safe(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.contains("\r") || next.contains("\n") || next.length() > 500
                || next.startsWith("/login.xhtml")) {
            return "/";
        }
        return next;
    }
}
