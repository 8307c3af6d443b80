package com.careflow.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code careflow.portal.base-url}: where the links in customer mail point. */
@ConfigurationProperties("careflow.portal")
record PortalLinks(@DefaultValue("http://localhost:8080") String baseUrl) {

    String order(String orderNumber) {
        return baseUrl.replaceAll("/+$", "") + "/orders/" + orderNumber;
    }
}
