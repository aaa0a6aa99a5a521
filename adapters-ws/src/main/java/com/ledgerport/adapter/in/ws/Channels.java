package com.ledgerport.adapter.in.ws;

import io.micronaut.http.netty.websocket.NettyWebSocketSession;
import io.micronaut.websocket.WebSocketSession;
import io.netty.channel.Channel;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops a connection without the close handshake. Micronaut's {@code close(reason)} closes the channel only
 * once its Close frame has been written, which never happens while a client does not read; the session keeps
 * its Netty channel in a protected field, read here once by reflection.
 */
final class Channels {

    private static final Logger LOG = LoggerFactory.getLogger(Channels.class);
    private static final Field CHANNEL = channelField();

    private Channels() {
    }

    private static Field channelField() {
        try {
            Field field = NettyWebSocketSession.class.getDeclaredField("channel");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            LOG.warn("cannot reach WebSocket channels: sockets that do not read are closed only by TCP", unavailable);
            return null;
        }
    }

    static void abort(WebSocketSession session) {
        if (CHANNEL == null || !(session instanceof NettyWebSocketSession netty)) {
            return;
        }
        try {
            ((Channel) CHANNEL.get(netty)).close();
        } catch (IllegalAccessException unexpected) {
            LOG.warn("could not drop WebSocket session {}", session.getId(), unexpected);
        }
    }
}
