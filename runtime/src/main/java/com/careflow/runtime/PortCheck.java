package com.careflow.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every port before anything starts, so a second CareFlow (or any other server on the port) is reported in
 * one line instead of as a half-started runtime.
 */
final class PortCheck {

    /** A port one of our servers binds on the loopback interface, and the property that moves it. */
    record Port(int number, String server, String property) {
    }

    private PortCheck() {
    }

    static void requireFree(List<Port> ports) {
        Map<Integer, Port> seen = new HashMap<>();
        for (Port port : ports) {
            Port clash = seen.putIfAbsent(port.number(), port);
            if (clash != null) {
                throw new RuntimeStartupException(
                        "Port %d is configured for both %s and %s".formatted(port.number(), clash.server(),
                                port.server()),
                        "Give %s or %s a port of its own".formatted(clash.property(), port.property()));
            }
            if (!isFree(port.number())) {
                throw RuntimeStartupException.portInUse(port.number(), port.server(), port.property());
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // a port in TIME_WAIT from our last run is free to use
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
