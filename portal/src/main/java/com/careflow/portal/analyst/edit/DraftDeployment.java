package com.careflow.portal.analyst.edit;

import java.util.List;

import org.springframework.stereotype.Component;

import com.careflow.domain.process.ModelDeployments;
import com.careflow.domain.process.ModelDeployments.DeploymentRefusedException;
import com.careflow.domain.process.ModelDeployments.Kind;
import com.careflow.domain.process.ModelDeployments.ModelVersion;
import com.careflow.portal.analyst.lint.DiagramLint;
import com.careflow.portal.analyst.lint.LintReport;

/**
 * Checks and deploys a draft. A BPMN draft is linted first and refused while an error stands; the engine then parses
 * it (and refuses what it cannot run). A deployed draft is gone: it is a version now.
 */
@Component
class DraftDeployment {

    private final Drafts drafts;
    private final DiagramLint lint;
    private final ModelDeployments deployments;

    DraftDeployment(Drafts drafts, DiagramLint lint, ModelDeployments deployments) {
        this.drafts = drafts;
        this.lint = lint;
        this.deployments = deployments;
    }

    sealed interface Outcome {
    }

    record Deployed(List<ModelVersion> versions) implements Outcome {
    }

    record RefusedByLint(LintReport report) implements Outcome {
    }

    record RefusedByEngine(String reason) implements Outcome {
    }

    /** The lint's findings for a draft; DMN has no lint rules here (the engine's parser checks it on deploy). */
    LintReport check(Draft draft) {
        return draft.kind() == Kind.BPMN ? lint.lint(draft.xml()) : new LintReport(List.of(), java.time.Duration.ZERO);
    }

    Outcome deploy(Draft draft, String deployedBy) {
        LintReport report = check(draft);
        if (report.hasErrors()) {
            return new RefusedByLint(report);
        }
        List<ModelVersion> versions;
        try {
            versions = deployments.deploy(draft.resourceName(), draft.xml(), deployedBy);
        }
        catch (DeploymentRefusedException e) {
            return new RefusedByEngine(e.getMessage());
        }
        drafts.discard(draft.id());
        return new Deployed(versions);
    }
}
