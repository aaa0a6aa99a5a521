package com.ledgerport.architecture;

import static com.ledgerport.architecture.Fixtures.ROOT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.architecture.HexagonRules.AdapterModule;
import com.ledgerport.architecture.fixtures.hexagon.adapter.in.rest.ViolatingControllerBuildingService;
import com.ledgerport.architecture.fixtures.hexagon.adapter.in.rest.ViolatingControllerUsingSocket;
import com.ledgerport.architecture.fixtures.hexagon.adapter.in.ws.OrderSocket;
import com.ledgerport.architecture.fixtures.hexagon.adapter.in.ws.ViolatingSocketReferencingServiceConstructor;
import com.ledgerport.architecture.fixtures.hexagon.adapter.in.ws.ViolatingSocketUsingJdbc;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.jwt.ViolatingTokensUsingWebhooks;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.persistence.ViolatingJdbcOrdersNotifying;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.persistence.ViolatingJdbcReadingWiring;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.persistence.ViolatingOrdersImpl;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.persistence.ViolatingPersistenceFactory;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.webhooks.OrderWebhooks;
import com.ledgerport.architecture.fixtures.hexagon.adapter.out.webhooks.ViolatingWebhooksUsingTokens;
import com.ledgerport.architecture.fixtures.hexagon.application.port.in.ViolatingOrderLookup;
import com.ledgerport.architecture.fixtures.hexagon.application.service.ViolatingPlaceOrderHandler;
import com.ledgerport.architecture.fixtures.hexagon.application.service.ViolatingServiceUsingAdapter;
import com.ledgerport.architecture.fixtures.hexagon.application.service.ViolatingServiceWithFramework;
import com.ledgerport.architecture.fixtures.hexagon.domain.alpha.ViolatingCycleStart;
import com.ledgerport.architecture.fixtures.hexagon.domain.beta.ViolatingCycleEnd;
import com.ledgerport.architecture.fixtures.hexagon.domain.order.ViolatingDomainValueUsingBootstrap;
import com.ledgerport.architecture.fixtures.hexagon.domain.order.ViolatingDomainValueWithInjection;
import com.ledgerport.architecture.fixtures.hexagon.domain.order.ViolatingDomainValueWithJdbc;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STYLE 15: a rule that cannot fail proves nothing. Each rule is built by the same factory method production
 * uses, for the fixture root; it must pass on the compliant fixture and report the one violator added to it.
 */
class RulesCanFailTest {

    @Test
    void every_rule_holds_for_the_compliant_fixture() {
        JavaClasses compliant = Fixtures.compliant();
        Stream<Executable> checks = HexagonRules.all(ROOT).stream().map(rule -> () -> rule.check(compliant));
        assertAll(checks);
    }

    @Test
    void the_compliant_fixture_fills_every_package_the_rules_name() {
        assertEquals(List.of(), HexagonRules.emptyPackages(Fixtures.compliant(), ROOT));
    }

    @Test
    void the_empty_package_check_names_a_package_left_empty() {
        JavaClasses withoutWebSocket = Fixtures.compliantWithout(OrderSocket.class);
        JavaClasses withoutWebhooks = Fixtures.compliantWithout(OrderWebhooks.class);

        assertEquals(List.of(ROOT + ".adapter.in.ws.."), HexagonRules.emptyPackages(withoutWebSocket, ROOT));
        assertEquals(List.of(ROOT + ".adapter.out.webhooks.."), HexagonRules.emptyPackages(withoutWebhooks, ROOT));
    }

    @Test
    void a_rule_about_an_empty_package_fails_instead_of_passing_silently() {
        ArchRule webSocketRule = HexagonRules.adapterModuleDependsOnNoOtherAdapterModule(ROOT, AdapterModule.WS);
        JavaClasses withoutWebSocket = Fixtures.compliantWithout(OrderSocket.class);

        AssertionError failure = assertThrows(AssertionError.class, () -> webSocketRule.check(withoutWebSocket));
        assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
    }

    @Test
    void the_domain_rule_rejects_jakarta_inject_in_the_domain() {
        assertReports(HexagonRules.domainDependsOnlyOnTheJdkAndItself(ROOT), ViolatingDomainValueWithInjection.class);
    }

    @Test
    void the_domain_rule_rejects_javax_packages_other_than_crypto() {
        assertReports(HexagonRules.domainDependsOnlyOnTheJdkAndItself(ROOT), ViolatingDomainValueWithJdbc.class);
    }

    @Test
    void the_application_rule_rejects_micronaut_in_the_application() {
        assertReports(HexagonRules.applicationDependsOnlyOnTheCoreAndJakartaInject(ROOT),
                ViolatingServiceWithFramework.class);
    }

    @Test
    void the_application_rule_does_not_reject_jakarta_inject_outside_the_domain_rule() {
        // The same jakarta.inject dependency that breaks the domain rule is fine for the application rule.
        JavaClasses classes = Fixtures.compliantWith(ViolatingDomainValueWithInjection.class);
        assertFalse(HexagonRules.applicationDependsOnlyOnTheCoreAndJakartaInject(ROOT).evaluate(classes)
                .hasViolation());
    }

    @Test
    void the_core_rule_rejects_an_application_class_using_an_adapter() {
        assertReports(HexagonRules.coreDependsOnNoAdapterAndNoBootstrap(ROOT), ViolatingServiceUsingAdapter.class);
    }

    @Test
    void the_core_rule_rejects_a_domain_class_using_bootstrap() {
        assertReports(HexagonRules.coreDependsOnNoAdapterAndNoBootstrap(ROOT),
                ViolatingDomainValueUsingBootstrap.class);
    }

    static Stream<Arguments> crossAdapterDependencies() {
        return Stream.of(
                Arguments.of(AdapterModule.REST, ViolatingControllerUsingSocket.class),
                Arguments.of(AdapterModule.REST, ViolatingTokensUsingWebhooks.class),
                Arguments.of(AdapterModule.WS, ViolatingSocketUsingJdbc.class),
                Arguments.of(AdapterModule.PERSISTENCE, ViolatingJdbcOrdersNotifying.class),
                Arguments.of(AdapterModule.WEBHOOKS, ViolatingWebhooksUsingTokens.class));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("crossAdapterDependencies")
    void the_adapter_rule_rejects_a_dependency_on_another_adapter_module(AdapterModule module, Class<?> violator) {
        assertReports(HexagonRules.adapterModuleDependsOnNoOtherAdapterModule(ROOT, module), violator);
    }

    @Test
    void the_bootstrap_rule_rejects_an_adapter_using_bootstrap() {
        assertReports(HexagonRules.onlyBootstrapDependsOnBootstrap(ROOT), ViolatingJdbcReadingWiring.class);
    }

    @Test
    void the_wiring_rule_rejects_an_adapter_calling_a_service_constructor() {
        assertReports(HexagonRules.onlyBootstrapInstantiatesServices(ROOT), ViolatingControllerBuildingService.class);
    }

    @Test
    void the_wiring_rule_rejects_an_adapter_referring_to_a_service_constructor() {
        assertReports(HexagonRules.onlyBootstrapInstantiatesServices(ROOT),
                ViolatingSocketReferencingServiceConstructor.class);
    }

    @Test
    void the_factory_rule_rejects_a_factory_outside_bootstrap() {
        assertReports(HexagonRules.factoriesLiveOnlyInBootstrap(ROOT), ViolatingPersistenceFactory.class);
    }

    @Test
    void the_cycle_rule_rejects_two_packages_that_depend_on_each_other() {
        ArchRule rule = HexagonRules.packagesAreFreeOfCycles(ROOT);
        JavaClasses classes = Fixtures.compliantWith(ViolatingCycleStart.class, ViolatingCycleEnd.class);

        assertReportMentions(rule.evaluate(classes), ViolatingCycleStart.class);
    }

    @Test
    void the_cycle_rule_does_not_reject_a_one_way_dependency() {
        // Half of the cycle alone is an ordinary dependency between two packages.
        JavaClasses classes = Fixtures.compliantWith(ViolatingCycleEnd.class);
        assertFalse(HexagonRules.packagesAreFreeOfCycles(ROOT).evaluate(classes).hasViolation());
    }

    @Test
    void the_naming_rule_rejects_an_inbound_port_not_named_use_case() {
        assertReports(HexagonRules.inboundPortsAreUseCases(ROOT), ViolatingOrderLookup.class);
    }

    @Test
    void the_naming_rule_rejects_a_use_case_implementation_not_named_service() {
        assertReports(HexagonRules.useCaseImplementationsAreServices(ROOT), ViolatingPlaceOrderHandler.class);
    }

    @Test
    void the_naming_rule_rejects_a_class_named_impl() {
        assertReports(HexagonRules.noClassIsNamedImpl(ROOT), ViolatingOrdersImpl.class);
    }

    /** The rule passes without the violator (checked once for all rules above) and reports it when it is added. */
    private static void assertReports(ArchRule rule, Class<?> violator) {
        assertReportMentions(rule.evaluate(Fixtures.compliantWith(violator)), violator);
    }

    private static void assertReportMentions(EvaluationResult result, Class<?> violator) {
        assertTrue(result.hasViolation(), () -> "expected a violation by " + violator.getName());
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(violator.getName()), () -> "the report should name " + violator.getName()
                + " but was:\n" + report);
    }
}
