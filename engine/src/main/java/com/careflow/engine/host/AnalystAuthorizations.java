package com.careflow.engine.host;

import java.util.List;

import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.authorization.Authorization;
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
 * Analysts see everything in Cockpit and change nothing: the group {@value #GROUP} gets Cockpit access and read
 * grants on every definition, instance, deployment and task, and no other permission (with authorization checks on,
 * whatever is not granted is refused). Written at engine start when missing, so a fresh database gets them too;
 * admins need none (group {@code operaton-admin} passes every check).
 */
class AnalystAuthorizations extends AbstractProcessEnginePlugin {

    static final String GROUP = "analyst";
    private static final Logger log = LoggerFactory.getLogger(AnalystAuthorizations.class);

    private record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    }

    private static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, List.of(ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)),
            new Grant(Resources.PROCESS_INSTANCE, Authorization.ANY, List.of(ProcessInstancePermissions.READ)),
            new Grant(Resources.DECISION_DEFINITION, Authorization.ANY, List.of(Permissions.READ,
                    Permissions.READ_HISTORY)),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, List.of(Permissions.READ)),
            new Grant(Resources.DEPLOYMENT, Authorization.ANY, List.of(Permissions.READ)),
            new Grant(Resources.TASK, Authorization.ANY, List.of(TaskPermissions.READ, TaskPermissions.READ_HISTORY)));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Grant grant : GRANTS) {
            if (authorizations.createAuthorizationQuery().groupIdIn(GROUP).resourceType(grant.resource())
                    .resourceId(grant.resourceId()).count() > 0) {
                continue;
            }
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(GROUP);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            grant.permissions().forEach(authorization::addPermission);
            try {
                authorizations.saveAuthorization(authorization);
            } catch (ProcessEngineException e) {
                // another node starting at the same moment wrote it first (unique per group, resource and id)
                log.info("Grant for {} on {} not written here: {}", GROUP, grant.resource().resourceName(),
                        e.getMessage());
            }
        }
    }
}
