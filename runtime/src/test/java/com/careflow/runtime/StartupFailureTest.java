package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** What a developer sees when the runtime cannot start: one line saying why, one saying what to do. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @TempDir
    Path dataDir;

    @Test
    void portAlreadyTakenNamesThePortAndThePropertyBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = listenOn(26680)) {
            LocalRuntime runtime = new LocalRuntime(TestProperties.bind(dataDir));
            assertThatThrownBy(runtime::start)
                    .isInstanceOf(RuntimeStartupException.class)
                    .hasMessage("Port 26680 (Keycloak HTTP) is in use — is CareFlow already running?")
                    .satisfies(e -> assertThat(((RuntimeStartupException) e).action())
                            .isEqualTo("Stop it or set careflow.runtime.keycloak.port"));
        }
        assertThat(dataDir.resolve("logs")).as("no server was started").doesNotExist();
    }

    @Test
    void springBootReportsTheCauseAndTheActionWithoutAStackTrace(CapturedOutput output) throws Exception {
        try (ServerSocket taken = listenOn(26617)) {
            SpringApplicationBuilder app = new SpringApplicationBuilder(Empty.class)
                    .web(WebApplicationType.NONE)
                    .properties("careflow.runtime.embedded=true")
                    .properties(TestProperties.asPairs(dataDir, Map.of()));
            assertThatThrownBy(app::run).isInstanceOf(RuntimeStartupException.class);
        }
        assertThat(output.getOut()).contains("""
                Description:

                Port 26617 (MongoDB) is in use — is CareFlow already running?

                Action:

                Stop it or set careflow.runtime.mongo.port""");
        assertThat(output.getAll()).doesNotContain("at com.careflow.runtime");
    }

    @Test
    void missingDistributionSaysHowToGetIt() {
        RuntimeProperties properties = TestProperties.bind(dataDir,
                Map.of("careflow.runtime.home", dataDir.resolve("empty-home").toString()));
        assertThatThrownBy(() -> new LocalRuntime(properties))
                .isInstanceOf(RuntimeStartupException.class)
                .hasMessageStartingWith("Keycloak ")
                .hasMessageContaining(" distribution not found in " + dataDir.resolve("empty-home/dist/keycloak-"))
                .satisfies(e -> assertThat(((RuntimeStartupException) e).action()).startsWith("run ./careflow build"));
    }

    @Test
    void sameClashIsReportedWhenTwoServersAreGivenOnePort() {
        RuntimeProperties properties = TestProperties.bind(dataDir,
                Map.of("careflow.runtime.mail.imap-port", "26625"));
        assertThatThrownBy(() -> new LocalRuntime(properties).start())
                .isInstanceOf(RuntimeStartupException.class)
                .hasMessage("Port 26625 is configured for both SMTP and IMAP");
    }

    private static ServerSocket listenOn(int port) throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
