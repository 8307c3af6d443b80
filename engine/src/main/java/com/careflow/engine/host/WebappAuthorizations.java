package com.careflow.engine.host;

import java.util.ArrayList;
import java.util.List;

import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.operaton.bpm.engine.authorization.ProcessInstancePermissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.authorization.TaskPermissions;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the web apps' two kinds of users may do (with authorization checks on, whatever is not granted is refused).
 * Admins (Keycloak role admin, the engine's group {@code operaton-admin}) everything: the engine lets that group
 * past its admin-only checks, but every other check needs a grant, which Operaton's setup page would write for its
 * first local admin; here no local users are ever set up. Analysts see everything in Cockpit and change nothing: the
 * group {@value #ANALYST} gets Cockpit access and read grants on every definition, instance, deployment and task.
 * Written at engine start when missing, so a fresh database gets them too.
 */
class WebappAuthorizations extends AbstractProcessEnginePlugin {

    static final String ANALYST = "analyst";
    private static final Logger log = LoggerFactory.getLogger(WebappAuthorizations.class);

    private record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    private static final List<Grant> ANALYST_GRANTS = List.of(
            new Grant(ANALYST, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(ANALYST, Resources.PROCESS_DEFINITION, Authorization.ANY, List.of(
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)),
            new Grant(ANALYST, Resources.PROCESS_INSTANCE, Authorization.ANY,
                    List.of(ProcessInstancePermissions.READ)),
            new Grant(ANALYST, Resources.DECISION_DEFINITION, Authorization.ANY, List.of(Permissions.READ,
                    Permissions.READ_HISTORY)),
            new Grant(ANALYST, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY,
                    List.of(Permissions.READ)),
            new Grant(ANALYST, Resources.DEPLOYMENT, Authorization.ANY, List.of(Permissions.READ)),
            new Grant(ANALYST, Resources.TASK, Authorization.ANY, List.of(TaskPermissions.READ,
                    TaskPermissions.READ_HISTORY)));

    private static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>(ANALYST_GRANTS);
        // as Operaton's setup grants its first admin: everything on every kind of resource
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(Groups.OPERATON_ADMIN, resource, Authorization.ANY, List.of(Permissions.ALL)));
        }
        return grants;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Grant grant : grants()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(grant.group()).resourceType(grant.resource())
                    .resourceId(grant.resourceId()).count() > 0) {
                continue;
            }
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            grant.permissions().forEach(authorization::addPermission);
            try {
                authorizations.saveAuthorization(authorization);
            } catch (ProcessEngineException e) {
                // another node starting at the same moment wrote it first (unique per group, resource and id)
                log.info("Grant for {} on {} not written here: {}", grant.group(), grant.resource().resourceName(),
                        e.getMessage());
            }
        }
    }
}
