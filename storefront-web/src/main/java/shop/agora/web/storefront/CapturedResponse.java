package shop.agora.web.storefront;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory instead of being sent, for {@link ProductPageCache}; headers go to the real
 * response as usual. An error or a redirect is passed on to the real response (the container then answers), and
 * such a response is not kept; nor is one that sets a cookie or answers anything but 200 with HTML.
 */
class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean passedOn;
    private boolean cookies;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the answer was an error or a redirect, sent by the real response. */
    boolean passedOn() {
        return passedOn;
    }

    /** Whether the page may be kept: a 200 with HTML, no cookie. */
    boolean keepable() {
        String type = getContentType();
        return status == SC_OK && !cookies && type != null && type.startsWith("text/html");
    }

    /** The body written so far. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    try {
                        listener.onWritePossible(); // memory is always ready
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void setStatus(int code) {
        status = code;
        super.setStatus(code);
    }

    @Override
    public void sendError(int code, String message) throws IOException {
        passedOn = true;
        super.sendError(code, message);
    }

    @Override
    public void sendError(int code) throws IOException {
        passedOn = true;
        super.sendError(code);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookies = true;
        super.addCookie(cookie);
    }

    @Override
    public void setContentLength(int length) {
        // the filter sets the length of what it sends
    }

    @Override
    public void setContentLengthLong(long length) {
        // the filter sets the length of what it sends
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        resetBuffer();
        status = SC_OK;
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return passedOn || super.isCommitted();
    }
}
