package shop.agora.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks that turn "address already in use" into a message naming the port and its purpose. */
public final class Ports {

    private Ports() {
    }

    public static void requireFree(int port, String purpose) {
        if (!isFree(port)) {
            throw new InfraException("Port " + port + " (" + purpose + ") is already in use. "
                    + "Stop whatever listens on it (for example an earlier ./run.sh: ./run.sh stop) and try again.");
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        } catch (IOException e) {
            return false;
        }
        return !isListening(port);
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
