// A /ws client with nothing but the JDK (11+): logs in with an API key (seed 000 "s2s"), reads the balance,
// subscribes to every event of the partner, and prints what arrives. Run it as a single source file:
//
//   java docs/examples/WsClient.java ws://localhost:8080/ws <public_key> <secret> <partner id> [cursor]
//
// With a cursor (the "cursor" of the last event you handled), events missed within 30 minutes are replayed
// first. The JDK client answers the server's pings by itself; a new line on stdin closes the socket.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

public class WsClient {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java WsClient.java <ws url> <public key> <secret> <partner id> [cursor]");
            System.exit(2);
        }
        String url = args[0], publicKey = args[1], secret = args[2], partner = args[3];
        String after = args.length > 4 ? ",\"after\":\"" + args[4] + "\"" : "";
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new Printer()).join();
        socket.sendText("""
                {"type":"auth.login","requestId":"login-1","payload":{"authType":"s2s","token":"%s",
                 "metadata":{"secret":"%s","app":"ws-client"}}}""".formatted(publicKey, secret), true).join();
        socket.sendText("{\"type\":\"balance.get\",\"requestId\":\"balance-1\",\"payload\":{}}", true).join();
        socket.sendText(("{\"type\":\"events.subscribe\",\"requestId\":\"sub-1\",\"payload\":"
                + "{\"topics\":[\"company/%s/#\"]%s}}").formatted(partner, after), true).join();
        System.in.read();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    /** Prints each complete text frame on its own line, and the close code when the server closes. */
    static final class Printer implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                System.out.println(partial);
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            System.out.println("closed " + code + " " + reason);
            System.exit(0);
            return null;
        }
    }
}
