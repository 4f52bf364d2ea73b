package dev.zonec.batfish;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Local HTTP servers for tests: the JDK's server on a free loopback port, answering without Nagle's delay. */
final class LocalServers {
    static {
        // Without it, each small response waits for the client's delayed ACK (about 40 ms a request).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LocalServers() {}

    static HttpServer start(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return server;
    }
}
