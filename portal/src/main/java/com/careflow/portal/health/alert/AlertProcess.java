package com.careflow.portal.health.alert;

import java.time.Instant;

/** Starts the health-alert process for a crisis reading (engine in the app, a recording double in tests). */
interface AlertProcess {

    /** Business key: the reading id; {@code callBackDue} is when the consultant's call-back is due. */
    void start(String readingId, String customerId, Instant callBackDue);
}
