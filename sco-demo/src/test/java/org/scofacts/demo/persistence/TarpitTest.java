package org.scofacts.demo.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * GIVEN a server that accepts connections and never answers (a tarpit) WHEN the demo connects THEN it gives up
 * after its timeout with one line saying so, for PostgreSQL and for an H2 server. The {@link Timeout} only keeps a
 * regression from hanging the build; the timeout under test is one second.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TarpitTest {

    private ServerSocket tarpit;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start_tarpit() throws IOException {
        tarpit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(tarpit.accept()); // accepted, never read from nor written to
                }
            } catch (IOException e) {
                // closed by stop_tarpit
            }
        }, "tarpit");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop_tarpit() throws IOException {
        tarpit.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void postgresql_url_to_a_tarpit_fails_after_the_timeout_naming_it() {
        String url = "jdbc:postgresql://127.0.0.1:" + tarpit.getLocalPort() + "/sco";
        DatabaseTarget target = DatabaseTarget.of(url, "me", "secret").withTimeout(Duration.ofSeconds(1));

        assertThatThrownBy(() -> ScoDatabase.open(target)).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot connect to " + url + " as me: no answer within 1 s");
    }

    @Test
    void h2_server_url_to_a_tarpit_fails_after_the_timeout_naming_it() {
        String url = "jdbc:h2:tcp://127.0.0.1:" + tarpit.getLocalPort() + "/mem:sco";
        DatabaseTarget target = DatabaseTarget.of(url, "sa", "").withTimeout(Duration.ofSeconds(1));

        assertThatThrownBy(() -> ScoDatabase.open(target)).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot connect to " + url + " as sa: no answer within 1 s");
    }
}
