package com.careflow.portal.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, for requests it cannot even read (a request line or headers beyond
 * {@code server.max-http-request-header-size}, a malformed request line): no application has seen them, so neither
 * the visitor's language nor whether it was /api is known. Instead of Tomcat's English report, a short page in both
 * the portal's languages with a link home; the status stays Tomcat's (400). Everything the application answers
 * itself (its error page, problem documents) passes through untouched.
 */
@Component
class OversizedRequestPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>请求无效 · Bad request · CareFlow</title>
            <link rel="stylesheet" href="/css/careflow.css"></head>
            <body><main class="container page narrow"><section class="panel error-page" id="error-page">
            <p class="error-code" id="error-status">%1$d</p>
            <h1>请求无效</h1><p>请求的地址或请求头太长，或格式不正确，无法处理。请返回首页重新操作。</p>
            <h1 lang="en">Bad request</h1><p lang="en">The address or the headers of this request are too long or
            malformed, so it cannot be handled. Please start again from the home page.</p>
            <p><a class="button" href="/">返回首页 · Home</a></p>
            </section></main></body></html>
            """;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // after Boot's own customizer, which adds a plain ErrorReportValve to the host: replace it
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(BilingualErrorReportValve.class.getName());
                host.getPipeline().addValve(new BilingualErrorReportValve());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's last word on a request, in Chinese and English. */
    public static class BilingualErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(PAGE.formatted(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone: nothing more to tell
            }
        }
    }
}
