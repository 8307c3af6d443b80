package com.careflow.processes;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.domain.process.HealthInterpretationProcess;
import com.careflow.domain.process.ServiceOrderProcess;

/** The models of this folder (test resources at the classpath root) and the external-task topics they may use. */
final class Models {

    static final String SERVICE_ORDER = "service-order.bpmn";
    static final String GRAB_ORDER = "grab-order.bpmn";
    static final String APPOINTMENT = "appointment.bpmn";
    static final String CONTENT_REVIEW = "content-review.bpmn";
    static final String CERTIFICATION = "certification.bpmn";
    static final String RECONCILIATION = "reconciliation.bpmn";
    static final String PAYOUT = "payout.bpmn";
    static final String HEALTH_ALERT = "health-alert.bpmn";
    static final String HEALTH_INTERPRETATION = "health-interpretation.bpmn";

    static final List<String> ALL = List.of(SERVICE_ORDER, GRAB_ORDER, APPOINTMENT, CONTENT_REVIEW, CERTIFICATION,
            RECONCILIATION, PAYOUT, HEALTH_ALERT, HEALTH_INTERPRETATION);

    private Models() {
    }

    /** The model as the Modeler and the engine read it (the file itself, in this module's folder). */
    static BpmnModelInstance read(String file) {
        return Bpmn.readModelFromFile(new File(file));
    }

    /** Every JOB_* constant of the process id classes: the topics workers subscribe to. */
    static Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        for (Class<?> ids : List.of(ServiceOrderProcess.class, GrabOrderProcess.class, AppointmentProcess.class,
                ContentReviewProcess.class, CertificationProcess.class, ReconciliationProcess.class,
                PayoutProcess.class, HealthAlertProcess.class, HealthInterpretationProcess.class)) {
            for (Field field : ids.getFields()) {
                if (field.getName().startsWith("JOB_") && Modifier.isStatic(field.getModifiers())) {
                    try {
                        topics.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return topics;
    }
}
