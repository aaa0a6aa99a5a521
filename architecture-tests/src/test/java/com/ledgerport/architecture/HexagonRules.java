package com.ledgerport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hexagon's rules, each built for a package root.
 *
 * <p>Production checks them with the root {@code com.ledgerport}; {@code RulesCanFailTest} builds the very same
 * rules for a fixture root and shows that each one reports a deliberate violation. Every rule refuses to pass
 * on an empty selection ({@code allowEmptyShould(false)}), so a renamed package cannot make it pass vacuously.
 */
public final class HexagonRules {

    public static final String PRODUCTION_ROOT = "com.ledgerport";
    public static final String FACTORY_ANNOTATION = "io.micronaut.context.annotation.Factory";

    private HexagonRules() {
    }

    /** The adapter modules; the packages of one module may depend on each other, never on another module's. */
    public enum AdapterModule {
        REST(".adapter.in.rest..", ".adapter.out.jwt.."),
        WS(".adapter.in.ws.."),
        PERSISTENCE(".adapter.out.persistence.."),
        WEBHOOKS(".adapter.out.webhooks..");

        private final List<String> suffixes;

        AdapterModule(String... suffixes) {
            this.suffixes = List.of(suffixes);
        }

        String[] packages(String root) {
            return suffixes.stream().map(suffix -> root + suffix).toArray(String[]::new);
        }

        String[] packagesOfOtherModules(String root) {
            return Arrays.stream(values()).filter(other -> other != this)
                    .flatMap(other -> Arrays.stream(other.packages(root))).toArray(String[]::new);
        }
    }

    static String domain(String root) {
        return root + ".domain..";
    }

    static String application(String root) {
        return root + ".application..";
    }

    static String portIn(String root) {
        return root + ".application.port.in..";
    }

    static String portOut(String root) {
        return root + ".application.port.out..";
    }

    static String service(String root) {
        return root + ".application.service..";
    }

    static String adapters(String root) {
        return root + ".adapter..";
    }

    static String bootstrap(String root) {
        return root + ".bootstrap..";
    }

    /** Every package some rule names: each must hold at least one class, or that rule checks nothing. */
    public static List<String> namedPackages(String root) {
        Stream<String> core = Stream.of(domain(root), portIn(root), portOut(root), service(root));
        Stream<String> adapterPackages = Arrays.stream(AdapterModule.values())
                .flatMap(module -> Arrays.stream(module.packages(root)));
        return Stream.of(core, adapterPackages, Stream.of(bootstrap(root))).flatMap(s -> s).toList();
    }

    /** The named packages in which {@code classes} holds no class at all. */
    public static List<String> emptyPackages(JavaClasses classes, String root) {
        return namedPackages(root).stream()
                .filter(pattern -> classes.stream().noneMatch(JavaClass.Predicates.resideInAPackage(pattern)))
                .toList();
    }

    // ---- 1-3: dependencies point inward --------------------------------------------------------------------

    public static ArchRule domainDependsOnlyOnTheJdkAndItself(String root) {
        return classes().that().resideInAPackage(domain(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", domain(root))
                .because("the domain is plain Java; JDK crypto is allowed for password hashing and HMAC (STYLE 2)")
                .allowEmptyShould(false);
    }

    public static ArchRule applicationDependsOnlyOnTheCoreAndJakartaInject(String root) {
        return classes().that().resideInAPackage(application(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.crypto..", "jakarta.inject..", domain(root), application(root))
                .because("the application carries no framework beyond jakarta.inject (STYLE 7)")
                .allowEmptyShould(false);
    }

    public static ArchRule coreDependsOnNoAdapterAndNoBootstrap(String root) {
        return noClasses().that().resideInAnyPackage(domain(root), application(root))
                .should().dependOnClassesThat().resideInAnyPackage(adapters(root), bootstrap(root))
                .because("dependencies point inward only (STYLE 1)")
                .allowEmptyShould(false);
    }

    public static ArchRule adapterModuleDependsOnNoOtherAdapterModule(String root, AdapterModule module) {
        return noClasses().that().resideInAnyPackage(module.packages(root))
                .should().dependOnClassesThat().resideInAnyPackage(module.packagesOfOtherModules(root))
                .because("no adapter module depends on another adapter module (STYLE 1)")
                .allowEmptyShould(false);
    }

    public static ArchRule onlyBootstrapDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(bootstrap(root))
                .should().dependOnClassesThat().resideInAPackage(bootstrap(root))
                .because("bootstrap is the outermost ring: it wires everything and nothing uses it (STYLE 1)")
                .allowEmptyShould(false);
    }

    // ---- 4: only bootstrap wires the application -----------------------------------------------------------

    public static ArchRule onlyBootstrapInstantiatesServices(String root) {
        return noClasses().that().resideOutsideOfPackages(bootstrap(root), application(root))
                .should(instantiateAClassIn(service(root)))
                .because("services are plain classes that only bootstrap constructs; adapters see use cases")
                .allowEmptyShould(false);
    }

    public static ArchRule factoriesLiveOnlyInBootstrap(String root) {
        return classes().that().resideInAPackage(root + "..").and().areMetaAnnotatedWith(FACTORY_ANNOTATION)
                .should().resideInAPackage(bootstrap(root))
                .because("bootstrap is the one place that wires the application (STYLE 7)")
                .allowEmptyShould(false);
    }

    // ---- 5: no package cycles ------------------------------------------------------------------------------

    /** Every package below the root is a slice: a domain context, a port ring, the services, an adapter surface. */
    public static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    // ---- 6: naming (STYLE 4) -------------------------------------------------------------------------------

    /** Top-level only: a use case nests its command, its sealed result and the result's reasons. */
    public static ArchRule inboundPortsAreUseCases(String root) {
        return classes().that().resideInAPackage(portIn(root)).and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("UseCase")
                .because("an inbound port is <Verb><Noun>UseCase (STYLE 4)")
                .allowEmptyShould(false);
    }

    public static ArchRule useCaseImplementationsAreServices(String root) {
        DescribedPredicate<JavaClass> inboundPort = JavaClass.Predicates.resideInAPackage(portIn(root))
                .and(JavaClass.Predicates.INTERFACES);
        return classes().that().resideInAPackage(service(root)).and().implement(inboundPort.as("an inbound port"))
                .should().haveSimpleNameEndingWith("Service")
                .because("a use case is implemented by <Verb><Noun>Service (STYLE 4)")
                .allowEmptyShould(false);
    }

    public static ArchRule noClassIsNamedImpl(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .because("a name says what a class does, not that it implements something (STYLE 4)")
                .allowEmptyShould(false);
    }

    /** All rules for one root, for checks that hold for every rule alike. */
    public static List<ArchRule> all(String root) {
        Stream<ArchRule> adapterRules = Arrays.stream(AdapterModule.values())
                .map(module -> adapterModuleDependsOnNoOtherAdapterModule(root, module));
        Stream<ArchRule> others = Stream.of(
                domainDependsOnlyOnTheJdkAndItself(root),
                applicationDependsOnlyOnTheCoreAndJakartaInject(root),
                coreDependsOnNoAdapterAndNoBootstrap(root),
                onlyBootstrapDependsOnBootstrap(root),
                onlyBootstrapInstantiatesServices(root),
                factoriesLiveOnlyInBootstrap(root),
                packagesAreFreeOfCycles(root),
                inboundPortsAreUseCases(root),
                useCaseImplementationsAreServices(root),
                noClassIsNamedImpl(root));
        return Stream.concat(others, adapterRules).toList();
    }

    /**
     * Calling a constructor, or referring to one ({@code SomeService::new}), of a class in the given package.
     * ArchUnit keeps constructor references apart from calls, so both are looked at.
     */
    static ArchCondition<JavaClass> instantiateAClassIn(String packageIdentifier) {
        DescribedPredicate<JavaClass> target = JavaClass.Predicates.resideInAPackage(packageIdentifier);
        return new ArchCondition<>("instantiate a class in " + packageIdentifier) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Stream.<JavaAccess<?>>concat(javaClass.getConstructorCallsFromSelf().stream(),
                                javaClass.getConstructorReferencesFromSelf().stream())
                        .filter(access -> target.test(access.getTargetOwner()))
                        .forEach(access -> events.add(SimpleConditionEvent.satisfied(access,
                                access.getDescription())));
            }
        };
    }
}
