package com.ledgerport.adapter.in.ws;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The {@code ledgerport.ws.*} keys (docs/websocket.md, README.md's configuration table). */
@ConfigurationProperties("ledgerport.ws")
public final class SocketSettings {

    private Duration authTimeout = Duration.ofSeconds(10);
    private int frameBytesMax = 65_536;
    private int messagesPerSecond = 50;
    private int sendBufferFrames = 1_024;
    private long sendBufferBytes = 4L * 1024 * 1024;
    private Duration pingInterval = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(90);
    private int topicsMax = 32;
    private Duration replayWindow = Duration.ofMinutes(30);
    private Duration eventPollInterval = Duration.ofMillis(500);

    public Duration getAuthTimeout() {
        return authTimeout;
    }

    public void setAuthTimeout(Duration authTimeout) {
        this.authTimeout = authTimeout;
    }

    public int getFrameBytesMax() {
        return frameBytesMax;
    }

    public void setFrameBytesMax(int frameBytesMax) {
        this.frameBytesMax = frameBytesMax;
    }

    public int getMessagesPerSecond() {
        return messagesPerSecond;
    }

    public void setMessagesPerSecond(int messagesPerSecond) {
        this.messagesPerSecond = messagesPerSecond;
    }

    public int getSendBufferFrames() {
        return sendBufferFrames;
    }

    public void setSendBufferFrames(int sendBufferFrames) {
        this.sendBufferFrames = sendBufferFrames;
    }

    public long getSendBufferBytes() {
        return sendBufferBytes;
    }

    public void setSendBufferBytes(long sendBufferBytes) {
        this.sendBufferBytes = sendBufferBytes;
    }

    public Duration getPingInterval() {
        return pingInterval;
    }

    public void setPingInterval(Duration pingInterval) {
        this.pingInterval = pingInterval;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public int getTopicsMax() {
        return topicsMax;
    }

    public void setTopicsMax(int topicsMax) {
        this.topicsMax = topicsMax;
    }

    public Duration getReplayWindow() {
        return replayWindow;
    }

    public void setReplayWindow(Duration replayWindow) {
        this.replayWindow = replayWindow;
    }

    public Duration getEventPollInterval() {
        return eventPollInterval;
    }

    public void setEventPollInterval(Duration eventPollInterval) {
        this.eventPollInterval = eventPollInterval;
    }
}
