package com.ledgerport.architecture;

import static com.ledgerport.architecture.HexagonRules.PRODUCTION_ROOT;
import static com.ledgerport.architecture.LedgerportClasses.PRODUCTION;

import com.ledgerport.architecture.HexagonRules.AdapterModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** STYLE 1 and 2: dependencies point inward, and the core knows no framework. */
class DependencyRulesTest {

    @Test
    void the_domain_depends_only_on_the_jdk_and_itself() {
        HexagonRules.domainDependsOnlyOnTheJdkAndItself(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void the_application_depends_only_on_the_jdk_jakarta_inject_the_domain_and_itself() {
        HexagonRules.applicationDependsOnlyOnTheCoreAndJakartaInject(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void neither_domain_nor_application_depends_on_an_adapter_or_on_bootstrap() {
        HexagonRules.coreDependsOnNoAdapterAndNoBootstrap(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AdapterModule.class)
    void an_adapter_module_does_not_depend_on_another_adapter_module(AdapterModule module) {
        HexagonRules.adapterModuleDependsOnNoOtherAdapterModule(PRODUCTION_ROOT, module).check(PRODUCTION);
    }

    @Test
    void nothing_but_bootstrap_depends_on_bootstrap() {
        HexagonRules.onlyBootstrapDependsOnBootstrap(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void packages_are_free_of_cycles() {
        HexagonRules.packagesAreFreeOfCycles(PRODUCTION_ROOT).check(PRODUCTION);
    }
}
