package com.careflow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules' boundaries: the domain knows no engine, web, search or deployable; deployables (portal, each worker)
 * know the domain but never each other, so each can run alone; search is a library of the portal that knows no
 * deployable, and only it talks to Elasticsearch; only this app knows the local runtime.
 */
@AnalyzeClasses(packages = "com.careflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String[] DEPLOYABLES = { "com.careflow.portal..", "com.careflow.payment..",
            "com.careflow.notify..", "com.careflow.assign..", "com.careflow.certify..", "com.careflow.review..",
            "com.careflow.ai.." };

    @ArchTest
    static final ArchRule domainStandsAlone = noClasses().that().resideInAPackage("com.careflow.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(DEPLOYABLES, "com.careflow.runtime..",
                    "com.careflow.app..", "com.careflow.search..", "co.elastic..", "io.camunda..",
                    "org.springframework.web..", "jakarta.servlet.."));

    @ArchTest
    static final ArchRule searchKnowsNoDeployable = noClasses().that().resideInAPackage("com.careflow.search..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(DEPLOYABLES, "io.camunda.."));

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
