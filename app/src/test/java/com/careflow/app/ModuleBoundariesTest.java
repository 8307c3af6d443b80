package com.careflow.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.context.annotation.Configuration;

import com.careflow.domain.ledger.JournalEntries;
import com.careflow.domain.ledger.Ledger;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.Orders;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules' boundaries: the domain knows no engine, web, search or deployable; deployables (portal, each worker)
 * know the domain but never each other, so each can run alone; search is a library of the portal that knows no
 * deployable, and only it talks to Elasticsearch; only this app knows the local runtime. The process engine's API
 * (Operaton) is known only to the engine module, the external-task client only to workers/support; everything else
 * reaches the engine through the domain's ports, so the engine can be swapped in those two places.
 */
@AnalyzeClasses(packages = "com.careflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String[] DEPLOYABLES = { "com.careflow.portal..", "com.careflow.payment..",
            "com.careflow.notify..", "com.careflow.assign..", "com.careflow.certify..", "com.careflow.review..",
            "com.careflow.ai.." };
    private static final String[] WORKERS = except("com.careflow.portal..", DEPLOYABLES);
    private static final String ENGINE = "com.careflow.engine..";
    private static final String WORKER_SUPPORT = "com.careflow.worker..";
    private static final String OPERATON = "org.operaton..";
    private static final String TASK_CLIENT = "org.camunda.bpm.client..";

    @ArchTest
    static final ArchRule domainStandsAlone = noClasses().that().resideInAPackage("com.careflow.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(DEPLOYABLES, "com.careflow.runtime..",
                    "com.careflow.app..", "com.careflow.search..", ENGINE, WORKER_SUPPORT, "co.elastic..",
                    OPERATON, TASK_CLIENT, "org.springframework.web..", "jakarta.servlet.."));

    @ArchTest
    static final ArchRule onlyTheEngineModuleKnowsOperaton = noClasses().that().resideOutsideOfPackage(ENGINE)
            .should().dependOnClassesThat().resideInAPackage(OPERATON);

    @ArchTest
    static final ArchRule onlyWorkerSupportKnowsTheTaskClient = noClasses().that()
            .resideOutsideOfPackage(WORKER_SUPPORT)
            .should().dependOnClassesThat().resideInAPackage(TASK_CLIENT);

    /** The portal works the engine through the domain's ports; at most its configuration names the engine's. */
    @ArchTest
    static final ArchRule portalUsesTheEngineThroughPorts = noClasses().that().resideInAPackage("com.careflow.portal..")
            .should().dependOnClassesThat(resideInAPackage(ENGINE).and(not(metaAnnotatedWith(Configuration.class))));

    /** Workers run in JVMs of their own and reach the engine only over its REST API (workers/support). */
    @ArchTest
    static final ArchRule workersKnowNoEngineModule = noClasses().that().resideInAnyPackage(WORKERS)
            .should().dependOnClassesThat().resideInAPackage(ENGINE);

    @ArchTest
    static final ArchRule engineKnowsNoDeployable = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage(concat(DEPLOYABLES, "com.careflow.search..",
                    "com.careflow.runtime..", "com.careflow.app..", WORKER_SUPPORT));

    @ArchTest
    static final ArchRule workerSupportKnowsNoDeployable = noClasses().that().resideInAPackage(WORKER_SUPPORT)
            .should().dependOnClassesThat().resideInAnyPackage(concat(DEPLOYABLES, ENGINE, "com.careflow.search..",
                    "com.careflow.runtime..", "com.careflow.app.."));

    @ArchTest
    static final ArchRule searchKnowsNoDeployable = noClasses().that().resideInAPackage("com.careflow.search..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(DEPLOYABLES, ENGINE, OPERATON));

    @ArchTest
    static final ArchRule onlySearchTalksToElasticsearch = noClasses().that()
            .resideOutsideOfPackage("com.careflow.search..")
            .should().dependOnClassesThat().resideInAPackage("co.elastic..");

    @ArchTest
    static final ArchRule portalKnowsNoWorker = knowsNoOtherDeployable("com.careflow.portal..");

    @ArchTest
    static final ArchRule paymentKnowsNoOtherDeployable = knowsNoOtherDeployable("com.careflow.payment..");

    @ArchTest
    static final ArchRule notifyKnowsNoOtherDeployable = knowsNoOtherDeployable("com.careflow.notify..");

    @ArchTest
    static final ArchRule assignKnowsNoOtherDeployable = knowsNoOtherDeployable("com.careflow.assign..");

    @ArchTest
    static final ArchRule aiKnowsNoOtherDeployable = knowsNoOtherDeployable("com.careflow.ai..");

    @ArchTest
    static final ArchRule certifyKnowsNoOtherDeployable = knowsNoOtherDeployable("com.careflow.certify..");

    @ArchTest
    static final ArchRule reviewKnowsNoOtherDeployable = knowsNoOtherDeployable("com.careflow.review..");

    @ArchTest
    static final ArchRule onlyTheAppStartsLocalServers = noClasses().that()
            .resideOutsideOfPackages("com.careflow.runtime..", "com.careflow.app..")
            .should().dependOnClassesThat().resideInAPackage("com.careflow.runtime..");

    /** Modules (domain, engine, worker, portal, search, runtime, each worker…) depend one way only. */
    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("com.careflow.(*)..").should().beFreeOfCycles();

    /** The domain's feature packages (order, assignment, certification…) depend one way only. */
    @ArchTest
    static final ArchRule domainFeaturesHaveNoCycles = slices().matching("com.careflow.domain.(*)..").should()
            .beFreeOfCycles();

    /** A service order has one writer with one concurrency strategy (optimistic locking, retried on a lost race). */
    @ArchTest
    static final ArchRule ordersAreWrittenOnlyByOrderChanges = noClasses().that().doNotBelongToAnyOf(OrderChanges.class)
            .should().callMethodWhere(target(owner(assignableTo(Orders.class)))
                    .and(target(nameMatching("save.*|insert.*|delete.*"))))
            .because("every change of a ServiceOrder goes through OrderChanges");

    /** The journal has one writer, which only inserts: a posted entry is never changed or deleted. */
    @ArchTest
    static final ArchRule journalIsWrittenOnlyByTheLedger = noClasses().that().doNotBelongToAnyOf(Ledger.class)
            .should().callMethodWhere(target(owner(assignableTo(JournalEntries.class)))
                    .and(target(nameMatching("save.*|insert.*|delete.*"))))
            .because("every entry is posted through Ledger.post, once per business event");

    /** Even the ledger never updates or deletes an entry: a correction is a new entry. */
    @ArchTest
    static final ArchRule journalEntriesAreNeverChanged = noClasses()
            .should().callMethodWhere(target(owner(assignableTo(JournalEntries.class)))
                    .and(target(nameMatching("save.*|delete.*"))))
            .because("posted entries are immutable");

    private static ArchRule knowsNoOtherDeployable(String deployable) {
        return noClasses().that().resideInAPackage(deployable)
                .should().dependOnClassesThat().resideInAnyPackage(except(deployable, DEPLOYABLES));
    }

    private static String[] except(String own, String[] packages) {
        return java.util.Arrays.stream(packages).filter(p -> !p.equals(own)).toArray(String[]::new);
    }

    private static String[] concat(String[] packages, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(packages), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }
}
