package com.careflow.portal.health.interpretation;

/** Starts the health-interpretation process for a stored request (engine in the app, a recording double in slices). */
interface InterpretationProcess {

    void start(String interpretationId);
}
