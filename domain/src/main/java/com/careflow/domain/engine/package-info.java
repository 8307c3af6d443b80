/**
 * The process engine as the platform sees it: ports to start instances and send messages ({@link
 * com.careflow.domain.engine.Workflows}), work user tasks ({@link com.careflow.domain.engine.UserTasks}), read what
 * instances did ({@link com.careflow.domain.engine.ProcessHistory}) and handle incidents ({@link
 * com.careflow.domain.engine.Incidents}), with the plain records they answer in. The one implementation is the engine
 * module's adapter over Operaton; nothing else in the code base knows the engine's API (workers only subscribe to
 * topics through workers/support). Ids are the engine's (strings); every instance carries the business key of what it
 * is about (order number, content id, application id), and called instances inherit it.
 */
package com.careflow.domain.engine;
