package com.careflow.portal.order;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The order feature's services for web slices, with the engine replaced by {@link RecordingOrderProcess}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ OrderPlacement.class, CustomerOrders.class, OrderViews.class, AppointmentSlots.class, OrderPage.class,
        CustomerActions.class })
public class OrderTestConfiguration {

    @Bean
    RecordingOrderProcess recordingOrderProcess() {
        return new RecordingOrderProcess();
    }
}
