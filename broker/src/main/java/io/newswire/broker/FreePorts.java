package io.newswire.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds loopback ports that are free right now. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Returns a port that the OS reported free. Another process could take it before the broker
     * binds; the window is short and the start fails loudly if that happens.
     */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
